/*
 * Europe/London dates and times. Dates are ISO strings ("2026-11-22") and times "HH:MM", as the
 * content stores them. Day counting is plain calendar arithmetic; what the clock in London reads
 * comes from the platform's time-zone database through Intl.
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

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * How far London's clock is ahead of UTC during the UTC hour `hour` (hours since 1970), in ms.
 * London changes its clocks on the hour (at 01:00 UTC), so one reading of the time-zone database
 * per hour is exact; a build asks about the same few thousand hours again and again.
 */
const offsetByHour = new Map<number, number>()
function londonOffset(hour: number): number {
  let offset = offsetByHour.get(hour)
  if (offset === undefined) {
    // formatToParts always gives these five parts for the options above.
    const part = Object.fromEntries(
      londonClock.formatToParts(new Date(hour * HOUR_MS)).map(({ type, value }) => [type, Number(value)]),
    ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>
    offset = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute) - hour * HOUR_MS
    offsetByHour.set(hour, offset)
  }
  return offset
}

/** The London wall-clock date and time of an instant. */
export function londonParts(instant: Date): { date: string; time: string } {
  const time = instant.getTime()
  const wallClock = new Date(time + londonOffset(Math.floor(time / HOUR_MS))).toISOString()
  return { date: wallClock.slice(0, 10), time: wallClock.slice(11, 16) }
}

/** The London calendar date of an instant. */
export function londonDate(instant: Date): string {
  return londonParts(instant).date
}

/** Whether UK clocks are on summer time (BST) at this instant: London's clock then differs from UTC's. */
export function isBritishSummerTime(instant: Date): boolean {
  return londonParts(instant).time !== instant.toISOString().slice(11, 16)
}

/**
 * The instant a London wall-clock date and time happens. London is on UTC or an hour ahead of
 * it, so the answer is the time read as UTC, or an hour before that in summer time. As RFC 5545
 * and Temporal's "compatible" rule do, a time the clocks skip in March (1:30am) lands an hour
 * later, as a phone shows it, and a time that happens twice in October is the first one (BST).
 */
export function londonInstant(date: string, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const asIfUtc = dayNumber(date) * DAY_MS + hours * HOUR_MS + minutes * 60_000
  const summer = new Date(asIfUtc - HOUR_MS)
  return isBritishSummerTime(summer) ? summer : new Date(asIfUtc)
}
