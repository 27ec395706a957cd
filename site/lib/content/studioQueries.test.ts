import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { listingStatuses, serviceKinds } from '@findpeersupport/content-model/vocabulary'
import { testClock } from '../../../tests/clock'
import { wholeMonthsBetween } from '../time/checked'
import { addDays, londonDate } from '../time/london'
import { documentKinds } from './kinds'
import { parseNdjson, queryDocuments, sampleDatasetPath } from './source'
import {
  areaListingsFilter,
  areaListingsQuery,
  CHECK_DUE_AFTER_MONTHS,
  checkDueOn,
  closedOrPausedFilter,
  closedOrPausedParams,
  closedOrPausedQuery,
  collegeTermCoursesFilter,
  collegeTermCoursesQuery,
  collegeTermsQuery,
  dueForCheckFilter,
  dueForCheckParams,
  dueForCheckQuery,
  myListingsFilter,
  myListingsParams,
  myListingsQuery,
  myOrganisationIdsParams,
  myOrganisationIdsQuery,
  serviceKindFilter,
  serviceKindQuery,
  uniqueTerms,
} from './studioQueries'

/*
 * The Studio's lists run through groq-js against the sample dataset, and each answer is checked
 * against the same question asked of the raw documents in plain TypeScript.
 */

type Ref = { _ref: string }
type Doc = {
  _id: string
  _type: string
  name?: string
  kind?: string
  status?: string
  term?: string
  lastChecked?: string
  editors?: string[]
  organisation?: Ref
  college?: Ref
  areas?: Ref[]
}
type Row = { _id: string; name: string | null; lastChecked: string | null }

const sample = parseNdjson(readFileSync(sampleDatasetPath, 'utf8'), sampleDatasetPath) as Doc[]

/** A listing nobody has checked yet, and a draft of an old listing with a still older date. */
const neverChecked: Doc = {
  _id: 'service-never-checked',
  _type: 'service',
  name: 'A group nobody has checked yet',
  kind: 'group',
  status: 'running',
  organisation: { _ref: 'org-hear-us-croydon' },
  areas: [{ _ref: 'area-croydon' }],
}
const oldListing = sample.find((doc) => doc._id === 'service-croydon-wellbeing-drop-in')
const oldDraft: Doc = {
  ...(oldListing as Doc),
  _id: `drafts.${oldListing?._id ?? ''}`,
  lastChecked: '2020-01-01',
}
const documents: Doc[] = [...sample, neverChecked, oldDraft]

const run = (query: string, params: Record<string, unknown> = {}) =>
  queryDocuments<Row[]>(documents, query, params)
const ids = (rows: readonly { _id: string }[]) => rows.map((row) => row._id)
const sorted = (list: readonly string[]) => [...list].sort()

const listingTypes = [
  documentKinds.services.type,
  documentKinds.courses.type,
  documentKinds.opportunities.type,
]
const publishedListings = documents.filter(
  (doc) => listingTypes.includes(doc._type) && !doc._id.startsWith('drafts.'),
)
const keeperOf = (doc: Doc) => (doc.organisation ?? doc.college)?._ref

test('every list covers exactly the listing types the site publishes', () => {
  for (const filter of [myListingsFilter, dueForCheckFilter, closedOrPausedFilter, areaListingsFilter]) {
    expect(filter).toContain(`_type in ${JSON.stringify(listingTypes).replaceAll(',', ', ')}`)
  }
})

describe('checkDueOn', () => {
  test('is six calendar months before today in London', () => {
    expect(CHECK_DUE_AFTER_MONTHS).toBe(6)
    expect(checkDueOn(new Date('2026-11-22T09:00:00Z'))).toBe('2026-05-22')
    expect(checkDueOn(new Date('2027-01-15T12:00:00Z'))).toBe('2026-07-15')
  })

  test('counts from the London date, not the UTC one', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
    expect(checkDueOn(new Date('2026-05-31T23:30:00Z'))).toBe('2025-12-01')
  })

  test('ends on the last day of a shorter month', () => {
    expect(checkDueOn(new Date('2026-08-31T12:00:00Z'))).toBe('2026-02-28')
    expect(checkDueOn(new Date('2028-08-31T12:00:00Z'))).toBe('2028-02-29')
    expect(checkDueOn(new Date('2027-03-31T12:00:00Z'))).toBe('2026-09-30')
  })

  test('on every day of three years, a check on the cut-off is six whole months old and the next day’s is not', () => {
    for (let day = '2026-01-01'; day < '2029-01-01'; day = addDays(day, 1)) {
      const dueOn = checkDueOn(new Date(`${day}T12:00:00Z`))
      expect(wholeMonthsBetween(dueOn, day), day).toBe(6)
      expect(wholeMonthsBetween(addDays(dueOn, 1), day), day).toBe(5)
    }
  })
})

describe('"Due for a check"', () => {
  const clocks = [
    testClock().toISOString(),
    '2026-08-31T12:00:00Z',
    '2026-05-31T23:30:00Z',
    '2027-03-01T00:00:00Z',
  ]

  test.each(clocks)(
    'at %s holds every listing checked six months ago or more, or never, and no other',
    async (at) => {
      const now = new Date(at)
      const today = londonDate(now)
      const expected = publishedListings
        .filter((doc) => !doc.lastChecked || wholeMonthsBetween(doc.lastChecked, today) >= 6)
        .map((doc) => doc._id)
      const due = await run(dueForCheckQuery, dueForCheckParams(now))
      expect(sorted(ids(due))).toEqual(sorted(expected))
      expect(expected.length).toBeGreaterThan(0)
    },
  )

  test('lists the never-checked first, then the oldest check first', async () => {
    const due = await run(dueForCheckQuery, dueForCheckParams(testClock()))
    expect(due[0]?._id).toBe(neverChecked._id)
    const dates = due.slice(1).map((row) => row.lastChecked ?? '')
    expect(dates).toEqual([...dates].sort())
    expect(dates.every(Boolean)).toBe(true)
  })

  test('leaves drafts out, and a listing checked this month', async () => {
    const due = ids(await run(dueForCheckQuery, dueForCheckParams(testClock())))
    expect(due.filter((id) => id.startsWith('drafts.'))).toEqual([])
    expect(due).toContain('service-croydon-wellbeing-drop-in')
    expect(due).not.toContain('service-hear-us-friday-evening-drop-in')
  })
})

describe('"My organisation’s listings"', () => {
  /** The two steps the Studio takes: the organisations that list the email, then their listings. */
  const mine = async (email: string) => {
    const organisationIds = await queryDocuments<string[]>(
      documents,
      myOrganisationIdsQuery,
      myOrganisationIdsParams(email),
    )
    return ids(await run(myListingsQuery, myListingsParams(organisationIds)))
  }
  const listingsOf = (...organisations: string[]) =>
    sorted(
      publishedListings.filter((doc) => organisations.includes(keeperOf(doc) ?? '')).map((doc) => doc._id),
    )

  test('for a sample editor, holds exactly their organisation’s listings, whatever the case of the email', async () => {
    const expected = listingsOf('org-hear-us-croydon')
    expect(expected).toContain(neverChecked._id)
    expect(sorted(await mine('hearus-editor@example.org'))).toEqual(expected)
    expect(sorted(await mine(' HearUs-Editor@Example.org '))).toEqual(expected)
  })

  test('for a recovery college’s editor, holds its courses and opportunities', async () => {
    const expected = listingsOf('org-oxfordshire-recovery-college')
    expect(expected.some((id) => id.startsWith('course-'))).toBe(true)
    expect(sorted(await mine('oxrc-editor@example.org'))).toEqual(expected)
  })

  test('for someone who edits two organisations, holds both organisations’ listings', async () => {
    expect(sorted(await mine('yorkpeers-editor@example.org'))).toEqual(
      listingsOf('org-york-peer-support-groups', 'org-york-mind'),
    )
  })

  test('is empty for an email no organisation lists', async () => {
    expect(await mine('someone-else@example.org')).toEqual([])
  })

  test('finds organisations by their published editors, not a draft’s', async () => {
    const published = sample.find((doc) => doc._id === 'org-hear-us-croydon') as Doc
    const draft: Doc = { ...published, _id: `drafts.${published._id}`, editors: ['new-editor@example.org'] }
    const found = await queryDocuments<string[]>(
      [...documents, draft],
      myOrganisationIdsQuery,
      myOrganisationIdsParams('New-Editor@example.org'),
    )
    expect(found).toEqual([])
  })

  test('filters each listing on its own references, so the Studio can keep the list live', () => {
    expect(myListingsFilter).not.toContain('->')
    expect(myListingsFilter).toContain('$organisationIds')
  })

  test('every sample editor sees exactly the listings of the organisations that list them', async () => {
    const organisations = sample.filter(
      (doc) => doc._type === 'organisation' && !doc._id.startsWith('drafts.'),
    )
    const editors = new Set(organisations.flatMap((organisation) => organisation.editors ?? []))
    expect(editors.size).toBeGreaterThan(10)
    for (const email of editors) {
      const theirs = organisations.filter((organisation) => organisation.editors?.includes(email))
      expect(sorted(await mine(email)), email).toEqual(
        listingsOf(...theirs.map((organisation) => organisation._id)),
      )
    }
  })
})

describe('"Closed or paused"', () => {
  test('holds exactly the published listings that are closed or paused', async () => {
    const stopped = listingStatuses.map(({ value }) => value).filter((status) => status !== 'running')
    expect(sorted(closedOrPausedParams.statuses)).toEqual(['closed', 'paused'])
    const expected = publishedListings
      .filter((doc) => stopped.includes(doc.status as never))
      .map((doc) => doc._id)
    expect(expected.length).toBeGreaterThan(0)
    expect(sorted(ids(await run(closedOrPausedQuery, closedOrPausedParams)))).toEqual(sorted(expected))
  })
})

describe('listings by kind and by area', () => {
  test.each(serviceKinds.map(({ value }) => value))('services of the kind %s, exactly', async (kind) => {
    const expected = publishedListings.filter((doc) => doc._type === 'service' && doc.kind === kind)
    expect(sorted(ids(await run(serviceKindQuery, { kind })))).toEqual(sorted(ids(expected)))
    expect(serviceKindFilter).toContain('$kind')
  })

  test('each area’s listings, exactly', async () => {
    const areas = sample.filter((doc) => doc._type === 'area' && !doc._id.startsWith('drafts.'))
    expect(areas.length).toBeGreaterThan(1)
    for (const area of areas) {
      const expected = publishedListings.filter((doc) => doc.areas?.some((ref) => ref._ref === area._id))
      expect(sorted(ids(await run(areaListingsQuery, { areaId: area._id }))), area._id).toEqual(
        sorted(ids(expected)),
      )
    }
  })
})

describe('recovery colleges by term', () => {
  const collegeId = 'org-nottingham-recovery-college'

  test('a college’s terms come once each, in the order they run', async () => {
    const terms = uniqueTerms(
      await queryDocuments<{ term: string | null }[]>(documents, collegeTermsQuery, { collegeId }),
    )
    expect(terms).toEqual(['Autumn 2026', 'Spring 2027', 'Summer 2027'])
  })

  test('a term holds exactly that college’s courses in that term', async () => {
    const term = 'Spring 2027'
    const expected = publishedListings.filter(
      (doc) => doc._type === 'course' && doc.college?._ref === collegeId && doc.term === term,
    )
    expect(expected.length).toBeGreaterThan(1)
    const courses = await run(collegeTermCoursesQuery, { collegeId, term })
    expect(sorted(ids(courses))).toEqual(sorted(ids(expected)))
    expect(collegeTermCoursesFilter).toContain('$term')
  })
})
