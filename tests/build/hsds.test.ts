import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { sitemapUrls } from '../../scripts/lib/dist.ts'
import type { HsdsPage } from '../../site/lib/openData/hsds.ts'
import { PAGE_SIZE } from '../../site/lib/openData/pages.ts'
import { builtSiteDir } from '../built-site.ts'
import { hsdsValidators, problems, readJson } from '../hsds-schemas.ts'

/*
 * The open data as an HSDS tool reads it: every file checked against the official Open Referral
 * HSDS 3.0 schemas (tests/fixtures/hsds-3.0/), the pages against the API's `Page`, and the whole
 * against the site it describes.
 */

const validators = hsdsValidators()

type Page = HsdsPage<{ id: string }>
type Record_ = { id: string; [field: string]: unknown }

/** The files of one list: its pages in order, and its full records by file name. */
function listFiles(distDir: string, list: 'services' | 'organizations') {
  const dir = join(distDir, 'open-data', list)
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'))
  const pageNames = names.filter((name) => /^page-\d+\.json$/.test(name))
  const pages = pageNames
    .map((name) => ({ file: `${list}/${name}`, page: readJson(join(dir, name)) as Page }))
    .sort((a, b) => a.page.page_number - b.page.page_number)
  const records = names
    .filter((name) => !pageNames.includes(name))
    .map((name) => ({ file: `${list}/${name}`, name, record: readJson(join(dir, name)) as Record_ }))
  return { pages, records }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** An object's own text, number and true-or-false fields: what a list of it and its full file share. */
const ownFields = (value: object) =>
  JSON.stringify(Object.entries(value).filter(([, field]) => typeof field !== 'object'))

/** Every object with an `id` anywhere in `value`, with where it was found and its own fields. */
function withIds(value: unknown, where: string): { where: string; id: unknown; fields: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => withIds(item, `${where}[${index}]`))
  if (typeof value !== 'object' || value === null) return []
  const own = 'id' in value ? [{ where, id: value.id, fields: ownFields(value) }] : []
  return [...own, ...Object.entries(value).flatMap(([key, child]) => withIds(child, `${where}.${key}`))]
}

describe('the open data (Open Referral HSDS 3.0)', () => {
  const distDir = builtSiteDir()
  const services = listFiles(distDir, 'services')
  const organizations = listFiles(distDir, 'organizations')

  test('the schemas catch a broken file, so a pass means something', () => {
    const service = services.records[0]?.record
    expect(service).toBeDefined()
    expect(problems(validators.service, service, 'as built')).toEqual([])
    for (const broken of [
      { ...service, id: 'service-1' },
      { ...service, status: 'running' },
      { ...service, url: 'not a web address' },
      { ...service, email: 'nobody' },
      { ...service, name: undefined },
      { ...service, schedules: [{ id: crypto.randomUUID(), freq: 'DAILY' }] },
    ])
      expect(problems(validators.service, broken, 'broken')).not.toEqual([])
    const page = services.pages[0]?.page
    expect(problems(validators.servicesPage, page, 'as built')).toEqual([])
    expect(problems(validators.servicesPage, { ...page, first_page: undefined }, 'broken')).not.toEqual([])
    expect(
      problems(validators.servicesPage, { ...page, contents: [{ ...page?.contents[0], id: 7 }] }, 'broken'),
    ).not.toEqual([])
  })

  test('every service file is a valid HSDS service', () => {
    expect(services.records.length).toBeGreaterThan(0)
    expect(
      services.records.flatMap(({ file, record }) => problems(validators.service, record, file)),
    ).toEqual([])
  })

  test('every organisation file is a valid HSDS organization', () => {
    expect(organizations.records.length).toBeGreaterThan(0)
    expect(
      organizations.records.flatMap(({ file, record }) => problems(validators.organization, record, file)),
    ).toEqual([])
  })

  test('every page of services and of organisations is a valid HSDS API page', () => {
    expect(services.pages.flatMap(({ file, page }) => problems(validators.servicesPage, page, file))).toEqual(
      [],
    )
    expect(
      organizations.pages.flatMap(({ file, page }) => problems(validators.organizationsPage, page, file)),
    ).toEqual([])
  })

  test.each([
    ['services', services],
    ['organizations', organizations],
  ] as const)(
    'the pages of %s add up: numbered in order, full but the last, listing every file once',
    (_, list) => {
      const { pages, records } = list
      const total = records.length
      const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE))
      expect(pages.map(({ page }) => page.page_number)).toEqual(
        Array.from({ length: totalPages }, (_, i) => i + 1),
      )
      for (const { page } of pages) {
        expect(page.total_items).toBe(total)
        expect(page.total_pages).toBe(totalPages)
        expect(page.size).toBe(page.contents.length)
        expect(page.size).toBe(page.last_page ? total - PAGE_SIZE * (totalPages - 1) : PAGE_SIZE)
        expect(page.first_page).toBe(page.page_number === 1)
        expect(page.last_page).toBe(page.page_number === totalPages)
        expect(page.empty).toBe(page.contents.length === 0)
      }
      const listed = pages.flatMap(({ page }) => page.contents.map((entry) => entry.id))
      expect(listed).toHaveLength(new Set(listed).size)
      expect(new Set(listed)).toEqual(new Set(records.map(({ record }) => record.id)))
    },
  )

  test('ids are UUIDs, each file is named by its id, and an id always names the same thing', () => {
    for (const { name, record } of [...services.records, ...organizations.records])
      expect(name).toBe(`${record.id}.json`)
    const found = [...services.records, ...organizations.records].flatMap(({ file, record }) =>
      withIds(record, file),
    )
    expect(
      found.filter(({ id }) => typeof id !== 'string' || !uuid.test(id)).map(({ where }) => where),
    ).toEqual([])
    // A venue, topic or organisation appears wherever it is used, with the same fields every time.
    const byId = new Map<unknown, Set<string>>()
    for (const { id, fields } of found) byId.set(id, (byId.get(id) ?? new Set()).add(fields))
    const clashes = [...byId].filter(([, versions]) => versions.size > 1).map(([id]) => id)
    expect(clashes).toEqual([])
    const serviceIds = services.records.map(({ record }) => record.id)
    const organizationIds = organizations.records.map(({ record }) => record.id)
    expect(new Set([...serviceIds, ...organizationIds]).size).toBe(serviceIds.length + organizationIds.length)
  })

  test('has a service for each listing page the site publishes (closed ones too), and no other', () => {
    const listingPages = sitemapUrls(distDir)
      .map((url) => url.pathname)
      .filter((path) => /^\/(services|courses|opportunities)\/[^/]+\/$/.test(path))
    const servicePages = services.records.map(({ record }) => new URL(String(record['url'])).pathname)
    expect(new Set(servicePages)).toEqual(new Set(listingPages))
    expect(servicePages).toHaveLength(listingPages.length)
  })

  test('has an organisation for each organisation page, and every service’s organisation has a file', () => {
    const organisationPages = sitemapUrls(distDir)
      .map((url) => url.pathname)
      .filter((path) => /^\/organisations\/[^/]+\/$/.test(path))
    const organizationPages = organizations.records.map(
      ({ record }) => new URL(String(record['uri'])).pathname,
    )
    expect(new Set(organizationPages)).toEqual(new Set(organisationPages))
    expect(organizationPages).toHaveLength(organisationPages.length)
    const organizationIds = new Set(organizations.records.map(({ record }) => record.id))
    const orphans = services.records.filter(
      ({ record }) => !organizationIds.has(String(record['organization_id'])),
    )
    expect(orphans.map(({ file }) => file)).toEqual([])
  })

  test('the open-data page links to the files, an example service, the CSV and the licence', () => {
    const html = readFileSync(join(distDir, 'open-data', 'index.html'), 'utf8')
    const links = [...html.matchAll(/href="(\/open-data\/[^"]+)"/g)].map((match) => match[1] ?? '')
    expect(links).toEqual(
      expect.arrayContaining([
        '/open-data/listings.csv',
        '/open-data/services/page-1.json',
        '/open-data/organizations/page-1.json',
      ]),
    )
    expect(links.some((link) => /^\/open-data\/services\/[0-9a-f-]{36}\.json$/.test(link))).toBe(true)
    expect(links.filter((link) => !existsSync(join(distDir, link)))).toEqual([])
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"')
  })
})
