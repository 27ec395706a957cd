import { readFileSync } from 'node:fs'
import { createSourceFromConfig, type CurrentUser, type SanityClient } from 'sanity'
import { createStructureBuilder, type StructureResolverContext } from 'sanity/structure'
import { describe, expect, test } from 'vitest'
import { serviceKinds } from '@findpeersupport/content-model/vocabulary'
import { parseNdjson, queryDocuments, sampleDatasetPath } from '../../site/lib/content/source'
import {
  areaListingsFilter,
  closedOrPausedFilter,
  closedOrPausedParams,
  collegeTermCoursesFilter,
  dueForCheckFilter,
  dueForCheckOrdering,
  myListingsFilter,
  myListingsParams,
  myOrganisationIdsParams,
  myOrganisationIdsQuery,
  serviceKindFilter,
} from '../../site/lib/content/studioQueries'
import config from '../sanity.config'
import { structure, termItemId } from '../structure'

/*
 * The desk structure, built by Sanity's own StructureBuilder from the Studio's real configuration,
 * with a client that answers from the sample dataset. The tests walk it as a partner clicks
 * through it, and check each list runs the filter tested in site/lib/content/studioQueries.test.ts.
 */

const sample = parseNdjson(readFileSync(sampleDatasetPath, 'utf8'), sampleDatasetPath)

/** Courses of one sample college in terms whose names Sanity would not take as ids as they are. */
const awkwardTerms = ['Autumn/Winter 2026', 'Spring ’27', 'spring ’27']
const awkwardCourses = awkwardTerms.map((term, index) => ({
  _id: `course-awkward-${index}`,
  _type: 'course',
  name: `A course in ${term}`,
  college: { _ref: 'org-nottingham-recovery-college', _type: 'reference' },
  term,
  sessions: [{ _key: 'first', date: `2027-0${index + 1}-01` }],
}))

/** A client that answers GROQ from the sample (drafts included, as the Studio's raw client sees them). */
function sampleClient(queries: [string, unknown][]): SanityClient {
  const client = {
    fetch: (query: string, params: Record<string, unknown> = {}) => {
      queries.push([query, params])
      return queryDocuments([...sample, ...awkwardCourses], query, params)
    },
    withConfig: () => client,
    // Read once while the source is set up, for the address of Sanity's live-update socket: never opened here.
    config: () => ({ projectId: 'sample', dataset: 'production', url: 'http://127.0.0.1:9/v1' }),
  }
  // The structure only calls `fetch`; a fake cannot match the real client's overloads.
  return client as unknown as SanityClient
}

const partner: CurrentUser = {
  id: 'p-hear-us',
  name: 'Hear Us editor',
  email: 'HearUs-Editor@example.org',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor' }],
}

/** What the tests read from a structure node: Sanity's builders have these getters. */
interface Node {
  getId?(): string | undefined
  getTitle?(): string | undefined
  getItems?(): Node[]
  getChild?(): Node | ((id: string, options: object) => Node | Promise<Node>) | undefined
  getFilter?(): string | undefined
  getParams?(): Record<string, unknown> | undefined
  getDefaultOrdering?(): unknown
  getApiVersion?(): string | undefined
  getSchemaType?(): unknown
  serialize(options: { path: string[] }): unknown
}

/** The Studio's sidebar as the person `currentUser` sees it; `queries` collects what it asks the Lake. */
async function sidebar(currentUser: CurrentUser | null, queries: [string, unknown][] = []) {
  const source = await createSourceFromConfig({
    ...config,
    projectId: 'sample',
    dataset: 'production',
    currentUser: currentUser as CurrentUser,
    getClient: () => sampleClient(queries),
  })
  const S = createStructureBuilder({ source, perspectiveStack: ['drafts'] })
  const context = { ...source, perspectiveStack: ['drafts'] } as unknown as StructureResolverContext
  return structure(S, context) as Node
}

function item(list: Node, id: string): Node {
  const found = list.getItems?.().find((entry) => entry.getId?.() === id)
  if (!found) throw new Error(`No item "${id}" in the list "${list.getTitle?.() ?? ''}"`)
  return found
}

/** What opens when a person clicks `node`, given the id of the document they clicked, if any. */
async function open(node: Node, id = ''): Promise<Node> {
  const child = node.getChild?.()
  if (!child) throw new Error(`"${node.getTitle?.() ?? ''}" opens nothing`)
  return typeof child === 'function' ? child(id, {}) : child
}

const titles = (list: Node) => (list.getItems?.() ?? []).map((entry) => entry.getTitle?.() ?? '—')

describe('the Studio sidebar', () => {
  test('builds and serializes for a partner, and for someone the Studio has no email for', async () => {
    for (const user of [partner, { ...partner, email: '' }, null]) {
      const list = await sidebar(user)
      expect(() => list.serialize({ path: [] })).not.toThrow()
    }
  })

  test('puts the working lists first, then listings by kind, area and college, then every type', async () => {
    expect(titles(await sidebar(partner))).toEqual([
      'My organisation’s listings',
      'Due for a check',
      'Closed or paused',
      '—',
      'Listings by kind',
      'Listings by area',
      'Recovery colleges',
      '—',
      'Services',
      'Courses',
      'Get involved',
      '—',
      'Organisations',
      'Venues',
      'Areas',
      'Topics',
      '—',
      'Pages',
      'Site settings',
    ])
  })

  test('"My organisation’s listings" lists the listings of the organisations that name the person signed in', async () => {
    const list = await open(item(await sidebar(partner), 'my-listings'))
    expect(list.getFilter?.()).toBe(myListingsFilter)
    expect(list.getParams?.()).toEqual(myListingsParams(['org-hear-us-croydon']))
    expect(list.getTitle?.()).toBe('My organisation’s listings')
  })

  test('"My organisation’s listings" finds the organisations each time it opens, by email in any case', async () => {
    const queries: [string, unknown][] = []
    const myListings = item(await sidebar(partner, queries), 'my-listings')
    const asked = () => queries.filter(([query]) => query === myOrganisationIdsQuery)
    expect(asked()).toEqual([])
    await open(myListings)
    await open(myListings)
    expect(asked()).toEqual([
      [myOrganisationIdsQuery, myOrganisationIdsParams('hearus-editor@example.org')],
      [myOrganisationIdsQuery, { email: 'hearus-editor@example.org' }],
    ])
  })

  test('"My organisation’s listings" says plainly when the Studio has no email for the person', async () => {
    for (const user of [{ ...partner, email: '' }, null]) {
      const pane = await open(item(await sidebar(user), 'my-listings'))
      expect('getFilter' in pane).toBe(false)
      expect(JSON.stringify(pane.serialize({ path: [] }))).toContain('"type":"component"')
    }
  })

  test('"Due for a check" lists the never-checked first, then the oldest', async () => {
    const list = await open(item(await sidebar(partner), 'due-for-check'))
    expect(list.getFilter?.()).toBe(dueForCheckFilter)
    expect(list.getParams?.()).toEqual({
      checkDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
    })
    expect(list.getDefaultOrdering?.()).toEqual(dueForCheckOrdering)
  })

  test('"Closed or paused" lists paused and closed listings', async () => {
    const list = await open(item(await sidebar(partner), 'closed-or-paused'))
    expect(list.getFilter?.()).toBe(closedOrPausedFilter)
    expect(list.getParams?.()).toEqual(closedOrPausedParams)
  })

  test('"Listings by kind" has every kind of service from the vocabulary, then courses and opportunities', async () => {
    const kinds = await open(item(await sidebar(partner), 'by-kind'))
    expect(titles(kinds)).toEqual([
      ...serviceKinds.map(({ title }) => title),
      '—',
      'Recovery college courses',
      'Ways to get involved',
    ])
    const groups = await open(item(kinds, 'service-group'))
    expect(groups.getFilter?.()).toBe(serviceKindFilter)
    expect(groups.getParams?.()).toEqual({ kind: 'group' })
  })

  test('"Listings by area" opens the listings of the area clicked', async () => {
    const areas = await open(item(await sidebar(partner), 'by-area'))
    const croydon = await open(areas, 'area-croydon')
    expect(croydon.getFilter?.()).toBe(areaListingsFilter)
    expect(croydon.getParams?.()).toEqual({ areaId: 'area-croydon' })
  })

  test('"Recovery colleges" opens a college’s terms in the order they run, each with its courses', async () => {
    const colleges = await open(item(await sidebar(partner), 'recovery-colleges'))
    const terms = await open(colleges, 'org-slam-recovery-college')
    expect(titles(terms)).toEqual(['Autumn 2026', 'Spring 2027', 'Summer 2027'])
    const spring = await open(item(terms, termItemId('Spring 2027', 1)))
    expect(spring.getFilter?.()).toBe(collegeTermCoursesFilter)
    expect(spring.getParams?.()).toEqual({ collegeId: 'org-slam-recovery-college', term: 'Spring 2027' })
  })

  test('a term with a slash or a curly apostrophe, or differing only in case, still opens', async () => {
    const colleges = await open(item(await sidebar(partner), 'recovery-colleges'))
    const terms = await open(colleges, 'org-nottingham-recovery-college')
    expect(titles(terms)).toEqual(expect.arrayContaining(awkwardTerms))
    const ids = (terms.getItems?.() ?? []).map((entry) => entry.getId?.())
    expect(new Set(ids).size).toBe(ids.length)
    expect(() => terms.serialize({ path: [] })).not.toThrow()
  })

  test('every list with a filter names the API version it is written for', async () => {
    const root = await sidebar(partner)
    const lists = await Promise.all(
      ['my-listings', 'due-for-check', 'closed-or-paused'].map((id) => open(item(root, id))),
    )
    for (const list of lists) expect(list.getApiVersion?.()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
