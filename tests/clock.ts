import { buildTime } from '../site/lib/time/clock'

/**
 * The instant the site under test was built at. `npm test` pins BUILD_TIME for the build and the
 * tests alike, so every expectation that depends on the date comes from this one clock.
 */
export function testClock(): Date {
  if (!process.env['BUILD_TIME']?.trim())
    throw new Error(
      'BUILD_TIME is not set, so the tests cannot know the clock the site was built with: run them with npm test, ' +
        'or set BUILD_TIME to the same instant for the build and the tests.',
    )
  return buildTime()
}
