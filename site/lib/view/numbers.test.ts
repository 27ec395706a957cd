import { describe, expect, test } from 'vitest'
import {
  course,
  eveningGroup,
  linkworker,
  referenceItem,
  sessionOn,
  without,
} from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import {
  areaBars,
  chartAreas,
  directoryNumbers,
  figures,
  numbersColumns,
  numbersRows,
  percentOf,
  termOrder,
  type AreaKindTable,
} from './numbers'

const inBothAreas = { areas: [referenceItem('area-croydon'), referenceItem('area-national')] }

/** A course in `term` whose one session is on `date`. */
const courseIn = (name: string, term: string, date: string, changes: object = {}) =>
  variantOf(course, name, { term, sessions: [sessionOn(date)], ...changes })

/** The table as rows of words and numbers, easy to read in a test. */
const tableRows = (table: AreaKindTable) => [
  ['', ...table.kinds, 'All'],
  ...table.rows.map((row) => [row.name, ...row.counts, row.total]),
  ['All areas', ...table.totals.counts, table.totals.total],
]

describe('directoryNumbers', () => {
  test('counts listings by area and kind, with a total for each', async () => {
    const numbers = directoryNumbers(await fixtureIndex())
    expect(tableRows(numbers.byAreaAndKind)).toEqual([
      ['', 'Peer support group', 'Online community', 'Recovery college course', 'Way to get involved', 'All'],
      ['Croydon', 1, 0, 1, 1, 3],
      ['National and online', 0, 1, 0, 0, 1],
      ['All areas', 1, 1, 1, 1, 4],
    ])
    expect(numbers.byAreaAndKind.rows[0]?.href).toBe('/areas/croydon/')
    expect(numbers.countedOn).toBe('2026-11-22')
  })

  test('counts a listing in two areas in each area, and once in the totals', async () => {
    const numbers = directoryNumbers(await fixtureIndex([variantOf(eveningGroup, 'both', inBothAreas)]))
    expect(tableRows(numbers.byAreaAndKind)).toEqual([
      ['', 'Peer support group', 'Online community', 'Recovery college course', 'Way to get involved', 'All'],
      ['Croydon', 2, 0, 1, 1, 4],
      ['National and online', 1, 1, 0, 0, 2],
      ['All areas', 2, 1, 1, 1, 5],
    ])
  })

  test('counts paused listings but not closed ones, finished courses or roles past their closing date', async () => {
    const numbers = directoryNumbers(
      await fixtureIndex([
        variantOf(eveningGroup, 'paused', { status: 'paused' }),
        variantOf(eveningGroup, 'closed', { status: 'closed', kind: 'drop-in' }),
        courseIn('finished', 'Autumn 2026', '2026-10-01'),
        variantOf(course, 'cancelled', { status: 'closed' }),
        variantOf(linkworker, 'missed', { closingDate: '2026-11-21' }),
        variantOf(linkworker, 'closes-today', { closingDate: '2026-11-22' }),
      ]),
    )
    expect(tableRows(numbers.byAreaAndKind)).toEqual([
      ['', 'Peer support group', 'Online community', 'Recovery college course', 'Way to get involved', 'All'],
      ['Croydon', 2, 0, 1, 2, 5],
      ['National and online', 0, 1, 0, 0, 1],
      ['All areas', 2, 1, 1, 2, 6],
    ])
  })

  test('counts as needing no referral services open to all or taking self-referral, and courses anyone can enrol on', async () => {
    const numbers = directoryNumbers(
      await fixtureIndex([
        variantOf(eveningGroup, 'gp', { accessRoute: 'gp-referral' }),
        variantOf(eveningGroup, 'professional', { accessRoute: 'professional-referral' }),
        variantOf(course, 'referral', { enrolment: 'referral' }),
        without(variantOf(course, 'unsaid'), 'enrolment'),
      ]),
    )
    expect(numbers.noReferral).toEqual([
      { group: 'Services', count: 2, outOf: 4 },
      { group: 'Courses', count: 1, outOf: 3 },
      { group: 'Services and courses', count: 3, outOf: 7 },
    ])
  })

  test('counts a listing as checked in the last 12 months by the rule listing pages use', async () => {
    const numbers = directoryNumbers(
      await fixtureIndex([
        variantOf(eveningGroup, 'a-year-ago', { lastChecked: '2025-11-22' }),
        variantOf(eveningGroup, 'a-year-and-a-day-ago', { lastChecked: '2025-11-21' }),
        without(variantOf(eveningGroup, 'never'), 'lastChecked'),
        variantOf(linkworker, 'long-ago', { lastChecked: '2024-01-10' }),
      ]),
    )
    // The fixture's online community was last checked in June 2025.
    expect(numbers.checked).toEqual([
      { group: 'Services', count: 2, outOf: 5 },
      { group: 'Courses', count: 1, outOf: 1 },
      { group: 'Ways to get involved', count: 1, outOf: 2 },
      { group: 'All listings', count: 4, outOf: 8 },
    ])
  })

  test('counts courses per term in term order, saying how many have finished', async () => {
    const numbers = directoryNumbers(
      await fixtureIndex([
        courseIn('spring-2028', 'Spring 2028', '2028-02-01'),
        courseIn('winter-2026', 'Winter 2026', '2026-12-15'),
        courseIn('autumn-done', 'Autumn 2026', '2026-10-01'),
        courseIn('autumn-to-come', 'Autumn 2026', '2026-12-01'),
        courseIn('summer-cancelled', 'Summer 2027', '2027-06-01', { status: 'closed' }),
      ]),
    )
    expect(numbers.coursesByTerm).toEqual([
      { term: 'Autumn 2026', notFinished: 1, finished: 1 },
      { term: 'Winter 2026', notFinished: 1, finished: 0 },
      { term: 'Spring 2027', notFinished: 1, finished: 0 },
      { term: 'Spring 2028', notFinished: 1, finished: 0 },
    ])
  })
})

describe('termOrder', () => {
  test('puts Spring, Summer, Autumn and Winter of a year before the next year', () => {
    const terms = ['Spring 2027', 'Winter 2026', 'Autumn 2026', 'Summer 2026', 'Spring 2026']
    expect(terms.sort((a, b) => termOrder(a) - termOrder(b))).toEqual([
      'Spring 2026',
      'Summer 2026',
      'Autumn 2026',
      'Winter 2026',
      'Spring 2027',
    ])
  })
})

describe('percentOf', () => {
  test('gives a whole percentage', () => {
    expect(percentOf({ group: 'Services', count: 2, outOf: 3 })).toBe(67)
    expect(percentOf({ group: 'Services', count: 1, outOf: 8 })).toBe(13)
  })

  test('gives nothing when there is nothing to count', () => {
    expect(percentOf({ group: 'Courses', count: 0, outOf: 0 })).toBeUndefined()
  })
})

describe('areaBars', () => {
  test('gives the area with most listings the full width and the others their share of it', async () => {
    const numbers = directoryNumbers(await fixtureIndex())
    expect(areaBars(numbers.byAreaAndKind)).toEqual([
      { name: 'Croydon', total: 3, widthPercent: 100, labelY: 1.1, barY: 1.4 },
      { name: 'National and online', total: 1, widthPercent: 33.3, labelY: 3.85, barY: 4.15 },
    ])
  })

  test('draws only the areas with most listings, most first, when there are more than it has room for', () => {
    const row = (name: string, total: number) => ({ name, href: `/areas/${name}/`, counts: [total], total })
    const table: AreaKindTable = {
      kinds: ['Groups'],
      rows: Array.from({ length: chartAreas + 3 }, (_, index) => row(`area-${index}`, index % 5)),
      totals: { counts: [0], total: 0 },
    }
    const bars = areaBars(table)
    expect(bars).toHaveLength(chartAreas)
    expect(bars.map((bar) => bar.total)).toEqual([4, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1])
    expect(bars[0]).toMatchObject({ name: 'area-4', widthPercent: 100, labelY: 1.1 })
  })

  test('draws no bars, rather than dividing by nothing, when no area has listings', () => {
    const empty: AreaKindTable = {
      kinds: [],
      rows: [{ name: 'Croydon', href: '/areas/croydon/', counts: [], total: 0 }],
      totals: { counts: [], total: 0 },
    }
    expect(areaBars(empty)[0]?.widthPercent).toBe(0)
  })
})

describe('numbersRows', () => {
  test('writes every number as a row that says what it counts', async () => {
    const index = await fixtureIndex([variantOf(eveningGroup, 'both', inBothAreas)])
    const rows = numbersRows(directoryNumbers(index))
    const records = rows.map((row) =>
      Object.fromEntries(numbersColumns.map((column, at) => [column, row[at]])),
    )
    expect(rows.every((row) => row.length === numbersColumns.length)).toBe(true)
    const withoutDate = records.map(({ 'Counted on': countedOn, ...rest }) => {
      expect(countedOn).toBe('2026-11-22')
      return rest
    })
    const areaKind = (Area: string, Kind: string, Count: string) => ({
      Figure: figures.byAreaAndKind,
      Area,
      Kind,
      Term: '',
      Count,
      'Out of': '',
      Percent: '',
    })
    expect(withoutDate).toEqual(
      expect.arrayContaining([
        areaKind('Croydon', 'Peer support group', '2'),
        areaKind('National and online', 'Peer support group', '1'),
        areaKind('National and online', 'Way to get involved', '0'),
        areaKind('National and online', 'All kinds', '2'),
        areaKind('All areas', 'Peer support group', '2'),
        areaKind('All areas', 'All kinds', '5'),
        {
          Figure: figures.noReferral,
          Area: '',
          Kind: 'Services',
          Term: '',
          Count: '3',
          'Out of': '3',
          Percent: '100',
        },
        {
          Figure: figures.checked,
          Area: '',
          Kind: 'All listings',
          Term: '',
          Count: '4',
          'Out of': '5',
          Percent: '80',
        },
        {
          Figure: figures.coursesNotFinished,
          Area: '',
          Kind: '',
          Term: 'Spring 2027',
          Count: '1',
          'Out of': '',
          Percent: '',
        },
        {
          Figure: figures.coursesFinished,
          Area: '',
          Kind: '',
          Term: 'Spring 2027',
          Count: '0',
          'Out of': '',
          Percent: '',
        },
      ]),
    )
    // 3 areas rows (2 areas and the total) of 4 kinds and "All kinds"; 3 + 4 shares; 2 per term.
    expect(rows).toHaveLength(3 * 5 + 3 + 4 + 2)
  })

  test('leaves the percentage empty when there is nothing to count', async () => {
    const index = await fixtureIndex()
    const rows = numbersRows(directoryNumbers({ ...index, courses: [] }))
    const courses = rows.find((row) => row[1] === figures.noReferral && row[3] === 'Courses')
    expect(courses?.slice(5)).toEqual(['0', '0', ''])
  })
})
