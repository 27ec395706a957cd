import { weekdays } from '@findpeersupport/content-model/vocabulary'
import type { CourseData, Schedule } from '../content/schemas'
import { courseSessions } from '../time/course'
import { formatDateWithDay, formatTimeRange } from '../time/format'
import { addDays, isBritishSummerTime, londonInstant, weekdayIndex } from '../time/london'
import { describeSchedule, fallsOnPattern, LOOK_AHEAD_DAYS } from '../time/schedule'
import type { HsdsSchedule } from './hsds'
import { partId } from './ids'

/*
 * Meeting times in HSDS's iCalendar-style fields (RFC 5545 RRULE parts). Weeks start on Monday,
 * as the site counts them. A regular meeting's times are UK wall-clock times with no offset,
 * because the offset changes with British Summer Time; a course session has a date, so its times
 * carry the offset that applies on that day, as HSDS asks.
 */

/** Said on every regular meeting time, since its times have no offset. */
export const ukTimeNote = 'Times are UK time (Europe/London).'

/** "Not on bank holidays" in the words of the site, for HSDS's free-text notes. */
const bankHolidayNote = 'Not on bank holidays (England and Wales).'

/** "10:00Z" in winter, "10:00+01:00" in summer: a UK wall-clock time on a date, with its offset. */
export const timeWithOffset = (date: string, time: string): string =>
  `${time}${isBritishSummerTime(londonInstant(date, time)) ? '+01:00' : 'Z'}`

/**
 * The first meeting on or after a schedule's start date, bank holidays aside (an iCalendar rule
 * knows nothing of them): iCalendar counts every date from DTSTART as a meeting, and counts
 * "every other week" from it, so it must be a real meeting, not just the start of term.
 */
function firstMeeting(schedule: Schedule, from: string): string | undefined {
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
    const date = addDays(from, offset)
    if (schedule.validTo && date > schedule.validTo) return undefined
    if (fallsOnPattern(schedule, date)) return date
  }
  return undefined
}

/** A service's regular meeting time as an HSDS schedule. */
export function serviceSchedule(schedule: Schedule, serviceId: string, position: number): HsdsSchedule {
  const byday =
    schedule.freq === 'monthly'
      ? schedule.weeksOfMonth.flatMap((week) => schedule.byday.map((day) => `${week}${day}`))
      : schedule.byday
  const notes = [schedule.notes, schedule.skipsBankHolidays ? bankHolidayNote : undefined, ukTimeNote]
  const dtstart = schedule.validFrom ? firstMeeting(schedule, schedule.validFrom) : undefined
  return {
    id: partId(serviceId, 'schedule', position),
    service_id: serviceId,
    freq: schedule.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY',
    wkst: 'MO',
    interval: schedule.interval,
    byday: byday.join(','),
    // HSDS needs the first date when interval > 1; the site's content requires a start date then.
    ...(dtstart ? { dtstart } : {}),
    ...(schedule.validFrom ? { valid_from: schedule.validFrom } : {}),
    ...(schedule.validTo ? { until: schedule.validTo, valid_to: schedule.validTo } : {}),
    opens_at: schedule.opensAt,
    closes_at: schedule.closesAt,
    description: describeSchedule(schedule),
    notes: notes.filter(Boolean).join(' '),
  }
}

/** What a course's sessions share: the course's id, how it happens and where to enrol. */
export type CourseScheduleContext = {
  serviceId: string
  attendingType: string
  enrolUrl?: string | undefined
}

/**
 * A course's sessions, each a one-off HSDS schedule: a weekly rule that happens once (`count` 1)
 * on its date, which any iCalendar reader expands to exactly that session.
 */
export function courseSchedules(
  course: Pick<CourseData, 'sessions' | 'term'>,
  context: CourseScheduleContext,
): HsdsSchedule[] {
  const sessions = courseSessions(course.sessions)
  return sessions.map((session, position) => ({
    id: partId(context.serviceId, 'session', position),
    service_id: context.serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    count: 1,
    byday: weekdays[weekdayIndex(session.date)]?.value ?? '',
    dtstart: session.date,
    until: session.date,
    valid_from: session.date,
    valid_to: session.date,
    opens_at: timeWithOffset(session.date, session.startsAt),
    closes_at: timeWithOffset(session.date, session.endsAt),
    description: `Session ${position + 1} of ${sessions.length}, ${course.term} term: ${formatDateWithDay(session.date)}, ${formatTimeRange(session.startsAt, session.endsAt)}`,
    attending_type: context.attendingType,
    ...(context.enrolUrl ? { schedule_link: context.enrolUrl } : {}),
  }))
}
