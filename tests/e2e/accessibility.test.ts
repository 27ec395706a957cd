import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeSource, connectBrowser, siteContext, sitePages } from './harness.ts'

/** Violations as axe reports them, trimmed to what a person needs to find and fix each one. */
interface Violation {
  url: string
  rule: string
  impact: string
  help: string
  targets: string[]
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/**
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus the structure rules axe files under "best practice"
 * that this directory relies on: one h1, no skipped heading levels, one main landmark.
 */
const axeOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: {
    'heading-order': { enabled: true },
    'empty-heading': { enabled: true },
    'page-has-heading-one': { enabled: true },
    'landmark-one-main': { enabled: true },
    'landmark-no-duplicate-main': { enabled: true },
    'landmark-unique': { enabled: true },
  },
  resultTypes: ['violations'],
}

/** Runs axe over the page as it stands. */
async function axeViolations(page: Page, url: string, source: string): Promise<Violation[]> {
  await page.evaluate(source)
  const results = await page.evaluate(
    // axe is a global once its source has run in the page.
    async (options) =>
      (await (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe.run(
        document,
        options,
      )) as AxeResults,
    axeOptions,
  )
  return results.violations.map((violation) => ({
    url,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }))
}

/** One readable line per violation and element: `url  rule (impact): help  →  selector`. */
function formatViolations(violations: readonly Violation[]): string {
  return violations
    .flatMap(({ url, rule, impact, help, targets }) =>
      targets.map((target) => `${url}  ${rule} (${impact}): ${help}  →  ${target}`),
    )
    .join('\n')
}

let browser: Browser
let context: BrowserContext
const source = axeSource()

beforeAll(async () => {
  browser = await connectBrowser()
  context = await siteContext(browser, { viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await context.close()
  await browser.close()
})

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const pages = sitePages()
  // One test for the whole site gives one readable list; allow it about a second a page.
  const timeout = 60_000 + pages.length * 1_000

  test('every page in the sitemap has no violations', { timeout }, async () => {
    const queue = [...pages]
    const violations: Violation[] = []
    const worker = async () => {
      const page = await context.newPage()
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await page.goto(url.href, { waitUntil: 'load' })
        violations.push(...(await axeViolations(page, url.pathname, source)))
      }
      await page.close()
    }
    // Two pages at a time keeps both cores of a CI machine busy.
    await Promise.all([worker(), worker()])
    console.log(`axe checked ${pages.length} pages: ${violations.length} violations`)
    expect(pages.length).toBeGreaterThan(0)
    expect(violations.length, `Accessibility violations:\n${formatViolations(violations)}`).toBe(0)
  })

  test('the checks catch a skipped heading level and a link without an accessible name', async () => {
    const page = await context.newPage()
    await page.setContent(
      '<!doctype html><html lang="en-GB"><head><title>Broken</title></head><body><main>' +
        '<h1>Find support</h1><h3>Skipped a level</h3><a href="/services/"><svg aria-hidden="true"></svg></a>' +
        '</main></body></html>',
    )
    const rules = (await axeViolations(page, 'fixture', source)).map((violation) => violation.rule)
    await page.close()
    expect(rules).toEqual(expect.arrayContaining(['heading-order', 'link-name']))
  })
})
