import { needsNoReferral } from '@findpeersupport/content-model/rules'
import { serviceKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { AreaData, CourseData, OpportunityData, ServiceData } from '../content/schemas'
import { labelOf } from '../search/filters'
import { lastCheckedStatus } from '../time/checked'
import { courseHasFinished } from '../time/course'
import { londonDate } from '../time/london'
import { urls } from '../urls'
import { isCurrentCourse, isListed, isOpenOpportunity } from './browse'
import { isSelfEnrol } from './cards'

/*
 * The directory in numbers, for commissioners and editors. Every figure but the finished courses
 * counts what the directory lists today, by the rules its own lists use: services running or
 * paused, courses not yet finished, ways to get involved still open. Closed listings never count.
 */

/** What the figures read from `directoryIndex()`. */
export type NumbersIndex = {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  areas: readonly AreaData[]
  now: Date
}

/** One area's row: how many listings of each kind (in the table's column order), and in all. */
export type AreaRow = { name: string; href: string; counts: number[]; total: number }

/** Listings by area and kind. A listing in two areas counts in each; `totals` counts it once. */
export type AreaKindTable = {
  kinds: string[]
  rows: AreaRow[]
  totals: { counts: number[]; total: number }
}

/** How many of a group of listings have something, out of how many. */
export type Share = { group: string; count: number; outOf: number }

/** One term's courses: those still to finish (counted like everything else) and those already over. */
export type TermCount = { term: string; notFinished: number; finished: number }

/** Every figure on the numbers page, and the London date they were counted on. */
export type DirectoryNumbers = {
  countedOn: string
  byAreaAndKind: AreaKindTable
  noReferral: Share[]
  checked: Share[]
  coursesByTerm: TermCount[]
}

/** A listing as the figures see it: its kind's column, its areas, and the two things shares count. */
type Counted = { kind: string; areas: readonly string[]; noReferral?: boolean; checkedRecently: boolean }

const courseKind = labelOf('kind', 'course')
const opportunityKind = 'Way to get involved'

/** The groups the shares are given for, one per sort of listing. */
const groups = { services: 'Services', courses: 'Courses', opportunities: 'Ways to get involved' }
const allGroups = 'All listings'

/** Spring, Summer, Autumn then Winter of each year, as the Studio's term field names them. */
const seasons = ['Spring', 'Summer', 'Autumn', 'Winter']

/** A key that puts terms like "Autumn 2026" in the order they come. */
export function termOrder(term: string): number {
  const [season = '', year = ''] = term.split(' ')
  return Number(year) * seasons.length + seasons.indexOf(season)
}

/** The share as a whole percentage, or undefined when there is nothing to share out. */
export const percentOf = ({ count, outOf }: Share): number | undefined =>
  outOf === 0 ? undefined : Math.round((count / outOf) * 100)

const shareOf = (group: string, listings: readonly Counted[], has: (listing: Counted) => boolean): Share => ({
  group,
  count: listings.filter(has).length,
  outOf: listings.length,
})

/** Areas as the areas page lists them: A to Z, then national and online last. */
const areaOrder = (a: AreaData, b: AreaData) =>
  Number(a.isNational) - Number(b.isNational) || a.name.localeCompare(b.name, 'en-GB')

function areaKindTable(listings: readonly Counted[], areas: readonly AreaData[]): AreaKindTable {
  const columnOrder = [...serviceKinds.map(({ title }) => title), courseKind, opportunityKind]
  const kinds = columnOrder.filter((kind) => listings.some((listing) => listing.kind === kind))
  const countByKind = (among: readonly Counted[]) =>
    kinds.map((kind) => among.filter((listing) => listing.kind === kind).length)
  const rows = [...areas].sort(areaOrder).map((area) => {
    const inArea = listings.filter((listing) => listing.areas.includes(area._id))
    return { name: area.name, href: urls.area(area.slug), counts: countByKind(inArea), total: inArea.length }
  })
  return { kinds, rows, totals: { counts: countByKind(listings), total: listings.length } }
}

/** Every figure for the numbers page and its CSV, worked out from the published directory. */
export function directoryNumbers(index: NumbersIndex): DirectoryNumbers {
  const { now } = index
  const isChecked = (listing: { lastChecked?: string | undefined }) =>
    !lastCheckedStatus(listing.lastChecked, now).isStale
  const services: Counted[] = index.services.filter(isListed).map((service) => ({
    kind: titleOf(serviceKinds, service.kind),
    areas: service.areas,
    noReferral: needsNoReferral(service.accessRoute),
    checkedRecently: isChecked(service),
  }))
  const courses: Counted[] = index.courses
    .filter((course) => isCurrentCourse(course, now))
    .map((course) => ({
      kind: courseKind,
      areas: course.areas,
      noReferral: isSelfEnrol(course),
      checkedRecently: isChecked(course),
    }))
  const opportunities: Counted[] = index.opportunities
    .filter((opportunity) => isOpenOpportunity(opportunity, now))
    .map((opportunity) => ({
      kind: opportunityKind,
      areas: opportunity.areas,
      checkedRecently: isChecked(opportunity),
    }))
  const all = [...services, ...courses, ...opportunities]
  const takesNoReferral = (listing: Counted) => listing.noReferral === true
  const wasChecked = (listing: Counted) => listing.checkedRecently

  const terms = new Map<string, TermCount>()
  for (const course of index.courses.filter(isListed)) {
    const term = terms.get(course.term) ?? { term: course.term, notFinished: 0, finished: 0 }
    if (courseHasFinished(course.sessions, now)) term.finished += 1
    else term.notFinished += 1
    terms.set(course.term, term)
  }

  return {
    countedOn: londonDate(now),
    byAreaAndKind: areaKindTable(all, index.areas),
    noReferral: [
      shareOf(groups.services, services, takesNoReferral),
      shareOf(groups.courses, courses, takesNoReferral),
      shareOf('Services and courses', [...services, ...courses], takesNoReferral),
    ],
    checked: [
      shareOf(groups.services, services, wasChecked),
      shareOf(groups.courses, courses, wasChecked),
      shareOf(groups.opportunities, opportunities, wasChecked),
      shareOf(allGroups, all, wasChecked),
    ],
    coursesByTerm: [...terms.values()].sort((a, b) => termOrder(a.term) - termOrder(b.term)),
  }
}

/** One bar of the chart of listings by area, placed in `em` down the chart and `%` across it. */
export type AreaBar = { name: string; total: number; widthPercent: number; labelY: number; barY: number }

/** Each row of the chart: a line for the area's name and count, then its bar below. */
export const chartRowEm = 2.75

/** The most bars the chart draws: beyond a dozen, a chart is a long list to scroll past. */
export const chartAreas = 12

/**
 * The bar chart of listings by area: one bar per area, the longest filling the width. With more
 * than `chartAreas` areas it shows the ones with most listings, most first; the table has them all.
 * Lengths are percentages and heights `em`, so the chart fits any screen and grows with the text.
 */
export function areaBars(table: AreaKindTable): AreaBar[] {
  const rows =
    table.rows.length <= chartAreas
      ? table.rows
      : [...table.rows].sort((a, b) => b.total - a.total).slice(0, chartAreas)
  const longest = Math.max(1, ...rows.map((row) => row.total))
  return rows.map((row, position) => ({
    name: row.name,
    total: row.total,
    widthPercent: Math.round((row.total / longest) * 1000) / 10,
    labelY: position * chartRowEm + 1.1,
    barY: position * chartRowEm + 1.4,
  }))
}

/*
 * The CSV is one tidy table, a row per number, rather than the page's tables one after another:
 * a spreadsheet's sort, filter and pivot table need one header row over one block of rows, and a
 * row that says what it counts (figure, area, kind, term) still makes sense when filtered or pasted
 * elsewhere. "Counted on" repeats on every row so files from different months can be stacked.
 */

/** The CSV's columns, in plain English. */
export const numbersColumns = [
  'Counted on',
  'Figure',
  'Area',
  'Kind',
  'Term',
  'Count',
  'Out of',
  'Percent',
] as const

/** What each figure is called, on the page and in the CSV. */
export const figures = {
  byAreaAndKind: 'Listings by area and kind',
  noReferral: 'No referral needed',
  checked: 'Checked in the last 12 months',
  coursesNotFinished: 'Courses per term: not finished yet',
  coursesFinished: 'Courses per term: finished',
} as const

/** The words for "every area" and "every kind" in the totals. */
export const totalLabels = { areas: 'All areas', kinds: 'All kinds' } as const

/** Every number on the page as CSV rows, in `numbersColumns` order. */
export function numbersRows(numbers: DirectoryNumbers): string[][] {
  const { countedOn, byAreaAndKind: table } = numbers
  const row = (figure: string, cells: { area?: string; kind?: string; term?: string; count: number }) => [
    countedOn,
    figure,
    cells.area ?? '',
    cells.kind ?? '',
    cells.term ?? '',
    String(cells.count),
    '',
    '',
  ]
  const areaCells = (area: string, counts: readonly number[], total: number) => [
    ...table.kinds.map((kind, column) =>
      row(figures.byAreaAndKind, { area, kind, count: counts[column] ?? 0 }),
    ),
    row(figures.byAreaAndKind, { area, kind: totalLabels.kinds, count: total }),
  ]
  const shareRow = (figure: string, share: Share) => [
    countedOn,
    figure,
    '',
    share.group,
    '',
    String(share.count),
    String(share.outOf),
    String(percentOf(share) ?? ''),
  ]
  return [
    ...table.rows.flatMap((area) => areaCells(area.name, area.counts, area.total)),
    ...areaCells(totalLabels.areas, table.totals.counts, table.totals.total),
    ...numbers.noReferral.map((share) => shareRow(figures.noReferral, share)),
    ...numbers.checked.map((share) => shareRow(figures.checked, share)),
    ...numbers.coursesByTerm.flatMap(({ term, notFinished, finished }) => [
      row(figures.coursesNotFinished, { term, count: notFinished }),
      row(figures.coursesFinished, { term, count: finished }),
    ]),
  ]
}
