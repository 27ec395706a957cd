/**
 * The moment the site is built, which every "next session" and "last checked" is worked out
 * from. `BUILD_TIME` (an ISO date-time) pins it, so tests and repeat builds see one clock.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_TIME?.trim()
  if (!pinned) return new Date()
  const time = new Date(pinned)
  if (Number.isNaN(time.getTime()))
    throw new Error(`BUILD_TIME "${pinned}" is not a date-time: use a form like 2026-11-22T09:00:00Z.`)
  return time
}
