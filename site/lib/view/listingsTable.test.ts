import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { eveningGroup } from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import { spreadsheetCsv } from '../csv'
import { listingColumns, listingRows } from './listingsTable'

const siteUrl = 'https://findpeersupport.example.org'

/** The rows as records keyed by column, as a spreadsheet reads them back. */
const records = (rows: string[][]) =>
  rows.map((row) => Object.fromEntries(listingColumns.map((column, index) => [column, row[index]])))

describe('listingRows', () => {
  test('has one row for every listing: services, courses and ways to get involved', async () => {
    const index = await fixtureIndex()
    const rows = listingRows(index, siteUrl)
    expect(rows).toHaveLength(index.services.length + index.courses.length + index.opportunities.length)
    expect(rows.every((row) => row.length === listingColumns.length)).toBe(true)
  })

  test('says a group’s kind, place, how to get in, when, where, contact and page in plain words', async () => {
    const rows = records(listingRows(await fixtureIndex(), siteUrl))
    expect(rows.find((row) => row['Name'] === eveningGroup.name)).toEqual({
      Name: 'Croydon Hearing Voices Group',
      Kind: 'Peer support group',
      Areas: 'Croydon',
      'Run by': 'Hear Us Croydon',
      Status: 'Running',
      'No referral needed': 'Yes',
      'How to get in': 'Open to all: just turn up',
      'Who it is for': 'Adults who hear voices or see visions',
      Topics: 'Hearing voices',
      'Groups of people': 'Adults (18 and over)',
      When: 'Every Tuesday, 6pm to 7:30pm. Not on bank holidays.',
      Where: 'St Mary’s Church Hall, CR0 1AB',
      'How it happens': 'In person',
      Cost: 'Free',
      Phone: '020 7946 0123',
      Text: '',
      Email: 'voices@example.org',
      Website: '',
      'Last checked': '2026-10-15',
      Page: 'https://findpeersupport.example.org/services/croydon-hearing-voices-group/',
    })
  })

  test('keeps closed listings, marked closed, since their pages stay', async () => {
    const closed = variantOf(eveningGroup, 'closed', { status: 'closed' })
    const rows = records(listingRows(await fixtureIndex([closed]), siteUrl))
    expect(rows.find((row) => row['Name'] === 'Variant closed')?.['Status']).toBe('Closed')
  })
})

describe('the CSV of every listing', () => {
  test('opens in a spreadsheet as it was written: a byte-order mark, quoting, and formulas kept as text', async () => {
    const tricky = variantOf(eveningGroup, 'tricky', {
      name: '=HYPERLINK("https://evil.example") "quoted", with commas',
    })
    const csv = spreadsheetCsv(listingColumns, listingRows(await fixtureIndex([tricky]), siteUrl))
    expect(csv.startsWith('\uFEFFName,Kind,')).toBe(true)
    const parsed = parse<Record<string, string>>(csv, { bom: true, columns: true })
    expect(parsed.map((record) => record['Name'])).toContain(
      '\'=HYPERLINK("https://evil.example") "quoted", with commas',
    )
  })
})
