/**
 * Long browse lists split into pages: a copy of the sample cloned to a few hundred listings in
 * three areas, so a topic, an area, the courses and "Get involved" each run to several pages.
 * Each page stays within the 14 KB budget, every listing is on exactly one page, the sitemap has
 * the later pages, and a keyboard user can move between pages.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { sitemapUrls } from '../../scripts/lib/dist.ts'
import { syntheticDirectory, toNdjson } from '../../scripts/lib/synthetic-directory.ts'
import { measureBudgets } from '../../scripts/size-budget.ts'
import { pageUrls } from '../../site/lib/urls.ts'
import { cardsPerPage } from '../../site/lib/view/pages.ts'
import { readDataset } from '../e2e/contentLake.ts'
import { axeSource, serveStatic, type StaticServer } from '../e2e/harness.ts'
import { buildFrom, type BuiltCopy } from './build-from.ts'

const sample = readDataset('studio/seed/sample.ndjson')
const topic = 'general-wellbeing'

let built: BuiltCopy
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  built = await buildFrom(toNdjson(syntheticDirectory(sample, { listings: 450, areas: 4 })), 'split-pages')
  server = await serveStatic(built.outDir)
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}, 240_000)

afterAll(async () => {
  await browser.close()
  await server.close()
  await built.remove()
})

const html = (path: string) => readFileSync(join(built.outDir, path, 'index.html'), 'utf8')

/** The addresses of the listing cards on a built page, in order. */
const cardLinks = (path: string) =>
  [...html(path).matchAll(/<div class="listing-card[^"]*"><h[234][^>]*><a href="([^"]+)"/g)].map(
    (match) => match[1],
  )

/** Every page of a list, following its pages from page 1 until there is no page after. */
function pagesOf(address: (n: number) => string): string[] {
  const pages = [address(1)]
  while (html(pages.at(-1) ?? '').includes(`href="${address(pages.length + 1)}"`))
    pages.push(address(pages.length + 1))
  return pages
}

describe('a long topic, split into pages', () => {
  test('runs to several pages, each with at most the cards a page holds, every listing on one page only', () => {
    const pages = pagesOf((n) => pageUrls.topic(topic, n))
    expect(pages.length).toBeGreaterThan(2)
    const cards = pages.map(cardLinks)
    for (const onPage of cards) expect(onPage.length).toBeLessThanOrEqual(cardsPerPage)
    expect(cards.slice(0, -1).every((onPage) => onPage.length === cardsPerPage)).toBe(true)
    const all = cards.flat()
    expect(new Set(all).size).toBe(all.length)
  })

  test('each page has its own title, and page 1 keeps the topic’s introduction', () => {
    expect(html(pageUrls.topic(topic, 1))).toContain('<title>General wellbeing: peer support (page 1 of')
    expect(html(pageUrls.topic(topic, 2))).toContain('<title>General wellbeing: peer support (page 2 of')
    expect(html(pageUrls.topic(topic, 1))).toContain('Also known as:')
    expect(html(pageUrls.topic(topic, 2))).not.toContain('Also known as:')
  })

  test('the sitemap lists every page of every split list', () => {
    const inSitemap = new Set(sitemapUrls(built.outDir).map(({ pathname }) => pathname))
    const lists = [
      (n: number) => pageUrls.topic(topic, n),
      pageUrls.courses,
      pageUrls.getInvolved,
      (n: number) => pageUrls.area('ashford', n),
    ]
    for (const list of lists) {
      const pages = pagesOf(list)
      expect(pages.length).toBeGreaterThan(1)
      for (const page of pages) expect(inSitemap).toContain(page)
    }
  })
})

describe('every page of the copy', () => {
  test('stays within the size budgets', () => {
    expect(measureBudgets(built.outDir).breaches.map((breach) => breach.message)).toEqual([])
  })
})

describe('moving between pages', () => {
  const url = (path: string) => `${server.origin}${path}`

  /** Focuses a link and follows it with Enter, as a keyboard user does; waits for where it leads. */
  async function followByKeyboard(page: Page, link: Locator) {
    const target = new URL((await link.getAttribute('href')) ?? '', page.url())
    await link.focus()
    await Promise.all([page.waitForURL(target.href), page.keyboard.press('Enter')])
    return target
  }

  const pagesLink = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true })

  test('Next page and Previous page lead on and back by keyboard, the current page marked', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(url(pageUrls.topic(topic, 1)))
    const pages = page.getByRole('navigation', { name: 'Pages' })
    await expect(pages.getByRole('link', { name: 'Previous page' }).count()).resolves.toBe(0)

    await followByKeyboard(page, pagesLink(page, 'Next page'))
    expect(new URL(page.url()).pathname).toBe(pageUrls.topic(topic, 2))
    await expect(pages.getByText(/^Page 2 of \d+$/).count()).resolves.toBe(1)
    await expect(pages.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    )
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('General wellbeing')

    await followByKeyboard(page, pagesLink(page, 'Previous page'))
    expect(new URL(page.url()).pathname).toBe(pageUrls.topic(topic, 1))
    await expect(pages.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    )
    await page.close()
  })

  test('a jump link on a later page leads to the section on the page where it starts', async () => {
    const page = await browser.newPage()
    await page.goto(url(pageUrls.topic(topic, 2)))
    const jump = page.getByRole('navigation', { name: 'Jump to a section' })
    const target = await followByKeyboard(page, jump.getByRole('link').first())
    expect(`${target.pathname}${target.hash}`).toBe(`${pageUrls.topic(topic, 1)}#group`)
    await expect(page.locator(target.hash).isVisible()).resolves.toBe(true)
    await page.close()
  })

  test('page 2 passes axe (WCAG 2.2 A and AA, and unique landmarks and heading order)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(url(pageUrls.topic(topic, 2)))
    await page.evaluate(axeSource())
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>
        }
      }
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'heading-order': { enabled: true }, 'landmark-unique': { enabled: true } },
      })
      return results.violations.map(
        ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    })
    expect(violations).toEqual([])
    await page.close()
  })
})
