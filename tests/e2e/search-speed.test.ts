/**
 * What makes search quick on a slow phone, as a person would meet it: the engine starts while
 * they type, the index files for their words are fetched before they press Search, the entry
 * file comes from the preload, and filter counts wait until the filters can be seen.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { siteContext, sharedSiteContext } from './harness.ts'
import { allResultNames, eventually, resultNames, resultsAnnounced } from './searchPage.ts'

const site = sharedSiteContext()
const origin = () => inject('siteOrigin')

/** Every address the page has asked for, as a path with its query, in order. */
function requestsOf(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    seen.push(url.pathname + url.search)
  })
  return seen
}

/** Waits until the page has asked for nothing new for half a second. */
async function settled(seen: readonly string[]): Promise<void> {
  for (let count = -1; count !== seen.length;) {
    count = seen.length
    await new Promise((done) => setTimeout(done, 500))
  }
}

const indexFiles = (seen: readonly string[]) => seen.filter((path) => path.startsWith('/pagefind/index/'))

describe('from the home page', () => {
  test('typing words without a ready answer loads the engine and fetches their index files before Search is pressed', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/`)
    await page.waitForLoadState('networkidle')
    expect(seen.filter((path) => path.startsWith('/pagefind/'))).toEqual([])

    const box = page.getByRole('searchbox', { name: 'Search for peer support' })
    await box.pressSequentially('hearing voices group', { delay: 30 })
    await eventually(() => indexFiles(seen).length).toBeGreaterThan(0)
    await settled(seen)
    expect(seen.filter((path) => path.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1)
    const fetchedBeforeSearch = indexFiles(seen)

    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\/\?q=hearing\+voices\+group$/)
    await resultsAnnounced(page)
    expect((await resultNames(page))[0]).toMatch(/hearing voices/i)
    // The words' index files were the ones the search needed: none fetched twice, none new.
    expect(indexFiles(seen).filter((path) => !fetchedBeforeSearch.includes(path))).toEqual([])
    await page.close()
  })

  test('typing a search with a ready answer fetches none of the engine, and Search shows the answer', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/`)
    await page
      .getByRole('searchbox', { name: 'Search for peer support' })
      .pressSequentially('carers', { delay: 30 })
    await eventually(() => seen.includes('/search/answers/index.json')).toBe(true)
    await page.waitForTimeout(300)
    await page.keyboard.press('Enter')
    await resultsAnnounced(page)
    expect(seen.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
    expect(seen).toContain('/search/answers/carers.json')
    await page.close()
  })

  test('a home page left alone fetches nothing of the engine', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    expect(seen.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
    await page.close()
  })
})

describe('on the search page', () => {
  test('for a search without a ready answer, the engine’s entry file is fetched once, from the preload, under this build’s tag', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/search/?q=group`)
    await resultsAnnounced(page)
    const entries = seen.filter((path) => path.startsWith('/pagefind/pagefind-entry.json'))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatch(/^\/pagefind\/pagefind-entry\.json\?ts=[a-z0-9]+$/)
    const preload = await page
      .locator('link[rel="preload"][href^="/pagefind/pagefind-entry.json"]')
      .getAttribute('href')
    expect(preload).toBe(entries[0])
    await page.close()
  })

  test('typing a new search without a ready answer fetches its index files before Search is pressed', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/search/?q=carers`)
    await resultsAnnounced(page)
    await page.waitForLoadState('networkidle')
    // "voices group" has no ready answer, and its words are in other parts of the index from "carers".
    const before = indexFiles(seen).length
    await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('')
    await page
      .getByRole('searchbox', { name: 'What are you looking for?' })
      .pressSequentially('voices group', { delay: 30 })
    await eventually(() => indexFiles(seen).length).toBeGreaterThan(before)
    await settled(seen)
    const fetchedBeforeSearch = indexFiles(seen)
    await page.keyboard.press('Enter')
    await eventually(() => page.getByRole('status').textContent()).toMatch(/for “voices group”/)
    expect(indexFiles(seen).filter((path) => !fetchedBeforeSearch.includes(path))).toEqual([])
    await page.close()
  })

  test('on a phone, filter counts wait until the filters are opened, then show', async () => {
    const phone = await siteContext(site.browser(), { viewport: { width: 360, height: 740 } })
    const page = await phone.newPage()
    const seen = requestsOf(page)
    // "group" has no ready answer, so its counts need the engine's filter index or results' details.
    await page.goto(`${origin()}/search/?q=group`)
    await resultsAnnounced(page)
    await page.waitForLoadState('networkidle')
    const fetched = seen.length
    expect(
      await page.getByRole('checkbox', { name: 'Croydon', exact: true, includeHidden: true }).count(),
    ).toBe(1)

    await page.getByRole('button', { name: 'Filters and sort' }).click()
    await eventually(() => page.getByRole('checkbox', { name: /^Croydon \(\d+\)$/ }).isVisible()).toBe(true)
    expect(seen.length, 'counting fetches what it needs once the filters open').toBeGreaterThan(fetched)
    await phone.close()
  })

  test('on a wide screen, where the filters show beside the results, their counts come without asking', async () => {
    const page = await site.context().newPage()
    await page.goto(`${origin()}/search/?q=voices`)
    await resultsAnnounced(page)
    await eventually(() => page.getByRole('checkbox', { name: /^Croydon \(\d+\)$/ }).isVisible()).toBe(true)
    await page.close()
  })
})

describe('the offline worker', () => {
  test('on the search page, is asked for only once the first results are fetched, so it never slows them', async () => {
    const fresh = await siteContext(site.browser())
    // The context sees the worker's own script being fetched, which the page does not.
    const seen: string[] = []
    fresh.on('request', (request) => {
      const url = new URL(request.url())
      seen.push(url.pathname + url.search)
    })
    const page = await fresh.newPage()
    await page.goto(`${origin()}/search/?q=group`)
    await resultsAnnounced(page)
    await eventually(() => seen.includes('/sw.js')).toBe(true)
    const worker = seen.indexOf('/sw.js')
    const firstCards = seen.filter((path) => path.startsWith('/pagefind/fragment/')).slice(0, 4)
    expect(firstCards).toHaveLength(4)
    expect(firstCards.every((path) => seen.indexOf(path) < worker)).toBe(true)
    await fresh.close()
  })
})

describe('ready answers for common searches', () => {
  /** What a person sees of a search: the first cards whole, every result's name, what the page says, and each filter's count. */
  async function everythingShown(page: Page) {
    return {
      firstCards: await page
        .locator('[data-results] > li')
        .evaluateAll((cards) =>
          cards.slice(0, 10).map((card) => card.textContent.replace(/\s+/g, ' ').trim()),
        ),
      names: await allResultNames(page),
      status: await page.getByRole('status').textContent(),
      notes: await page.locator('[data-notes]').textContent(),
      counts: await page
        .locator('#filter-panel label')
        .evaluateAll((labels) => labels.map((label) => label.textContent.replace(/\s+/g, ' ').trim())),
    }
  }

  test.each(['hearing voices', 'carers', 'voices', 'weekend', 'online'])(
    '“%s” shows the same results, words and counts from its ready answer as from the search engine',
    async (query) => {
      const page = await site.context().newPage()
      const seen = requestsOf(page)
      await page.goto(`${origin()}/search/?q=${encodeURIComponent(query)}`)
      await resultsAnnounced(page)
      expect(seen.filter((path) => path.startsWith('/search/answers/'))).toHaveLength(1)
      expect(seen.filter((path) => path.startsWith('/pagefind/index/'))).toEqual([])
      await eventually(() => page.locator('#filter-panel [data-count]').first().textContent()).toMatch(
        /\(\d+\)/,
      )
      const fromAnswer = await everythingShown(page)
      await page.close()

      // Without the answer (an older build's page, a dropped connection), the engine answers.
      const live = await siteContext(site.browser())
      await live.route('**/search/answers/**', (route) => route.abort())
      const livePage = await live.newPage()
      await livePage.goto(`${origin()}/search/?q=${encodeURIComponent(query)}`)
      await resultsAnnounced(livePage)
      await eventually(() => livePage.locator('#filter-panel [data-count]').first().textContent()).toMatch(
        /\(\d+\)/,
      )
      expect(fromAnswer.names.length).toBeGreaterThan(0)
      expect(await everythingShown(livePage)).toEqual(fromAnswer)
      await live.close()
    },
  )

  test('a search with a filter ticked, or another order, asks the engine', async () => {
    const page = await site.context().newPage()
    const seen = requestsOf(page)
    await page.goto(`${origin()}/search/?q=carers&sort=name`)
    await resultsAnnounced(page)
    expect(seen.filter((path) => path.startsWith('/search/answers/'))).toEqual([])
    await page.close()
  })
})
