/*
 * When a kept page was saved, and how the site says it: pages in the cache carry the moment they
 * were stored, so a page read offline can say how old it may be.
 */
import { formatDate, formatTime, weekdayName } from '../lib/time/format'
import { londonParts } from '../lib/time/london'

/** The response header a kept page's saving time is stamped in (an ISO date-time). */
export const savedAtHeader = 'x-saved-at'

/**
 * "Thursday 26 November at 10:04am", in London's time; the year is added when it is not this
 * year's, so a page kept since last winter does not pass for this week's.
 */
export function savedOnWords(savedAt: Date, now: Date): string {
  const saved = londonParts(savedAt)
  const day = `${weekdayName(saved.date)} ${formatDate(saved.date)}`
  const sameYear = saved.date.slice(0, 4) === londonParts(now).date.slice(0, 4)
  return `${sameYear ? day.replace(/ \d{4}$/, '') : day} at ${formatTime(saved.time)}`
}

/** A copy of `response` stamped with the moment it was saved. */
export function withSavedAt(response: Response, now: Date): Response {
  const headers = new Headers(response.headers)
  headers.set(savedAtHeader, now.toISOString())
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** When a kept response was saved, if it says so and the stamp is a real date-time. */
export function savedAtOf(response: Pick<Response, 'headers'>): Date | undefined {
  const stamp = response.headers.get(savedAtHeader)
  if (stamp === null) return undefined
  const savedAt = new Date(stamp)
  return Number.isNaN(savedAt.getTime()) ? undefined : savedAt
}
