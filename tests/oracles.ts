import ICAL from 'ical.js'
import { londonTimeZone } from '../site/lib/time/calendar'

/*
 * Independent answers the time tests check the site's code against, and used only by tests:
 * GOV.UK's published bank holidays, the bank-holiday rules worked out from Easter, and sessions
 * as ical.js (a calendar library) expands an iCalendar event in London time. Nothing here calls
 * the code under test, so a mistake there cannot hide behind the same mistake here.
 */

/**
 * GOV.UK's bank holidays for England and Wales (https://www.gov.uk/bank-holidays.json), copied
 * by hand. bankHolidays.test.ts fails a year before this runs out, to ask for the next year.
 */
export const govUkBankHolidays: Readonly<Record<number, readonly string[]>> = {
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
}

const day = (isoDate: string) => ICAL.Time.fromDateString(isoDate)
const shift = (isoDate: string, days: number) => day(isoDate).adjust(days, 0, 0, 0).toString()
/** 1 for Sunday up to 7 for Saturday, as ical.js counts. */
const weekday = (isoDate: string) => day(isoDate).dayOfWeek()

/** Whether an ISO date is a Saturday or Sunday. */
export const isWeekend = (isoDate: string) => weekday(isoDate) === 1 || weekday(isoDate) === 7

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const date = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
}

const firstMonday = (monthStart: string) => shift(monthStart, (9 - weekday(monthStart)) % 7)
const lastMonday = (monthEnd: string) => shift(monthEnd, -((weekday(monthEnd) + 5) % 7))
const nextWeekday = (isoDate: string): string =>
  isWeekend(isoDate) ? nextWeekday(shift(isoDate, 1)) : isoDate

/**
 * The eight regular bank holidays in England and Wales for a year, from the rules alone: the
 * oracle for years GOV.UK has not published yet. One-off holidays (a coronation) are not rules.
 */
export function ruleBankHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const christmas = nextWeekday(`${year}-12-25`)
  // Boxing Day moves past a Christmas substitute too: Saturday 25th gives Monday 27th and Tuesday 28th.
  const boxingDay = nextWeekday(`${year}-12-26`)
  return [
    nextWeekday(`${year}-01-01`),
    shift(easter, -2),
    shift(easter, 1),
    firstMonday(`${year}-05-01`),
    lastMonday(`${year}-05-31`),
    lastMonday(`${year}-08-31`),
    christmas,
    boxingDay === christmas ? shift(boxingDay, 1) : boxingDay,
  ]
}

/** England and Wales bank holidays for a year: GOV.UK's where it has published them, else the rules. */
export function expectedBankHolidays(year: number): readonly string[] {
  return govUkBankHolidays[year] ?? ruleBankHolidays(year)
}

/** Read calendar text as a calendar app would, with the time zones the file itself defines. */
export function readCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar
}

/** What the oracle needs to know about a repeating event: the RRULE is written by hand in each test. */
export type OracleEvent = {
  /** The first session, which the repeats count from. */
  firstDate: string
  opensAt: string
  closesAt: string
  rrule: string
  /** Dates to leave out, such as bank holidays. */
  except?: readonly string[]
}

const stamp = (date: string, time: string) => `${date.replaceAll('-', '')}T${time.replace(':', '')}00`

/** A calendar with one repeating event, written from scratch, for ical.js to expand. */
function oracleCalendar(event: OracleEvent): ICAL.Component {
  const { firstDate, opensAt, closesAt, rrule } = event
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//oracle//EN',
    ...londonTimeZone,
    'BEGIN:VEVENT',
    'UID:oracle',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Europe/London:${stamp(firstDate, opensAt)}`,
    `DTEND;TZID=Europe/London:${stamp(firstDate, closesAt)}`,
    `RRULE:${rrule}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return readCalendar(lines.join('\r\n'))
}

/** One occurrence of an event: its London date and start time, and the instants it starts and ends. */
export type Occurrence = { date: string; opensAt: string; start: Date; end: Date }

/** Which occurrences to list: those not ended at `after`, up to `count`, none after `until`. */
export type Wanted = { after: Date; count: number; until?: Date; except?: readonly string[] }

/**
 * The occurrences of a calendar's events, earliest first, as ical.js expands them (RRULE, UNTIL
 * and EXDATE included), leaving out the dates in `except`.
 */
export function occurrences(calendar: ICAL.Component, wanted: Wanted): Occurrence[] {
  const { after, count, until, except = [] } = wanted
  const found: Occurrence[] = []
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component)
    const expansion = event.iterator()
    let kept = 0
    while (kept < count) {
      // Typed as a Time, but nothing comes back once a rule with an UNTIL has run out.
      const next = expansion.next() as ICAL.Time | undefined
      if (!next) break
      const { startDate, endDate } = event.getOccurrenceDetails(next)
      const [date = '', time = ''] = startDate.toString().split('T')
      const start = startDate.toJSDate()
      const end = endDate.toJSDate()
      if (until && start > until) break
      if (end <= after || except.includes(date)) continue
      found.push({ date, opensAt: time.slice(0, 5), start, end })
      kept++
    }
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime()).slice(0, count)
}

/**
 * The sessions of a repeating event written from scratch. Its `except` dates are left out here
 * rather than as EXDATEs: ical.js 2.2.1 misses an EXDATE that comes after one the rule never
 * produces (a Monday group's Easter Monday, after Good Friday), which calendar.ts avoids by
 * writing only dates the rule produces.
 */
export function oracleSessions(event: OracleEvent, wanted: Wanted): Occurrence[] {
  return occurrences(oracleCalendar(event), { ...wanted, except: event.except ?? [] })
}

/** The London calendar date of an instant, from the VTIMEZONE above rather than the platform. */
export function oracleLondonDate(instant: Date): string {
  readCalendar(['BEGIN:VCALENDAR', ...londonTimeZone, 'END:VCALENDAR'].join('\r\n'))
  const london = ICAL.TimezoneService.get('Europe/London')
  return ICAL.Time.fromJSDate(instant, true).convertToZone(london).toString().slice(0, 10)
}

/** The same day a year later, or 28 February for 29 February, as ical.js counts the calendar. */
export function yearLater(isoDate: string): string {
  const { year, month, day: date } = day(isoDate)
  const later = ICAL.Time.fromData({
    year: year + 1,
    month,
    day: Math.min(date, ICAL.Time.daysInMonth(month, year + 1)),
    isDate: true,
  })
  return later.toString()
}
