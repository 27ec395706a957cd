/**
 * The first screen is the support: on a 360 × 640 phone, a listing's name, kind and "No referral
 * needed", and a search's first result, show before any scrolling. The crisis numbers and quick exit
 * stay on every page, but the crisis strip is short. Listings come from the dataset the site was
 * built from: for each kind, the one with the longest name, which is the hardest to fit.
 */
import { needsNoReferral } from '@findpeersupport/content-model/rules'
import { opportunityKinds, serviceKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { courseHasFinished, type CourseSession } from '../../site/lib/time/course.ts'
import { testClock } from '../clock.ts'
import { readDataset, type LakeDocument } from './contentLake.ts'
import { sharedSiteContext } from './harness.ts'

const phone = { width: 360, height: 640 }
/** About two lines of the strip's 16 px text, with its padding and border. */
const crisisStripMaxHeight = 72

const documents = readDataset(process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson').filter(
  (doc) => !doc._id.startsWith('drafts.'),
)
type Listing = LakeDocument & { name: string; slug: { current: string }; status: string }
const listingsOf = (type: string) => documents.filter((doc) => doc._type === type) as Listing[]
const longestName = (listings: Listing[]) => listings.toSorted((a, b) => b.name.length - a.name.length)[0]
const areaName = (listing: Listing) => {
  const ref = (listing['areas'] as Array<{ _ref: string }> | undefined)?.[0]?._ref
  return (documents.find((doc) => doc._id === ref)?.['name'] as string | undefined) ?? ''
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const courseRuns = (course: Listing) =>
  course.status === 'running' && !courseHasFinished(course['sessions'] as CourseSession[], testClock())

interface ListingCase {
  kind: string
  path: string
  name: string
  /** What the line under the name says: kind and area, or kind and term. */
  kindLine: RegExp
  noReferral: boolean
}

const service = longestName(
  listingsOf('service').filter(
    (doc) => doc.status === 'running' && needsNoReferral(doc['accessRoute'] as 'self-referral'),
  ),
)
const course = longestName(
  listingsOf('course').filter((doc) => courseRuns(doc) && needsNoReferral(doc['enrolment'] as 'self-enrol')),
)
const opportunity = longestName(listingsOf('opportunity').filter((doc) => doc.status === 'running'))

const listingCases: ListingCase[] = [
  service && {
    kind: 'a running service that takes self-referral',
    path: `/services/${service.slug.current}/`,
    name: service.name,
    kindLine: new RegExp(
      `^${escape(titleOf(serviceKinds, service['kind'] as 'group'))} · .*${escape(areaName(service))}`,
    ),
    noReferral: true,
  },
  course && {
    kind: 'a running course people can enrol on themselves',
    path: `/courses/${course.slug.current}/`,
    name: course.name,
    kindLine: new RegExp(
      `^Recovery college course · .*${escape(areaName(course))}.* · ${escape(String(course['term']))}$`,
    ),
    noReferral: true,
  },
  opportunity && {
    kind: 'an opportunity',
    path: `/opportunities/${opportunity.slug.current}/`,
    name: opportunity.name,
    kindLine: new RegExp(
      `^${escape(titleOf(opportunityKinds, opportunity['kind'] as 'volunteer'))} · .*${escape(areaName(opportunity))}`,
    ),
    noReferral: false,
  },
].filter((entry) => entry !== undefined)

const site = sharedSiteContext({ viewport: phone })

async function open(path: string): Promise<Page> {
  const page = await site.context().newPage()
  await page.goto(`${inject('siteOrigin')}${path}`, { waitUntil: 'load' })
  return page
}

/** Where the bottom of the one element found is, in CSS pixels from the top of the page as it opens. */
async function bottomOf(locator: Locator, what: string): Promise<number> {
  expect(await locator.count(), `${what}: expected exactly one`).toBe(1)
  return locator.evaluate((element) => element.getBoundingClientRect().bottom)
}

describe('on a 360 × 640 phone, a listing page shows what it is before any scrolling', () => {
  test('the sample has a listing of each kind to measure', () => {
    expect(listingCases.map((entry) => entry.kind)).toHaveLength(3)
  })

  test.each(listingCases.map((entry) => [entry.kind, entry] as const))(
    '%s: its name, kind line and badge',
    async (_kind, { path, name, kindLine, noReferral }) => {
      const page = await open(path)
      const main = page.getByRole('main')
      const heading = main.getByRole('heading', { level: 1, name })
      const kind = main.getByText(kindLine)
      const badge = main.getByText('No referral needed', { exact: true })
      expect(await bottomOf(heading, `the name on ${path}`)).toBeLessThanOrEqual(phone.height)
      expect(await bottomOf(kind, `the kind line on ${path}`)).toBeLessThanOrEqual(phone.height)
      if (noReferral)
        expect(await bottomOf(badge, `the “No referral needed” badge on ${path}`)).toBeLessThanOrEqual(
          phone.height,
        )
      else expect(await badge.count()).toBe(0)
      await page.close()
    },
  )

  const pausedService = longestName(
    listingsOf('service').filter(
      (doc) => doc.status === 'paused' && needsNoReferral(doc['accessRoute'] as 'self-referral'),
    ),
  )
  test.runIf(pausedService !== undefined)(
    'a paused service that takes self-referral has no badge: its status comes first',
    async () => {
      const page = await open(`/services/${pausedService?.slug.current ?? ''}/`)
      expect(await page.getByRole('main').getByText('No referral needed', { exact: true }).count()).toBe(0)
      await page.close()
    },
  )
})

describe('on a 360 × 640 phone, a search shows its first result before any scrolling', () => {
  test.each([
    ['hearing voices', '?q=hearing%20voices'],
    ['a misspelling, which adds a note', '?q=hering%20voices'],
    ['words no listing has all of, which adds a note', '?q=trauma%20group%20York'],
  ])('%s', async (_words, query) => {
    const page = await open(`/search/${query}`)
    const results = page.locator('[data-results]')
    await expect.poll(() => results.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false')
    const first = results.getByRole('listitem').first().getByRole('heading').getByRole('link')
    expect(await bottomOf(first, `the first result’s name for ${query}`)).toBeLessThanOrEqual(phone.height)
    await page.close()
  })
})

describe('on a 360 × 640 phone, help stays on every page', () => {
  test('the crisis strip is about two lines, with 999 and a link to the crisis page', async () => {
    const page = await open('/')
    const strip = page.getByRole('complementary', { name: 'Need help now?' })
    const height = await strip.evaluate((element) => element.getBoundingClientRect().height)
    expect(height).toBeLessThanOrEqual(crisisStripMaxHeight)
    expect(await strip.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999')
    expect(await strip.getByRole('link', { name: '999' }).isVisible()).toBe(true)
    expect(await strip.getByRole('link').filter({ visible: true }).last().getAttribute('href')).toBe(
      '/crisis/',
    )
    await page.close()
  })

  test('quick exit is one line, and the second Tab stop after the skip link', async () => {
    const page = await open('/')
    const quickExit = page.getByRole('link', { name: /^Leave this site quickly/ })
    const { height, lineHeight } = await quickExit.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
    }))
    expect(height, 'quick exit wraps onto a second line').toBeLessThan(2 * lineHeight)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await quickExit.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.close()
  })
})
