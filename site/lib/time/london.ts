/*
 * Europe/London wall-clock arithmetic without a time-zone library. Dates are ISO strings
 * ("2026-11-22") and times "HH:MM", as the content stores them. Since 1996 the UK has kept
 * the EU rule: summer time (BST, UTC+1) from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October.
 */

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** Days since 1970-01-01 for an ISO date, so dates can be counted and compared. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS)
}

/** The ISO date for a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** Add whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days)
}

/** 0 for Monday up to 6 for Sunday, as people in the UK count a week. */
export function weekdayIndex(date: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7
}

/** How many days the month of an ISO date has. */
export function daysInMonth(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The last Sunday of a month, as a UTC instant at 01:00 (when UK clocks change). */
function changeInstant(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0))
  const back = (lastDay.getUTCDay() + 7) % 7
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - back, 1)
}

/** Whether UK clocks are on summer time (BST) at this instant. */
export function isBritishSummerTime(instant: Date): boolean {
  const ms = instant.getTime()
  const year = instant.getUTCFullYear()
  return ms >= changeInstant(year, 2) && ms < changeInstant(year, 9)
}

/** The instant a London wall-clock date and time happens. */
export function londonInstant(date: string, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const asIfUtc = dayNumber(date) * DAY_MS + hours * HOUR_MS + minutes * 60_000
  // Try summer time first; in the missing hour in March this falls through to GMT,
  // which lands an hour later on the clock, as a phone would show it.
  const summer = new Date(asIfUtc - HOUR_MS)
  return isBritishSummerTime(summer) ? summer : new Date(asIfUtc)
}

/** The London wall-clock date and time of an instant. */
export function londonParts(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + (isBritishSummerTime(instant) ? HOUR_MS : 0))
  const iso = shifted.toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/** The London calendar date of an instant. */
export function londonDate(instant: Date): string {
  return londonParts(instant).date
}
