/**
 * The journeys issue 4 names, walked as people walk them: someone finds an evening group in
 * Croydon they can go to without a referral, learns when and where it meets, adds it to a
 * calendar and texts it to a friend; a nurse prints a listing with its QR code. Each journey
 * runs on a 320 px phone and at 1280 px, with JavaScript on and off.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { courseHasFinished, type CourseSession } from '../../site/lib/time/course.ts'
import { testClock } from '../clock.ts'
import { readDataset } from './contentLake.ts'
import { connectBrowser, siteContext } from './harness.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser.close()
})

const setups = [
  {
    name: 'a 320 px phone without JavaScript',
    viewport: { width: 320, height: 640 },
    javaScriptEnabled: false,
  },
  { name: 'a 320 px phone with JavaScript', viewport: { width: 320, height: 640 }, javaScriptEnabled: true },
  {
    name: 'a 1280 px screen with JavaScript',
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: true,
  },
] as const

/** True when a card's "when" line says it starts at 5pm or later. */
const startsInEvening = (text: string) =>
  [...text.matchAll(/(\d{1,2})(?::\d{2})?pm to/g)].some(
    ([, hour]) => Number(hour) >= 5 && Number(hour) !== 12,
  )

/** From the home page, through the Croydon page, to a running evening group with no referral needed. */
async function findEveningGroupInCroydon(page: Page): Promise<void> {
  await page.goto(`${inject('siteOrigin')}/`)
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Croydon/ })
    .click()
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Croydon/)
  const cards = page.getByRole('main').getByRole('listitem').filter({ hasText: 'No referral needed' })
  const texts = await cards.allTextContents()
  const evening = texts.findIndex((text) => startsInEvening(text) && !/paused/i.test(text))
  expect(
    evening,
    'a Croydon card with "No referral needed" that meets at 5pm or later',
  ).toBeGreaterThanOrEqual(0)
  await cards.nth(evening).getByRole('link').first().click()
}

describe.each(setups)('on $name', ({ viewport, javaScriptEnabled }) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await siteContext(browser, { viewport, javaScriptEnabled })
    page = await context.newPage()
    await findEveningGroupInCroydon(page)
  })

  afterAll(async () => {
    await context.close()
  })

  const mainText = async () => (await page.getByRole('main').textContent()) ?? ''

  test('the group page says plainly that no referral is needed', async () => {
    expect(await page.getByRole('heading', { name: 'How to join' }).isVisible()).toBe(true)
    expect(await mainText()).toMatch(/without a referral|no referral needed/i)
  })

  test('it says when the group next meets, worked out from its schedule', async () => {
    expect(await mainText()).toMatch(/Next session:\s*\w+day \d{1,2} \w+ \d{4}, \d{1,2}(:\d{2})?pm/)
  })

  test('it says how to get there, with a map link', async () => {
    const where = page.getByRole('region', { name: 'Where' })
    expect(await where.textContent()).toMatch(/[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}/)
    expect(
      await where
        .getByRole('link', { name: /OpenStreetMap/ })
        .first()
        .getAttribute('href'),
    ).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=/)
  })

  test('"Add to calendar" gives a calendar file that repeats on the meeting day', async () => {
    const href = await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href')
    expect(href).toMatch(/^\/services\/[\w-]+\.ics$/)
    const response = await page.request.get(new URL(href ?? '', page.url()).href)
    expect(response.headers()['content-type']).toMatch(/text\/calendar/)
    const calendar = await response.text()
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(calendar).toMatch(/\r\nRRULE:FREQ=(WEEKLY|MONTHLY);/)
  })

  test('"Share by text message" opens a text with the group and its address', async () => {
    const href = await page.getByRole('link', { name: 'Share by text message' }).getAttribute('href')
    const body = decodeURIComponent(href?.split('body=')[1] ?? '')
    expect(href).toMatch(/^sms:/)
    expect(body).toContain(new URL(page.url()).pathname)
  })
})

describe('a nurse prints a listing', () => {
  test('the printout keeps the listing, the crisis numbers and a QR code, and drops navigation', async () => {
    const context = await siteContext(browser, { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await findEveningGroupInCroydon(page)
    await page.emulateMedia({ media: 'print' })
    const qr = page.getByRole('img', { name: /QR code/ })
    expect(await qr.isVisible()).toBe(true)
    expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(
      true,
    )
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: '116 123' }).isVisible()).toBe(true)
    expect(await page.getByRole('navigation', { name: 'Main' }).isHidden()).toBe(true)
    expect(await page.getByRole('link', { name: /Leave this site/ }).isHidden()).toBe(true)
    await context.close()
  })
})

/**
 * Whether the sample has a Nottingham Recovery College course about anxiety still to run at the
 * suite's clock. The sample's terms end in 2027: run later, there is nothing to reach.
 */
const nottinghamAnxietyCourseRuns = readDataset('studio/seed/sample.ndjson').some(
  (doc) =>
    doc._type === 'course' &&
    !doc._id.startsWith('drafts.') &&
    doc['status'] !== 'closed' &&
    (doc['college'] as { _ref: string })._ref === 'org-nottingham-recovery-college' &&
    (doc['topics'] as { _ref: string }[]).some(({ _ref }) => _ref === 'topic-anxiety') &&
    !courseHasFinished(doc['sessions'] as CourseSession[], testClock()),
)

describe.each(setups)(
  'someone told to try the recovery college, on $name',
  ({ viewport, javaScriptEnabled }) => {
    test.runIf(nottinghamAnxietyCourseRuns)(
      'reaches a Nottingham anxiety course from the home page in two taps',
      async () => {
        const context = await siteContext(browser, { viewport, javaScriptEnabled })
        const page = await context.newPage()
        await page.goto(`${inject('siteOrigin')}/`)
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click()
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Recovery college courses')
        // Under the college's heading, or at the top (naming its college) if it starts within eight weeks.
        const nottingham = page
          .getByRole('region', { name: 'Nottingham Recovery College' })
          .getByRole('listitem')
          .or(page.getByRole('listitem').filter({ hasText: 'Run by Nottingham Recovery College' }))
        const anxiety = nottingham.filter({ hasText: /Topics:.*Anxiety/ })
        const name = await anxiety.first().getByRole('heading').textContent()
        await anxiety
          .first()
          .getByRole('link', { name: name ?? '' })
          .click()
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name)
        expect(await page.getByRole('main').textContent()).toContain('Nottingham Recovery College')
        await context.close()
      },
    )
  },
)
