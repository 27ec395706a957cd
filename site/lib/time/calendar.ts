import type { Schedule } from '../content/schemas'
import { bankHolidaysBetween } from './bankHolidays'
import { courseSessions, type CourseSession } from './course'
import { addDays, londonDate, londonInstant } from './london'
import { fallsOnPattern, scheduleSessions } from './schedule'

/*
 * iCalendar (RFC 5545) files people can add to their own calendars. Times are written in
 * London time with a VTIMEZONE, so calendars move them correctly across the clock change.
 */

const UID_DOMAIN = 'findpeersupport'
const PRODID = '-//Find Peer Support//Directory//EN'
const NOT_A_CRISIS_SERVICE =
  'This is not a crisis service. If you need help now, call 999 or call Samaritans free on 116 123.'
/** How far ahead bank holidays are written as exceptions. */
const EXDATE_DAYS = 731

/** A venue, as much of it as a calendar's LOCATION needs. */
export type CalendarVenue = {
  name: string
  address: { line1: string; line2?: string | undefined; town: string; postcode: string }
}

/** What a service's calendar is made from. */
export type ServiceCalendarInput = {
  service: {
    _id: string
    name: string
    summary: string
    howToJoin: string
    schedules: readonly Schedule[]
    delivery: readonly string[]
  }
  venues: readonly CalendarVenue[]
  /** The full address of the service's page. */
  pageUrl: string
  /** The build time: sessions before it are left out, and it is the DTSTAMP. */
  now: Date
}

/** What a course's calendar is made from. */
export type CourseCalendarInput = {
  course: {
    _id: string
    name: string
    summary: string
    howToEnrol: string
    sessions: readonly CourseSession[]
    format: string
  }
  venue?: CalendarVenue | undefined
  pageUrl: string
  now: Date
}

/** Escape a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** How many octets a character takes in UTF-8. */
const octets = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Fold a content line into lines of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  // A string unit takes at most 3 octets (a surrogate pair is 2 units and 4 octets).
  if (line.length * 3 <= 75) return line
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = octets(char)
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = lines.length === 0 ? 75 : 74
    if (size + charSize > limit) {
      lines.push(current)
      current = ''
      size = 0
    }
    current += char
    size += charSize
  }
  lines.push(current)
  return lines.join('\r\n ')
}

/** Lines joined as RFC 5545 wants them: folded, each ending CRLF. */
function serialise(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}

const compactDate = (date: string) => date.replaceAll('-', '')
const localStamp = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`
/** "20261122T090000Z" */
export const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** "PT1H30M": the wall-clock time from one "HH:MM" to a later one. */
function duration(from: string, to: string): string {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
  const length = minutes(to) - minutes(from)
  const hours = Math.floor(length / 60)
  return `PT${hours ? `${hours}H` : ''}${length % 60 ? `${length % 60}M` : ''}`
}

/** Europe/London as an iCalendar VTIMEZONE: summer time from the last Sunday of March to the last Sunday of October. */
export const londonTimeZone: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

function calendar(name: string, events: readonly string[][]): string {
  return serialise([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...londonTimeZone,
    ...events.flat(),
    'END:VCALENDAR',
  ])
}

/** "Name, 1 High Street, Croydon, CR0 1AB" */
export function venueLocation(venue: CalendarVenue): string {
  const { line1, line2, town, postcode } = venue.address
  return [venue.name, line1, line2, town, postcode].filter(Boolean).join(', ')
}

function serviceLocation(input: ServiceCalendarInput): string {
  const venue = input.venues[0]
  if (venue && input.service.delivery.includes('in-person')) return venueLocation(venue)
  if (input.service.delivery.includes('online')) return 'Online'
  if (input.service.delivery.includes('phone')) return 'By phone'
  return venue ? venueLocation(venue) : 'Online'
}

function description(
  summary: string,
  howLabel: string,
  how: string,
  pageUrl: string,
  notes?: string,
): string {
  return [summary, notes, `${howLabel}: ${how}`, `More details: ${pageUrl}`, NOT_A_CRISIS_SERVICE]
    .filter(Boolean)
    .join('\n\n')
}

const byday = (schedule: Schedule) =>
  schedule.freq === 'monthly'
    ? schedule.weeksOfMonth.flatMap((week) => schedule.byday.map((day) => `${week}${day}`)).join(',')
    : schedule.byday.join(',')

/** The RRULE value for a schedule, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO". */
export function recurrenceRule(schedule: Schedule): string {
  const parts = [
    `FREQ=${schedule.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY'}`,
    `INTERVAL=${schedule.interval}`,
  ]
  parts.push(`BYDAY=${byday(schedule)}`)
  if (schedule.validTo) parts.push(`UNTIL=${utcStamp(londonInstant(schedule.validTo, '23:59'))}`)
  parts.push('WKST=MO')
  return parts.join(';')
}

/** One VEVENT per schedule that still has sessions to come, repeating from the next one. */
export function serviceCalendar(input: ServiceCalendarInput): string {
  const { service, pageUrl, now } = input
  const location = serviceLocation(input)
  const events = service.schedules.flatMap((schedule, index) => {
    const first = scheduleSessions(schedule, now, 1, index)[0]
    if (!first) return []
    const lines = [
      'BEGIN:VEVENT',
      `UID:${service._id}-schedule-${index}@${UID_DOMAIN}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=Europe/London:${localStamp(first.date, schedule.opensAt)}`,
      // A length, not an end: calendars give every repeat the exact length of the first, so a
      // first session across a clock change would otherwise make all the others an hour out.
      `DURATION:${duration(schedule.opensAt, schedule.closesAt)}`,
      `RRULE:${recurrenceRule(schedule)}`,
    ]
    if (schedule.skipsBankHolidays) {
      const until = addDays(londonDate(now), EXDATE_DAYS)
      const skipped = bankHolidaysBetween(first.date, until).filter((day) => fallsOnPattern(schedule, day))
      if (skipped.length > 0) {
        lines.push(
          `EXDATE;TZID=Europe/London:${skipped.map((day) => localStamp(day, schedule.opensAt)).join(',')}`,
        )
      }
    }
    lines.push(
      `SUMMARY:${escapeText(service.name)}`,
      `LOCATION:${escapeText(location)}`,
      `DESCRIPTION:${escapeText(description(service.summary, 'How to join', service.howToJoin, pageUrl, schedule.notes))}`,
      `URL:${pageUrl}`,
      'END:VEVENT',
    )
    return [lines]
  })
  return calendar(service.name, events)
}

function courseLocation(input: CourseCalendarInput): string {
  if (input.venue && input.course.format !== 'online') return venueLocation(input.venue)
  return 'Online'
}

/** One VEVENT per course session, past ones included so the whole course can be seen. */
export function courseCalendar(input: CourseCalendarInput): string {
  const { course, pageUrl, now } = input
  const location = courseLocation(input)
  const text = escapeText(description(course.summary, 'How to enrol', course.howToEnrol, pageUrl))
  const events = courseSessions(course.sessions).map((session) => [
    'BEGIN:VEVENT',
    `UID:${course._id}-${compactDate(session.date)}-${session.startsAt.replace(':', '')}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=Europe/London:${localStamp(session.date, session.startsAt)}`,
    `DTEND;TZID=Europe/London:${localStamp(session.date, session.endsAt)}`,
    `SUMMARY:${escapeText(course.name)}`,
    `LOCATION:${escapeText(location)}`,
    `DESCRIPTION:${text}`,
    `URL:${pageUrl}`,
    'END:VEVENT',
  ])
  return calendar(course.name, events)
}
