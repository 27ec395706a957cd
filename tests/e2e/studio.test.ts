/**
 * The Sanity Studio the site serves at /studio/: it starts in Chromium for the placeholder project
 * (offline it stops at its own "Couldn't reach the Sanity servers" screen), it is hidden from search
 * engines, and none of its JavaScript reaches the public pages. Then a partner's visit, with a fake
 * Content Lake answering the Studio from the sample dataset: they open one of their organisation's
 * listings, change when it meets, publish it, and mark it as checked today.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { todayInUk } from '@findpeersupport/content-model/rules'
import { meetingTimePreview } from '../../studio/schemaTypes/previews.ts'
import { testClock } from '../clock.ts'
import { fakeContentLake, readDataset, type ContentLake, type LakeDocument } from './contentLake.ts'
import { connectBrowser, samplePages, siteContext } from './harness.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser.close()
})

/** The site's own script files a page asked for (inline scripts are not requests). */
function recordScripts(page: Page): Set<string> {
  const scripts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.resourceType() === 'script' && url.origin === inject('siteOrigin')) scripts.add(url.pathname)
  })
  return scripts
}

/**
 * The only chunks a public page may share with the Studio, a few KB in all: our own small modules that
 * both import, so Vite builds each once for both (the content model's vocabulary, labels for kinds,
 * days and statuses; and London dates, which the leaflet prints), and Vite's own helper for loading
 * modules. The search and leaflet scripts stay within their budgets with them.
 */
const sharedSiteModule = /^\/_astro\/(vocabulary|london|preload-helper)\.[\w-]+\.js$/

describe('the Studio at /studio/, offline', () => {
  let context: BrowserContext
  let page: Page
  const pageErrors: string[] = []
  let studioScripts: Set<string>

  beforeAll(async () => {
    context = await siteContext(browser, { viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    studioScripts = recordScripts(page)
    await page.goto(`${inject('siteOrigin')}/studio/`)
  })

  afterAll(async () => {
    await context.close()
  })

  test('starts, and says it cannot reach the Sanity servers', async () => {
    const networkError = page.getByRole('dialog', { name: 'Network error' })
    await networkError.waitFor({ timeout: 30_000 })
    expect(await networkError.textContent()).toContain("Couldn't reach the Sanity servers")
    expect(await networkError.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
  })

  test('throws no uncaught error on the way', () => {
    expect(pageErrors).toEqual([])
  })

  test('tells search engines not to list it', async () => {
    const robots = await page.locator('meta[name="robots"]').getAttribute('content')
    expect(robots).toMatch(/\bnoindex\b/)
  })

  test("no public page loads any of the Studio's scripts", async () => {
    expect(studioScripts.size, 'the Studio is a bundle of script files').toBeGreaterThan(10)
    const pages = samplePages()
    const visitor = await context.newPage()
    const loaded = recordScripts(visitor)
    for (const url of pages) await visitor.goto(url.href)
    await visitor.close()
    expect(pages.length).toBeGreaterThan(5)
    expect(
      [...loaded].filter((script) => studioScripts.has(script) && !sharedSiteModule.test(script)),
      "scripts a public page shares with the Studio (keep the site's scripts out of the Studio's chunks)",
    ).toEqual([])
  })
})

/**
 * Requests whose 404 the Studio shrugs off: Sanity's product tips, its version check, scheduled
 * publishing, and the telemetry consent it asks for once it has been open a while.
 */
const shrugsOff = /\/journey\/|\/help\?|\/schedules\/|\/intake\/telemetry-status\?/

interface Schedule {
  _key: string
  opensAt: string
  closesAt: string
}

describe('a partner changes when their group meets', () => {
  const dataset = readDataset(process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson')
  const byId = new Map(dataset.map((doc) => [doc._id, doc]))
  // A published group with one meeting time and no draft, whose organisation names its editors.
  const listing = dataset.find(
    (doc): doc is LakeDocument & { name: string; schedules: Schedule[]; organisation: { _ref: string } } =>
      doc._type === 'service' &&
      !doc._id.startsWith('drafts.') &&
      !byId.has(`drafts.${doc._id}`) &&
      (doc['schedules'] as unknown[] | undefined)?.length === 1 &&
      ((byId.get((doc['organisation'] as { _ref: string })._ref)?.['editors'] as unknown[] | undefined)
        ?.length ?? 0) > 0,
  )
  if (!listing)
    throw new Error('the sample dataset has no published group with one meeting time and an editor')
  const [schedule] = listing.schedules as [Schedule]
  const editors = byId.get(listing.organisation._ref)?.['editors'] as string[]
  const newStart = schedule.opensAt === '09:00' ? '09:30' : '09:00'

  let context: BrowserContext
  let page: Page
  let lake: ContentLake
  const pageErrors: string[] = []
  /** The published listing once no draft is left beside it, that is once a publish has landed. */
  const publishedWithoutDraft = () =>
    lake.documents.has(`drafts.${listing._id}`) ? undefined : lake.documents.get(listing._id)

  beforeAll(async () => {
    context = await siteContext(browser, { viewport: { width: 1400, height: 900 } })
    lake = await fakeContentLake(
      context,
      dataset,
      { id: 'partner-sam', name: 'Sam Partner', email: editors[0] ?? '' },
      testClock(),
    )
    page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${inject('siteOrigin')}/studio/`)
  })

  afterAll(async () => {
    await context.close()
  })

  test("the Studio opens on its desk, not a sign-in screen, and lists their organisation's listings", async () => {
    await page.getByRole('link', { name: 'My organisation’s listings' }).click()
    const link = page.getByRole('link', { name: listing.name }).first()
    await link.waitFor()
    expect(await link.getAttribute('href')).toContain(listing._id)
  })

  test('they open their listing and set a new start time', async () => {
    await page.getByRole('link', { name: listing.name }).first().click()
    await page.getByRole('tab', { name: 'When', exact: true }).click()
    // The meeting time shows as the sentence the public page prints.
    await page.getByRole('button', { name: meetingTimePreview(schedule, testClock()).title }).click()
    await page.getByRole('textbox', { name: 'Starts at' }).fill(newStart)
    // The Studio saves a moment after typing stops.
    await expect
      .poll(
        () => {
          const draft = lake.documents.get(`drafts.${listing._id}`) as { schedules?: Schedule[] } | undefined
          return draft?.schedules?.find(({ _key }) => _key === schedule._key)?.opensAt
        },
        { timeout: 10_000 },
      )
      .toBe(newStart)
  })

  test('the change is a draft: the published listing is untouched until they publish', () => {
    const published = lake.documents.get(listing._id) as { schedules: Schedule[] } | undefined
    expect(published?.schedules[0]?.opensAt).toBe(schedule.opensAt)
    expect(lake.actions.every(({ actionType }) => actionType === 'sanity.action.document.edit')).toBe(true)
  })

  test('the Studio says the change is saved once the Lake has it', async () => {
    await page.getByText('Saved', { exact: true }).waitFor()
    const startsAt = page.getByRole('textbox', { name: 'Starts at' })
    await startsAt.press('Escape')
    await startsAt.waitFor({ state: 'hidden' })
  })

  test('they publish it: the published listing has the new time and the draft is gone', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.getByText('was published').waitFor()
    const published = publishedWithoutDraft() as { schedules: Schedule[] } | undefined
    expect(published?.schedules[0]?.opensAt).toBe(newStart)
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true)
  })

  test('they mark it as checked today, which publishes their name and the date', async () => {
    const documentActions = page.getByRole('button', { name: 'Open document actions' })
    const markChecked = page.getByRole('menuitem', { name: 'Mark as checked today' })
    await documentActions.click()
    // The Studio reads the real clock, not the suite's: today is the day of the click.
    const days = new Set([todayInUk()])
    await markChecked.click()
    days.add(todayInUk())
    await expect.poll(() => publishedWithoutDraft()?.['checkedBy'], { timeout: 10_000 }).toBe('Sam Partner')
    expect(days).toContain(publishedWithoutDraft()?.['lastChecked'])
    await page.getByRole('tab', { name: 'Status and checks' }).click()
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Checked by' }).inputValue())
      .toBe('Sam Partner')
    // Checked and published: nothing is left to mark until tomorrow, and the button says so.
    await page.getByText('Saved', { exact: true }).waitFor()
    await documentActions.click()
    await markChecked.hover()
    await page.getByText('Checked today already. Nothing new to publish.').waitFor()
    expect(await markChecked.isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
  })

  test('they give it a new web address and publish: the old one is kept, so old links still work', async () => {
    const slugOf = (document: LakeDocument | undefined) =>
      (document?.['slug'] as { current?: string } | undefined)?.current
    const oldSlug = slugOf(lake.documents.get(listing._id))
    const newSlug = `${oldSlug ?? ''}-new`
    await page.getByRole('tab', { name: 'About', exact: true }).click()
    await page.getByRole('textbox', { name: 'Web address' }).fill(newSlug)
    await expect
      .poll(() => slugOf(lake.documents.get(`drafts.${listing._id}`)), { timeout: 10_000 })
      .toBe(newSlug)
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect.poll(() => slugOf(publishedWithoutDraft()), { timeout: 10_000 }).toBe(newSlug)
    expect(publishedWithoutDraft()?.['previousSlugs']).toEqual([oldSlug])
    // The form now shows the field, with the old address in it.
    const values = () =>
      page
        .getByRole('textbox')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await expect.poll(values, { timeout: 10_000 }).toContain(oldSlug)
  })

  test('nothing went unanswered or threw in the page', () => {
    expect(pageErrors).toEqual([])
    expect(lake.unanswered.filter((request) => !shrugsOff.test(request))).toEqual([])
  })
})
