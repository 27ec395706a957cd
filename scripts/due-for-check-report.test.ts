import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { testClock } from '../tests/clock.ts'
import { contentSourceFromEnv } from '../site/lib/content/source.ts'
import { dueForCheckParams, dueForCheckQuery } from '../site/lib/content/studioQueries.ts'
import {
  dueForCheckReport,
  reportColumns,
  reportCsv,
  reportRows,
  type DueListing,
} from './due-for-check-report.ts'

const siteUrl = 'https://peersupport.example.org'
const header = reportColumns.join(',')

/** The sample's report at the suite's clock, as the CSV and as the rows it was written from. */
async function sampleReport() {
  const source = contentSourceFromEnv({})
  const { csv, count } = await dueForCheckReport(source, testClock(), siteUrl)
  const listings = await source.fetch<DueListing[]>(dueForCheckQuery, dueForCheckParams(testClock()))
  const rows = reportRows(listings, siteUrl).map(
    (row) =>
      Object.fromEntries(reportColumns.map((column, index) => [column, row[index] ?? ''])) as Record<
        (typeof reportColumns)[number],
        string
      >,
  )
  return { csv, count, rows }
}

describe('the "due for a check" report', () => {
  test('is UTF-8 with a byte-order mark, then a header in plain words', async () => {
    const { csv } = await sampleReport()
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true)
  })

  test('lists a listing last checked two years ago, with its organisation’s editors and links', async () => {
    const { csv, rows } = await sampleReport()
    expect(csv).toContain(
      `Mind in Croydon,mind-croydon-editor@example.org,Thornton Heath wellbeing drop-in,Drop-in,2024-11-18,` +
        `${siteUrl}/studio/#/intent/edit/id=service-croydon-wellbeing-drop-in;type=service,` +
        `${siteUrl}/services/croydon-wellbeing-drop-in/\r\n`,
    )
    expect(rows.find((row) => row.Listing === 'Thornton Heath wellbeing drop-in')).toEqual({
      Organisation: 'Mind in Croydon',
      'Editors’ emails': 'mind-croydon-editor@example.org',
      Listing: 'Thornton Heath wellbeing drop-in',
      Kind: 'Drop-in',
      'Last checked': '2024-11-18',
      'Studio link': `${siteUrl}/studio/#/intent/edit/id=service-croydon-wellbeing-drop-in;type=service`,
      Page: `${siteUrl}/services/croydon-wellbeing-drop-in/`,
    })
  })

  test('leaves out a listing checked last month', async () => {
    const { csv } = await sampleReport()
    expect(csv).not.toContain('Friday evening drop-in')
  })

  test('has one row for each listing due, grouped by organisation from A to Z, oldest first within each', async () => {
    const { rows, count } = await sampleReport()
    expect(rows).toHaveLength(count)
    const organisations = rows.map((row) => row.Organisation)
    const groups = organisations.filter((name, index) => name !== organisations[index - 1])
    expect(groups).toEqual([...new Set(groups)].sort((a, b) => a.localeCompare(b, 'en-GB')))
    for (const group of groups) {
      const dates = rows.filter((row) => row.Organisation === group).map((row) => row['Last checked'])
      expect(dates, group).toEqual([...dates].sort())
    }
  })

  test('lists someone who edits two organisations under each', async () => {
    const { rows } = await sampleReport()
    const york = rows.filter((row) => row['Editors’ emails'].includes('yorkpeers-editor@example.org'))
    expect(new Set(york.map((row) => row.Organisation))).toEqual(
      new Set(['York Mind', 'York Peer Support Groups']),
    )
  })

  test('names a course’s term, says "Never" for a listing never checked, and quotes a comma', () => {
    const course: DueListing = {
      _id: 'course-new',
      _type: 'course',
      name: 'Hope, and recovery',
      slug: 'hope-and-recovery',
      kind: null,
      term: 'Spring 2027',
      status: 'running',
      lastChecked: null,
      organisation: null,
    }
    expect(reportRows([course], siteUrl)).toEqual([
      [
        '(no organisation)',
        '',
        'Hope, and recovery',
        'Recovery college course, Spring 2027',
        'Never',
        `${siteUrl}/studio/#/intent/edit/id=course-new;type=course`,
        `${siteUrl}/courses/hope-and-recovery/`,
      ],
    ])
    expect(reportCsv([course], siteUrl)).toContain(
      '"Hope, and recovery","Recovery college course, Spring 2027",Never',
    )
  })

  test('writes a name that starts like a spreadsheet formula as text', () => {
    const listing: DueListing = {
      _id: 'service-formula',
      _type: 'service',
      name: '=HYPERLINK("https://example.org","Click")',
      slug: 'formula',
      kind: 'group',
      term: null,
      status: 'running',
      lastChecked: null,
      organisation: { _id: 'org-formula', name: '@SUM(1+1)', editors: null },
    }
    const csv = reportCsv([listing], siteUrl)
    expect(csv).toContain(`"'=HYPERLINK(""https://example.org"",""Click"")"`)
    expect(csv).toContain("'@SUM(1+1)")
    expect(csv).not.toMatch(/(^|,)"?[=@]/m)
  })

  test('writes the CSV file named on the command line', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'fps-due-')), 'due.csv')
    const { stderr } = await promisify(execFile)(process.execPath, ['scripts/due-for-check-report.ts', out], {
      env: {
        ...process.env,
        BUILD_TIME: testClock().toISOString(),
        SITE_URL: siteUrl,
        SANITY_PROJECT_ID: '',
      },
    })
    const written = await readFile(out, 'utf8')
    expect(written).toBe((await sampleReport()).csv)
    expect(stderr).toMatch(/^\d+ listings are due for a check .* from the embedded sample dataset/)
  })
})
