/**
 * The directory in numbers, checked against the dataset the site was built from. The expected
 * figures are counted here from the NDJSON itself, with the rules written out again from what the
 * page says it counts, so a mistake in the site's counting cannot hide behind the same mistake here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serviceKinds } from '@findpeersupport/content-model/vocabulary'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { decodeEntities } from '../../scripts/lib/html.ts'
import { budgets, measurePage } from '../../scripts/size-budget.ts'
import { londonParts } from '../../site/lib/time/london.ts'
import { urls } from '../../site/lib/urls.ts'
import { builtSiteDir } from '../built-site.ts'
import { testClock } from '../clock.ts'

type Ref = { _ref: string }
type Doc = {
  _id: string
  _type: string
  name?: string
  status?: string
  kind?: string
  areas?: Ref[]
  isNational?: boolean
  accessRoute?: string
  enrolment?: string
  lastChecked?: string
  closingDate?: string
  term?: string
  sessions?: { date: string; endsAt: string }[]
}

const documents = readFileSync(process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)
  .filter((doc) => !doc._id.startsWith('drafts.'))
const ofType = (type: string) => documents.filter((doc) => doc._type === type)

/** The build's clock as London's calendar and wall clock read it (london.ts is tested against its own oracles). */
const { date: today, time: timeNow } = londonParts(testClock())
/** A year before today: a listing checked on or after it was checked in the last 12 months. */
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`

const isFinished = (course: Doc) =>
  (course.sessions ?? []).every(
    (session) => session.date < today || (session.date === today && session.endsAt <= timeNow),
  )
const notClosed = (doc: Doc) => doc.status !== 'closed'

// What the page says it counts: services running or paused, courses not finished, roles still open.
const services = ofType('service').filter(notClosed)
const courses = ofType('course').filter((course) => notClosed(course) && !isFinished(course))
const opportunities = ofType('opportunity').filter(
  (role) => notClosed(role) && (role.closingDate === undefined || role.closingDate >= today),
)
const counted = [
  ...services.map((doc) => ({ doc, kind: serviceKinds.find(({ value }) => value === doc.kind)?.title })),
  ...courses.map((doc) => ({ doc, kind: 'Recovery college course' })),
  ...opportunities.map((doc) => ({ doc, kind: 'Way to get involved' })),
]
const kinds = [...new Set(counted.map(({ kind }) => kind))]
const areaIds = (doc: Doc) => (doc.areas ?? []).map(({ _ref }) => _ref)

/** Listings by area and kind: a count for every area and kind, "All kinds" and "All areas" included. */
const expectedByArea = new Map<string, Map<string, number>>()
for (const area of ofType('area')) {
  const inArea = counted.filter(({ doc }) => areaIds(doc).includes(area._id))
  expectedByArea.set(
    area.name ?? '',
    new Map([
      ...kinds.map((kind) => [kind ?? '', inArea.filter((listing) => listing.kind === kind).length] as const),
      ['All kinds', inArea.length],
    ]),
  )
}
expectedByArea.set(
  'All areas',
  new Map([
    ...kinds.map((kind) => [kind ?? '', counted.filter((listing) => listing.kind === kind).length] as const),
    ['All kinds', counted.length],
  ]),
)

const share = (listings: Doc[], has: (doc: Doc) => boolean) => {
  const count = listings.filter(has).length
  return { count, outOf: listings.length, percent: Math.round((count / listings.length) * 100) }
}
const noReferral = (doc: Doc) =>
  doc._type === 'course'
    ? doc.enrolment === 'self-enrol'
    : doc.accessRoute === 'open-to-all' || doc.accessRoute === 'self-referral'
const checked = (doc: Doc) => doc.lastChecked !== undefined && doc.lastChecked >= yearAgo
const expectedNoReferral = {
  Services: share(services, noReferral),
  Courses: share(courses, noReferral),
  'Services and courses': share([...services, ...courses], noReferral),
}
const expectedChecked = {
  Services: share(services, checked),
  Courses: share(courses, checked),
  'Ways to get involved': share(opportunities, checked),
  'All listings': share(
    counted.map(({ doc }) => doc),
    checked,
  ),
}

const seasons = ['Spring', 'Summer', 'Autumn', 'Winter']
const termKey = (term: string) => {
  const [season = '', year = ''] = term.split(' ')
  return `${year}-${seasons.indexOf(season)}`
}
const expectedTerms = [
  ...new Set(
    ofType('course')
      .filter(notClosed)
      .map((course) => course.term ?? ''),
  ),
]
  .sort((a, b) => termKey(a).localeCompare(termKey(b)))
  .map((term) => {
    const inTerm = ofType('course').filter((course) => notClosed(course) && course.term === term)
    return [term, inTerm.filter((course) => !isFinished(course)).length, inTerm.filter(isFinished).length]
  })

/** The text of some HTML, as a person reads it. */
const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** The rows of the table with this caption, each as the text of its cells. */
function tableRows(html: string, caption: string): string[][] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)]
    .map((match) => match[1] ?? '')
    .find((body) => textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '') === caption)
  if (table === undefined) throw new Error(`The page has no table captioned "${caption}"`)
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1] ?? '')),
  )
}

describe('the directory in numbers', () => {
  const distDir = builtSiteDir()
  const html = readFileSync(join(distDir, urls.numbers, 'index.html'), 'utf8')
  const csv = readFileSync(join(distDir, urls.numbersCsv), 'utf8')
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true })
  const csvCount = (figure: string, where: { Area?: string; Kind?: string; Term?: string }) => {
    const matches = records.filter(
      (record) =>
        record['Figure'] === figure &&
        record['Area'] === (where.Area ?? '') &&
        record['Kind'] === (where.Kind ?? '') &&
        record['Term'] === (where.Term ?? ''),
    )
    expect(matches, `one CSV row for ${figure} ${JSON.stringify(where)}`).toHaveLength(1)
    return matches[0]
  }

  test('the sample has listings in several areas, some closed, finished or in two areas', () => {
    // Without these the other tests would pass on a page that ignored the rules.
    expect(services.length).toBeLessThan(ofType('service').length)
    expect(courses.length).toBeLessThan(ofType('course').filter(notClosed).length)
    expect(counted.some(({ doc }) => areaIds(doc).length > 1)).toBe(true)
  })

  test('counts listings by area and kind as the dataset does, each listing once in the totals', () => {
    const [header = [], ...rows] = tableRows(html, 'Listings by area and kind')
    const columns = header.slice(1)
    expect(new Set(columns)).toEqual(new Set([...kinds, 'All kinds']))
    const shown = new Map(
      rows.map(([area = '', ...counts]) => [
        area,
        new Map(counts.map((count, column) => [columns[column] ?? '', Number(count)])),
      ]),
    )
    expect(shown).toEqual(expectedByArea)
    expect(rows.at(-1)?.[0]).toBe('All areas')
  })

  test('draws a bar for each area with the same numbers as the table, named for screen readers', () => {
    const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]
    expect(labelledBy).toBeDefined()
    expect(html).toContain(`id="${labelledBy ?? ''}"`)
    const bars = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => textOf(match[1] ?? ''))
    const areas = [...expectedByArea].filter(([area]) => area !== 'All areas')
    expect(bars.sort()).toEqual(areas.map(([area, counts]) => `${area}: ${counts.get('All kinds')}`).sort())
  })

  test('gives the shares that need no referral and were checked in the last 12 months', () => {
    const asShares = (rows: string[][]) =>
      Object.fromEntries(
        rows
          .slice(1)
          .map(([group = '', count, outOf, percent]) => [
            group,
            { count: Number(count), outOf: Number(outOf), percent: Number(percent?.replace('%', '')) },
          ]),
      )
    expect(asShares(tableRows(html, 'No referral needed'))).toEqual(expectedNoReferral)
    expect(asShares(tableRows(html, 'Checked in the last 12 months'))).toEqual(expectedChecked)
  })

  test('counts courses per term in term order', () => {
    const rows = tableRows(html, 'Courses per term').slice(1)
    expect(
      rows.map(([term, notFinished, finished]) => [term, Number(notFinished), Number(finished)]),
    ).toEqual(expectedTerms)
  })

  test('says when the numbers were counted, and links to them as a spreadsheet', () => {
    const countedOn = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(testClock())
    expect(textOf(html)).toContain(`These numbers were counted on ${countedOn}.`)
    expect(html).toContain(`href="${urls.numbersCsv}"`)
  })

  test('has the same figures in a CSV with a byte-order mark, a row per number', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(Object.keys(records[0] ?? {})).toEqual([
      'Counted on',
      'Figure',
      'Area',
      'Kind',
      'Term',
      'Count',
      'Out of',
      'Percent',
    ])
    expect(new Set(records.map((record) => record['Counted on']))).toEqual(new Set([today]))
    for (const [area, counts] of expectedByArea)
      for (const [kind, count] of counts)
        expect(csvCount('Listings by area and kind', { Area: area, Kind: kind })?.['Count']).toBe(
          String(count),
        )
    const shareRows = (figure: string, expected: Record<string, ReturnType<typeof share>>) => {
      for (const [group, { count, outOf, percent }] of Object.entries(expected))
        expect(csvCount(figure, { Kind: group })).toMatchObject({
          Count: String(count),
          'Out of': String(outOf),
          Percent: String(percent),
        })
    }
    shareRows('No referral needed', expectedNoReferral)
    shareRows('Checked in the last 12 months', expectedChecked)
    for (const [term, notFinished, finished] of expectedTerms) {
      const where = { Term: String(term) }
      expect(csvCount('Courses per term: not finished yet', where)?.['Count']).toBe(String(notFinished))
      expect(csvCount('Courses per term: finished', where)?.['Count']).toBe(String(finished))
    }
    const areaKindRows = [...expectedByArea.values()].reduce((sum, counts) => sum + counts.size, 0)
    const shareCount = Object.keys(expectedNoReferral).length + Object.keys(expectedChecked).length
    expect(records).toHaveLength(areaKindRows + shareCount + expectedTerms.length * 2)
  })

  test('stays within the 14 KB a listing page may weigh, HTML and CSS gzipped', () => {
    const size = measurePage(distDir, 'about/numbers/index.html', 'listing')
    expect(size.html + size.css).toBeLessThanOrEqual(budgets.listingHtmlAndCss)
  })
})
