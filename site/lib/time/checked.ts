import { formatDate } from './format'
import { dayNumber, londonDate } from './london'

/** What a page says about when a listing was last checked. */
export type CheckedStatus = { text: string; isStale: boolean; monthsAgo?: number }

/** Listings not checked for longer than this are marked as possibly out of date. */
export const STALE_AFTER_MONTHS = 12

/** Whole calendar months from one ISO date to a later one (3 March to 2 April is 0). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0)
  return Math.max(0, months)
}

/**
 * "Last checked on 3 March 2026", and whether it is stale: checked more than 12 months
 * before `now`, or never known.
 */
export function lastCheckedStatus(lastChecked: string | undefined, now: Date): CheckedStatus {
  if (!lastChecked) return { text: 'We do not know when this was last checked', isStale: true }
  const today = londonDate(now)
  const monthsAgo = lastChecked > today ? 0 : wholeMonthsBetween(lastChecked, today)
  // Exactly 12 months ago is still within the year; the day after is not.
  const isStale =
    monthsAgo > STALE_AFTER_MONTHS ||
    (monthsAgo === STALE_AFTER_MONTHS && !sameDayOfMonth(lastChecked, today))
  return { text: `Last checked on ${formatDate(lastChecked)}`, isStale, monthsAgo }
}

function sameDayOfMonth(from: string, to: string): boolean {
  return from.slice(8, 10) === to.slice(8, 10)
}

/** A sort key: larger means checked more recently; never-checked sorts last. */
export function checkedRecently(lastChecked: string | undefined): number {
  return lastChecked ? dayNumber(lastChecked) : Number.MIN_SAFE_INTEGER
}
