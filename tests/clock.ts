import { buildTime } from '../site/lib/time/clock.ts'

/** A Sunday morning in November 2026, the day the sample dataset was written. */
export const defaultTestTime = '2026-11-22T09:00:00Z'

/**
 * The suite's one clock: BUILD_TIME, which `npm test` pins for the build and the tests alike
 * (to `defaultTestTime` unless it is set). Tests read this, never today's date, so what they
 * expect holds on any day; `BUILD_TIME=2029-01-15T08:00:00Z npm test` runs the suite at another instant.
 */
export function testClock(): Date {
  return buildTime({ BUILD_TIME: process.env['BUILD_TIME'] || defaultTestTime })
}
