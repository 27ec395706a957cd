import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { connectBrowser, samplePages, siteContext } from './harness.ts'
import { installKeyboardProbe, type FocusStop } from './keyboard-probe.ts'

const phone = { width: 320, height: 640 }
const desktop = { width: 1280, height: 900 }
/** 1280 × 900 at 200% zoom lays out exactly as a 640 × 450 CSS-pixel viewport. */
const desktopAt200Percent = { width: 640, height: 450 }

let browser: Browser
const contexts = new Map<string, BrowserContext>()

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  for (const context of contexts.values()) await context.close()
  await browser.close()
})

/** A new page in a context with the given viewport (contexts are shared across tests). */
async function openPage(url: URL, viewport: { width: number; height: number }): Promise<Page> {
  const name = `${viewport.width}x${viewport.height}`
  let context = contexts.get(name)
  if (context === undefined) {
    context = await siteContext(browser, { viewport })
    contexts.set(name, context)
  }
  const page = await context.newPage()
  await page.goto(url.href, { waitUntil: 'load' })
  return page
}

interface TabWalk {
  stops: FocusStop[]
  /** Controls that Tab never reached. */
  unreached: string[]
}

/** Presses Tab from the top of the page until focus leaves the page or comes round again. */
async function walkWithTab(page: Page): Promise<TabWalk> {
  await page.evaluate(installKeyboardProbe)
  const stops: FocusStop[] = []
  const reached = new Set<string>()
  for (let presses = 0; presses < 1000; presses += 1) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => window.keyboardProbe.focusStop())
    if (stop === null || reached.has(stop.key)) break
    reached.add(stop.key)
    stops.push(stop)
  }
  const controls = await page.evaluate(() => window.keyboardProbe.reachable())
  return { stops, unreached: controls.filter(({ key }) => !reached.has(key)).map(({ label }) => label) }
}

const pages = samplePages()

describe.each(pages.map((url) => [url.pathname, url] as const))('keyboard use of %s', (_path, url) => {
  test('the first Tab focuses a skip link, which moves focus to the main content', async () => {
    const page = await openPage(url, desktop)
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: /^skip to (the )?(main )?content$/i })
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    const focusInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null)
    expect(focusInMain, 'after the skip link, focus should be on <main> or inside it').toBe(true)
    await page.close()
  })

  describe.each([
    ['320 px wide', phone],
    ['1280 px wide', desktop],
  ] as const)('at %s', (_width, viewport) => {
    let walk: TabWalk

    beforeAll(async () => {
      const page = await openPage(url, viewport)
      walk = await walkWithTab(page)
      await page.close()
    })

    test('every control can be reached with Tab', () => {
      expect(walk.stops.length).toBeGreaterThan(0)
      expect(walk.unreached, 'controls that Tab never reaches').toEqual([])
    })

    test('every focused control is on screen and shows a visible focus indicator', () => {
      const hidden = walk.stops.filter((stop) => !stop.onScreen).map((stop) => stop.label)
      const unmarked = walk.stops.filter((stop) => !stop.showsFocus).map((stop) => stop.label)
      expect(hidden, 'focused but off screen').toEqual([])
      expect(unmarked, 'focused with no change of outline, shadow, background or border').toEqual([])
    })

    test('no focused control is hidden behind a sticky or fixed element (WCAG 2.4.11)', () => {
      const covered = walk.stops.filter((stop) => stop.coveredBy !== null)
      expect(covered.map((stop) => `${stop.label} under ${stop.coveredBy ?? ''}`)).toEqual([])
    })

    // Checked on a phone, where the page is one column and reading order is simply top to bottom.
    if (viewport !== phone) return
    test('the tab order follows the reading order, top to bottom', () => {
      const inFlow = walk.stops.filter((stop) => !stop.pinned)
      const backwards = inFlow.flatMap((stop, index) => {
        const previous = inFlow[index - 1]
        return previous !== undefined && stop.bottom <= previous.top
          ? [`${previous.label} → ${stop.label}`]
          : []
      })
      expect(backwards, 'Tab moved back up the page').toEqual([])
    })
  })
})

describe('quick exit', () => {
  const [home, listing] = [
    pages.find((url) => url.pathname === '/'),
    pages.find((url) => url.pathname.split('/').filter(Boolean).length === 2),
  ]
  const quickExit = { name: /leave this site|quick exit|exit this (page|site)/i }

  /** Opens the home page, then a listing, with every other site answered by a neutral page. */
  async function openListingAfterHome(): Promise<Page> {
    if (home === undefined || listing === undefined)
      throw new Error('the sitemap needs a home page and a listing')
    const page = await openPage(home, desktop)
    await page.route(
      (target) => target.origin !== inject('siteOrigin'),
      (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    )
    await page.goto(listing.href)
    return page
  }

  test('comes straight after the skip link in the tab order', async () => {
    const page = await openListingAfterHome()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const link = page.getByRole('link', quickExit).or(page.getByRole('button', quickExit))
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.close()
  })

  test('Enter leaves for a neutral site and replaces the page in history', async () => {
    const page = await openListingAfterHome()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await Promise.all([
      page.waitForURL((target) => target.origin !== inject('siteOrigin')),
      page.keyboard.press('Enter'),
    ])
    await page.goBack()
    expect(new URL(page.url()).pathname, 'Back should skip the page the person left').toBe('/')
    await page.close()
  })

  test('pressing Shift three times leaves too', async () => {
    const page = await openListingAfterHome()
    const leaving = page.waitForURL((target) => target.origin !== inject('siteOrigin'))
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift')
    await leaving
    await page.close()
  })

  test('moving back with Shift+Tab, however quickly, does not leave', async () => {
    const page = await openListingAfterHome()
    for (let press = 0; press < 6; press += 1) await page.keyboard.press('Shift+Tab')
    // Capitals typed in a search box do not count either.
    await page.keyboard.press('Shift+A')
    await page.keyboard.press('Shift')
    await page.waitForTimeout(300)
    expect(new URL(page.url()).origin).toBe(inject('siteOrigin'))
    await page.close()
  })
})

describe.each([
  ['320 px wide', phone],
  ['1280 px wide at 200% zoom', desktopAt200Percent],
] as const)('reflow at %s', (_name, viewport) => {
  test.each(pages.map((url) => [url.pathname, url] as const))(
    '%s needs no horizontal scrolling',
    async (_path, url) => {
      const page = await openPage(url, viewport)
      const overflow = await page.evaluate(() => {
        const root = document.documentElement
        if (root.scrollWidth <= root.clientWidth) return null
        // Name the innermost elements that stick out, which are usually the ones to fix.
        const culprits = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
          .filter(
            (element, _index, all) => !all.some((other) => other !== element && element.contains(other)),
          )
          .slice(0, 5)
          .map((element) => {
            const id = element.id ? `#${element.id}` : ''
            const classes = [...element.classList].map((name) => `.${name}`).join('')
            const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)
            return `${element.tagName.toLowerCase()}${id}${classes} "${text}"`
          })
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits }
      })
      await page.close()
      expect(overflow, 'page scrolls sideways').toBeNull()
    },
  )
})
