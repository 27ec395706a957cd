/**
 * Reading the search page as a person does: open a search, wait for the results to be announced,
 * and read the result names and the notes above them.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { expect, inject } from 'vitest'

/** Waits up to 15 s: the first search on a page loads the index. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 })

/** Waits for the results to be announced, and gives the announcement. */
export async function resultsAnnounced(page: Page): Promise<string> {
  const status = page.getByRole('status')
  await eventually(async () => (await status.textContent()) ?? '').toMatch(/results?|No results/)
  await eventually(() => page.locator('[data-results]').getAttribute('aria-busy')).toBe('false')
  return (await status.textContent()) ?? ''
}

/** Opens the search page at `query` (like `?q=carers`) and waits for the results to be announced. */
export async function openSearch(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${inject('siteOrigin')}/search/${query}`)
  await resultsAnnounced(page)
  return page
}

/** The names of the results shown, in order. */
export async function resultNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .getByRole('heading', { level: 3 })
    .allTextContents()
}

/**
 * Shows every result, pressing "Show more results" until it goes, and waits until as many are
 * shown as the page announced: the button hides as soon as the last batch starts to arrive.
 */
export async function allResultNames(page: Page): Promise<string[]> {
  const total = Number.parseInt((await page.getByRole('status').textContent()) ?? '', 10) || 0
  const more = page.getByRole('button', { name: 'Show more results' })
  while (await more.isVisible()) {
    const before = (await resultNames(page)).length
    await more.click()
    await eventually(async () => (await resultNames(page)).length).toBeGreaterThan(before)
  }
  await eventually(async () => (await resultNames(page)).length).toBe(total)
  return resultNames(page)
}
