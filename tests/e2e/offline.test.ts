/**
 * Works offline once visited (#13): the service worker keeps the pages a person opened, the crisis
 * page and the search engine, so with the network switched off they can reopen a listing, call a
 * crisis line and repeat a search. Each test starts in a fresh browser context, with no worker.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { axeSource, sharedSiteContext, siteContext, sitePages, connectBrowser } from './harness.ts'
import { eventually } from './searchPage.ts'

const origin = () => inject('siteOrigin')
const listings = () => sitePages().filter((url) => /^\/services\/[^/]+\/$/.test(url.pathname))

/**
 * Opens `path` in a new tab and waits until the worker controls the tab and has kept the page:
 * the first visit keeps it as the worker takes over, later ones as they load.
 */
async function visit(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${origin()}${path}`)
  const kept = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false
      const pages = await caches.open('fps-pages')
      return (await pages.match(location.href, { ignoreSearch: true })) !== undefined
    })
  // Polled here rather than with expect.poll, which only runs inside a test (this also runs in beforeAll).
  const giveUp = Date.now() + 15_000
  while (!(await kept())) {
    if (Date.now() > giveUp)
      throw new Error(`The service worker did not take over and keep ${path} within 15 s`)
    await page.waitForTimeout(100)
  }
  return page
}

/** The offline notice a kept page carries when it is shown without the network. */
const offlineNotice = (page: Page) => page.getByRole('note', { name: 'You are offline.' })

/** The results shown on the search page, as links in its results list. */
const resultLinks = (page: Page) =>
  page.getByRole('region', { name: 'Results' }).getByRole('listitem').getByRole('link')

/** What axe finds on the page as it stands (WCAG 2.2 A and AA, as the accessibility test runs it). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource())
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (...args: unknown[]) => Promise<{ violations: { id: string; help: string }[] }> }
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: {
        'heading-order': { enabled: true },
        'page-has-heading-one': { enabled: true },
        'landmark-one-main': { enabled: true },
        'landmark-unique': { enabled: true },
      },
    })
    return results.violations.map(({ id, help }) => `${id}: ${help}`)
  })
}

/** A fresh context of its own, closed after `use` (and its browser connection with it). */
async function inFreshContext(use: (context: BrowserContext) => Promise<void>): Promise<void> {
  const browser = await connectBrowser()
  const context = await siteContext(browser)
  try {
    await use(context)
  } finally {
    await context.close()
    await browser.close()
  }
}

describe('offline, once visited', () => {
  test('a listing opened before reopens offline, saying when it was saved; back online it comes fresh', async () => {
    await inFreshContext(async (context) => {
      const listing = listings()[0]
      if (!listing) throw new Error('The built site has no service pages to open')
      // A new context has no worker (none leaks from another test): the page loads uncontrolled,
      // and is kept as the worker takes it over.
      const first = await visit(context, listing.pathname)
      const loadedThroughWorker = await first.evaluate(() =>
        performance
          .getEntriesByType('navigation')
          .some((entry) => (entry as PerformanceNavigationTiming).workerStart > 0),
      )
      expect(loadedThroughWorker).toBe(false)
      const name = await first.getByRole('heading', { level: 1 }).textContent()

      await context.setOffline(true)
      const offline = await context.newPage()
      await offline.goto(listing.href)
      expect(await offline.getByRole('heading', { level: 1 }).textContent()).toBe(name)
      const notice = offlineNotice(offline)
      expect(await notice.count()).toBe(1)
      expect(await axeViolations(offline)).toEqual([])
      expect(await notice.textContent()).toMatch(
        /^You are offline\. This page was saved on \w+day \d{1,2} \w+( \d{4})? at \d{1,2}(:\d{2})?[ap]m\. Times and phone numbers may have changed since then\.$/,
      )

      await context.setOffline(false)
      await offline.reload()
      expect(await offline.getByRole('heading', { level: 1 }).textContent()).toBe(name)
      expect(await offlineNotice(offline).count()).toBe(0)
    })
  })

  // A common search (answered from a small file made at build time) and a rarer one (answered by
  // Pagefind from the index parts it fetched).
  test.each(['hearing voices', 'craft'])(
    'a search made before, for "%s", gives its results again offline',
    async (words) => {
      await inFreshContext(async (context) => {
        const address = `/search/?q=${encodeURIComponent(words)}`
        await visit(context, '/')
        const search = await visit(context, address)
        await eventually(() => resultLinks(search).count()).toBeGreaterThan(0)
        const firstResult = await resultLinks(search).first().textContent()

        await context.setOffline(true)
        const offline = await context.newPage()
        await offline.goto(`${origin()}${address}`)
        await eventually(() => resultLinks(offline).allTextContents()).toContain(firstResult)
        expect(await offlineNotice(offline).count()).toBe(1)
      })
    },
  )
})

describe('offline, never visited', () => {
  const { context } = sharedSiteContext()

  // The worker is installed by a visit to the home page; nothing else is opened before going offline.
  beforeAll(async () => {
    await visit(context(), '/')
    await context().setOffline(true)
  })

  test('the crisis page opens offline without having been opened before', async () => {
    const page = await context().newPage()
    await page.goto(`${origin()}/crisis/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Get help now')
    expect(await page.getByRole('link', { name: 'Call 116 123' }).count()).toBe(1)
  })

  test('a page never opened gives the offline page, with the crisis numbers and the pages saved', async () => {
    const unvisited = listings().at(-1)
    if (!unvisited) throw new Error('The built site has no service pages to open')
    const page = await context().newPage()
    await page.goto(unvisited.href)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You are offline')
    const help = page.getByRole('region', { name: 'Crisis numbers' })
    for (const name of [/call 999/, /call 111/, /call 116 123/, /text SHOUT to 85258/])
      expect(await help.getByRole('link', { name }).count(), String(name)).toBe(1)
    expect(
      await page.getByRole('link', { name: 'Get help now: crisis numbers and what to do' }).count(),
    ).toBe(1)
    const saved = page.getByRole('region', { name: 'Pages saved on this device' })
    await eventually(() => saved.getByRole('link').allTextContents()).toContain(
      'Find mental health peer support near you',
    )
  })

  test('the offline page passes axe (WCAG 2.2 A and AA), its list of saved pages included', async () => {
    const page = await context().newPage()
    await page.goto(`${origin()}/services/not-kept-anywhere/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You are offline')
    await eventually(() => page.getByRole('region', { name: 'Pages saved on this device' }).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
  })
})
