import { formatDateRange } from './format'
import { londonInstant } from './london'

/** A course session as the content stores it: a London date and times. */
export type CourseSession = { date: string; startsAt: string; endsAt: string }

/** A course session with the instants it starts and ends. */
export type TimedCourseSession = CourseSession & { start: Date; end: Date }

/** The sessions in the order they happen. */
export function courseSessions<T extends CourseSession>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.startsAt.localeCompare(b.startsAt))
}

function timed(session: CourseSession): TimedCourseSession {
  return {
    ...session,
    start: londonInstant(session.date, session.startsAt),
    end: londonInstant(session.date, session.endsAt),
  }
}

/** The first session that has not ended at `now` (one in progress counts), or undefined. */
export function nextCourseSession(
  sessions: readonly CourseSession[],
  now: Date,
): TimedCourseSession | undefined {
  return courseSessions(sessions)
    .map(timed)
    .find((session) => session.end > now)
}

/** Whether the last session has ended. A course with no sessions has nothing left to run. */
export function courseHasFinished(sessions: readonly CourseSession[], now: Date): boolean {
  return nextCourseSession(sessions, now) === undefined
}

/** Whether the first session has started (so joining now means joining part-way). */
export function courseHasStarted(sessions: readonly CourseSession[], now: Date): boolean {
  const first = courseSessions(sessions)[0]
  return first !== undefined && timed(first).start <= now
}

/** "12 January to 16 February 2027", or one date for a one-day course, or '' with no sessions. */
export function courseDateRange(sessions: readonly CourseSession[]): string {
  const sorted = courseSessions(sessions)
  const first = sorted[0]
  const last = sorted.at(-1)
  if (!first || !last) return ''
  return formatDateRange(first.date, last.date)
}
