/**
 * `npm test`: builds the sample directory with the clock pinned, then runs every test against that
 * build. The tests read the same BUILD_TIME (tests/clock.ts), so what they expect holds on any day.
 * Try another instant with, for example, `BUILD_TIME=2029-03-25T00:30:00Z npm test`.
 * Arguments go to Vitest: `npm test -- tests/e2e/search.test.ts`.
 */
import { spawnSync } from 'node:child_process'
import { defaultTestTime } from '../tests/clock.ts'

process.env['BUILD_TIME'] ||= defaultTestTime
// The sample build leaves the Studio out unless asked; the suite tests it, so it asks.
process.env['BUILD_STUDIO'] = 'true'
console.log(`Building and testing with the clock at ${process.env['BUILD_TIME']}`)

for (const [command, ...args] of [
  ['astro', 'build'],
  ['vitest', 'run', ...process.argv.slice(2)],
] as const) {
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' })
  if (error) throw error
  if (status !== 0) process.exit(status ?? 1)
}
