import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { utcStamp } from '../site/lib/time/calendar.ts'
import { testClock } from './clock.ts'

/**
 * The built site the dist and browser tests run against: `dist/`, or `$DIST_DIR` (handy for trying
 * the gates on a deliberately broken copy). Throws with the fix when it has not been built.
 */
export function builtSiteDir(): string {
  const distDir = resolve(process.env['DIST_DIR'] ?? 'dist')
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `${distDir}/index.html is missing: build the site first (npm run build; npm test does this)`,
    )
  }
  assertBuiltAtTestClock(distDir)
  if (!existsSync(join(distDir, 'studio', 'index.html')))
    throw new Error(
      `${distDir} was built without the Studio at /studio/: run npm test, which builds with BUILD_STUDIO=true.`,
    )
  return distDir
}

/**
 * Stops the tests when the site was built at another instant than the one they read (say, by a
 * plain `npm run build` on the real clock), since every date they expect would be wrong. A
 * calendar file's DTSTAMP is the build's clock.
 */
function assertBuiltAtTestClock(distDir: string): void {
  const servicesDir = join(distDir, 'services')
  const calendar = existsSync(servicesDir)
    ? readdirSync(servicesDir).find((name) => name.endsWith('.ics'))
    : undefined
  if (!calendar) return
  const builtAt = /^DTSTAMP:(\S+)/m.exec(readFileSync(join(servicesDir, calendar), 'utf8'))?.[1]
  const expected = utcStamp(testClock())
  if (builtAt !== expected)
    throw new Error(
      `${distDir} was built with the clock at ${builtAt ?? 'an unknown time'}, but the tests read ${expected}: ` +
        'run npm test, which builds and tests at the same BUILD_TIME.',
    )
}
