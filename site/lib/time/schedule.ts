import type { Schedule } from '../content/schemas'
import { byWeekOrder } from '@findpeersupport/content-model/schedule'
import { weekdays, type Weekday } from '@findpeersupport/content-model/vocabulary'
import { isBankHoliday } from './bankHolidays'
import { addDays, dayNumber, daysInMonth, londonDate, londonInstant, weekdayIndex } from './london'

export type { Weekday }
// The Studio previews a meeting time with the same sentence, so it lives in the shared content model.
export { describeSchedule } from '@findpeersupport/content-model/schedule'

/** One meeting of a schedule: its London date and times, and the instants it starts and ends. */
export type Session = {
  date: string
  opensAt: string
  closesAt: string
  start: Date
  end: Date
  /** Which of the listing's schedules it comes from. */
  scheduleIndex: number
}

/** How far ahead to look for a session before saying there is none. */
export const LOOK_AHEAD_DAYS = 400

const dayOrder: readonly Weekday[] = weekdays.map((day) => day.value)

/** Whether the schedule's pattern falls on this date, bank holidays aside. */
export function fallsOnPattern(schedule: Schedule, date: string): boolean {
  if (schedule.validFrom && date < schedule.validFrom) return false
  if (schedule.validTo && date > schedule.validTo) return false
  const weekday = weekdayIndex(date)
  if (!schedule.byday.some((day) => dayOrder.indexOf(day) === weekday)) return false
  const interval = Math.max(1, schedule.interval)
  if (schedule.freq === 'weekly') {
    if (interval === 1) return true
    // Weeks run Monday to Sunday and are counted from the week of the first date.
    const anchor = schedule.validFrom ?? '1970-01-05'
    const anchorMonday = dayNumber(anchor) - weekdayIndex(anchor)
    const week = Math.floor((dayNumber(date) - anchorMonday) / 7)
    return week % interval === 0
  }
  if (interval > 1 && schedule.validFrom) {
    const months = (year: string, month: string) => Number(year) * 12 + Number(month)
    const elapsed =
      months(date.slice(0, 4), date.slice(5, 7)) -
      months(schedule.validFrom.slice(0, 4), schedule.validFrom.slice(5, 7))
    if (elapsed % interval !== 0) return false
  }
  const dayOfMonth = Number(date.slice(8, 10))
  const nth = Math.ceil(dayOfMonth / 7)
  const isLast = dayOfMonth + 7 > daysInMonth(date)
  return schedule.weeksOfMonth.some((week) => week === nth || (week === -1 && isLast))
}

/** Whether the schedule meets on this London date. */
export function meetsOn(schedule: Schedule, date: string): boolean {
  if (!fallsOnPattern(schedule, date)) return false
  return !(schedule.skipsBankHolidays && isBankHoliday(date))
}

function session(schedule: Schedule, date: string, scheduleIndex: number): Session {
  return {
    date,
    opensAt: schedule.opensAt,
    closesAt: schedule.closesAt,
    start: londonInstant(date, schedule.opensAt),
    end: londonInstant(date, schedule.closesAt),
    scheduleIndex,
  }
}

/** Sessions of one schedule that have not ended at `now`, earliest first, up to `count`. */
export function scheduleSessions(schedule: Schedule, now: Date, count: number, scheduleIndex = 0): Session[] {
  const found: Session[] = []
  const today = londonDate(now)
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS && found.length < count; offset++) {
    const date = addDays(today, offset)
    if (schedule.validTo && date > schedule.validTo) break
    if (!meetsOn(schedule, date)) continue
    const candidate = session(schedule, date, scheduleIndex)
    if (candidate.end > now) found.push(candidate)
  }
  return found
}

/** The next `count` sessions across all schedules, earliest first (a session in progress counts). */
export function upcomingSessions(schedules: readonly Schedule[], now: Date, count: number): Session[] {
  if (count <= 0) return []
  return schedules
    .flatMap((schedule, index) => scheduleSessions(schedule, now, count, index))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.scheduleIndex - b.scheduleIndex)
    .slice(0, count)
}

/** The earliest session across all schedules that has not ended at `now`, or undefined. */
export function nextSession(schedules: readonly Schedule[], now: Date): Session | undefined {
  return upcomingSessions(schedules, now, 1)[0]
}

/** Whether it starts at 5pm or later. */
export function meetsInEvening(schedule: Schedule): boolean {
  return schedule.opensAt >= '17:00'
}

/** Whether it meets on a Saturday or Sunday. */
export function meetsAtWeekend(schedule: Schedule): boolean {
  return schedule.byday.includes('SA') || schedule.byday.includes('SU')
}

/** Every day any of the schedules meets, once each, Monday first. */
export function meetingDays(schedules: readonly Schedule[]): Weekday[] {
  return [...new Set(schedules.flatMap((schedule) => schedule.byday))].sort(byWeekOrder)
}
