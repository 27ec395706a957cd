/** Small helpers that keep the sample data short to write and easy to read. */
import type { IsoDate, ScheduleInput, SessionInput, Time } from './types.ts'
import type { Weekday } from '@findpeersupport/content-model/vocabulary'

type ScheduleExtras = Pick<ScheduleInput, 'validFrom' | 'validTo' | 'skipsBankHolidays' | 'notes'>

/** Every week on these days. */
export const weekly = (
  byday: Weekday[],
  opensAt: Time,
  closesAt: Time,
  extras: ScheduleExtras = {},
): ScheduleInput => ({
  freq: 'weekly',
  interval: 1,
  byday,
  opensAt,
  closesAt,
  ...extras,
})

/** Every other week on these days, counting from `validFrom` (a meeting day), so people know which weeks. */
export const fortnightly = (
  byday: Weekday[],
  opensAt: Time,
  closesAt: Time,
  extras: ScheduleExtras & { validFrom: IsoDate },
): ScheduleInput => ({ freq: 'weekly', interval: 2, byday, opensAt, closesAt, ...extras })

/** Certain weeks of the month: `[2, 4]` for the 2nd and 4th, `[-1]` for the last. */
export const monthly = (
  weeksOfMonth: number[],
  byday: Weekday[],
  opensAt: Time,
  closesAt: Time,
  extras: ScheduleExtras = {},
): ScheduleInput => ({ freq: 'monthly', interval: 1, byday, weeksOfMonth, opensAt, closesAt, ...extras })

/** The date `days` after `date`, counted on the calendar (no clocks or time zones involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/**
 * `count` sessions a week apart from `first`, at the same times. Dates in `skip` (half
 * term, a bank holiday) are passed over and the course runs a week later instead.
 */
export function weeklySessions(
  first: IsoDate,
  count: number,
  startsAt: Time,
  endsAt: Time,
  skip: IsoDate[] = [],
): SessionInput[] {
  const sessions: SessionInput[] = []
  for (let date = first; sessions.length < count; date = addDays(date, 7)) {
    if (!skip.includes(date)) sessions.push({ date, startsAt, endsAt })
  }
  return sessions
}
