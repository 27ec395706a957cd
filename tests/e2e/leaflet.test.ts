/**
 * The leaflet builder, used as a ward nurse would, with the keyboard only: search, add five
 * listings from the results, open the leaflet, move one up, print it to PDF and read the PDF back.
 * What the leaflet must say comes from the dataset the site was built from.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { needsNoReferral } from '@findpeersupport/content-model/rules'
import type { AccessRoute, EnrolmentRoute } from '@findpeersupport/content-model/vocabulary'
import { describe, expect, inject, test } from 'vitest'
import { qrCodeSvg } from '../../site/lib/qrCode.ts'
import { readDataset, type LakeDocument } from './contentLake.ts'
import { axeSource, sharedSiteContext, siteContext } from './harness.ts'
import { eventually, openSearch } from './searchPage.ts'

const documents = readDataset(process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson').filter(
  (doc) => !doc._id.startsWith('drafts.'),
)
const settings = documents.find((doc) => doc._type === 'siteSettings')
const crisisNumbers = ((settings?.['crisisContacts'] ?? []) as Array<{ number: string }>).map(
  (contact) => contact.number,
)
const slugOf = (doc: LakeDocument) => (doc['slug'] as { current: string }).current
const folders: Record<string, string> = {
  service: 'services',
  course: 'courses',
  opportunity: 'opportunities',
}
const pathOf = (doc: LakeDocument) => `/${folders[doc._type] ?? ''}/${slugOf(doc)}/`
/** The listing a leaflet address part names, like `services/some-group`. */
const listingAt = (ref: string): LakeDocument => {
  const found = documents.find((doc) => doc._type in folders && pathOf(doc) === `/${ref}/`)
  if (!found) throw new Error(`The dataset has no listing at /${ref}/`)
  return found
}
const nameOf = (doc: LakeDocument) => String(doc['name'])
/** The listings a leaflet's address holds, in order. */
const leafletListings = (page: Page) =>
  (new URL(page.url()).searchParams.get('l') ?? '').split(',').filter(Boolean).map(listingAt)

/** Whether a listing's leaflet entry should say "No referral needed": it runs, and nobody has to refer you. */
function noReferralDue(doc: LakeDocument): boolean {
  if (doc['status'] !== 'running') return false
  if (doc._type === 'service') return needsNoReferral(doc['accessRoute'] as AccessRoute)
  const enrolment = doc['enrolment'] as EnrolmentRoute | undefined
  return doc._type === 'course' && enrolment !== undefined && needsNoReferral(enrolment)
}

const closedService = documents.find((doc) => doc._type === 'service' && doc['status'] === 'closed')
const runningService = documents.find((doc) => doc._type === 'service' && doc['status'] === 'running')

/** The day the tests print on: a Thursday after the build. */
const printDay = new Date('2026-11-26T10:00:00Z')

const site = sharedSiteContext({ viewport: { width: 1280, height: 900 } })

/** The accessible name of whatever has focus, spaces collapsed. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  })

/** Whether the element has keyboard focus. */
const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)

/**
 * Presses Tab (or Shift+Tab) until something whose name matches has focus, as a keyboard user
 * moves through a page.
 */
async function tabTo(page: Page, name: string | RegExp, { back = false } = {}): Promise<string> {
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const focused = await focusedName(page)
    if (typeof name === 'string' ? focused === name : name.test(focused)) return focused
  }
  throw new Error(`Pressing ${back ? 'Shift+Tab' : 'Tab'} never reached ${String(name)}`)
}

/** The listings on the leaflet, as their headings name them, in order, once all have loaded. */
async function leafletNames(page: Page): Promise<string[]> {
  await eventually(() => page.locator('[data-list]').getAttribute('aria-busy')).toBe('false')
  return page
    .getByRole('list', { name: /^Your leaflet/ })
    .getByRole('heading', { level: 3 })
    .allTextContents()
}

/** Prints the page to A4 and reads each page's text back. */
async function printedText(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' })
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })
  return text.map((pageText) => pageText.replace(/\s+/g, ' '))
}

describe('making a leaflet from search results with the keyboard', () => {
  test('five listings, reordered, print on one or two A4 pages with their QR codes, crisis numbers and the date', async () => {
    // What a ward nurse might look for before someone goes home.
    const page = await openSearch(site.context(), '?q=after+hospital')
    await page.clock.setFixedTime(printDay)

    // Add the first five listings the results offer, announced one by one.
    const added: string[] = []
    for (let count = 1; count <= 5; count += 1) {
      const button = await tabTo(page, /^Add to leaflet: /)
      await page.keyboard.press('Enter')
      const name = button.replace(/^Add to leaflet: /, '')
      added.push(name)
      await eventually(() => page.getByText(`Added ${name} to the leaflet.`).textContent()).toBe(
        `Added ${name} to the leaflet. It has ${count} ${count === 1 ? 'listing' : 'listings'}.`,
      )
      expect(
        await hasFocus(page.getByRole('button', { name: `Remove from leaflet: ${name}`, exact: true })),
        'focus stays on the button, which now removes',
      ).toBe(true)
    }
    await tabTo(page, 'Your leaflet (5)', { back: true })
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/leaflet\/\?l=/)
    expect(leafletListings(page).map(nameOf), 'the address holds the listings in the order added').toEqual(
      added,
    )
    expect(await leafletNames(page)).toEqual(added)
    expect(await page.getByRole('heading', { level: 2, name: /^Your leaflet/ }).textContent()).toBe(
      'Your leaflet: 5 listings',
    )

    // Move the third listing up: it swaps with the second, focus stays with it, and the change is announced.
    const third = added[2] ?? ''
    await tabTo(page, `Move up: ${third}`)
    await page.keyboard.press('Enter')
    const order = [added[0], third, added[1], added[3], added[4]]
    expect(await leafletNames(page)).toEqual(order)
    expect(await hasFocus(page.getByRole('button', { name: `Move up: ${third}`, exact: true }))).toBe(true)
    expect(await page.getByRole('status').textContent()).toBe(`Moved ${third} to number 2 of 5.`)
    const orderedDocs = leafletListings(page)
    expect(orderedDocs.map(nameOf), 'the address keeps the new order').toEqual(order)
    expect(
      new Set(orderedDocs.map(noReferralDue)).size,
      'the leaflet mixes listings that need a referral and listings that do not',
    ).toBe(2)

    // Print: one or two pages, every name in the chosen order, each with what it needs.
    const pages = await printedText(page)
    expect(pages.length).toBeGreaterThanOrEqual(1)
    expect(pages.length).toBeLessThanOrEqual(2)
    const text = pages.join(' ')
    expect(text).toContain('Peer support you can join')
    expect(text).toContain('Printed on 26 November 2026')
    for (const number of crisisNumbers) expect(text).toContain(number)
    const starts = order.map((name) => text.indexOf(name ?? ''))
    expect(starts.every((start) => start >= 0)).toBe(true)
    expect(
      [...starts].sort((a, b) => a - b),
      'the names print in the chosen order',
    ).toEqual(starts)
    orderedDocs.forEach((doc, index) => {
      const entry = text.slice(starts[index], starts[index + 1] ?? text.length)
      expect(entry.includes('No referral needed'), `"No referral needed" for ${nameOf(doc)}`).toBe(
        noReferralDue(doc),
      )
    })
    expect(text).not.toMatch(/Move up|Move down|Remove|Print leaflet|Leave this site/)

    // Each QR code is the listing's own, and holds the listing's address.
    const qrCodes = page.getByRole('img', { name: /^QR code for / })
    expect(await qrCodes.evaluateAll((images) => images.map((image) => image.getAttribute('src')))).toEqual(
      orderedDocs.map((doc) => `${pathOf(doc)}qr.svg`),
    )
    for (const doc of orderedDocs) {
      const html = readFileSync(join(inject('distDir'), pathOf(doc), 'index.html'), 'utf8')
      const address = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? ''
      expect(address.endsWith(pathOf(doc))).toBe(true)
      expect(readFileSync(join(inject('distDir'), pathOf(doc), 'qr.svg'), 'utf8')).toBe(
        await qrCodeSvg(address),
      )
    }

    // Remove one: focus moves to the next listing's Remove button, and the leaflet says what happened.
    const fourth = order[3] ?? ''
    await tabTo(page, `Remove: ${fourth}`)
    await page.keyboard.press('Enter')
    expect(await leafletNames(page)).toEqual(order.filter((name) => name !== fourth))
    expect(await hasFocus(page.getByRole('button', { name: `Remove: ${order[4] ?? ''}`, exact: true }))).toBe(
      true,
    )
    expect(await page.getByRole('status').textContent()).toBe(
      `Removed ${fourth}. The leaflet has 4 listings.`,
    )
    expect(new URL(page.url()).searchParams.get('l')?.split(',')).toHaveLength(4)
    await page.close()
  })
})

describe('a leaflet link', () => {
  test.runIf(closedService && runningService)(
    'with a closed listing, one no longer listed and a broken part says so, and prints only the rest',
    async () => {
      if (!closedService || !runningService) return
      const page = await site.context().newPage()
      const parts = [
        pathOf(runningService),
        pathOf(closedService),
        '/services/no-such-group/',
        'services/<b>',
      ]
      await page.goto(
        `${inject('siteOrigin')}/leaflet/?l=${parts.map((part) => part.replace(/^\/|\/$/g, '')).join(',')}`,
      )
      expect(await leafletNames(page)).toEqual([
        nameOf(runningService),
        nameOf(closedService),
        'services/no-such-group',
      ])
      const problems = page.getByRole('region', { name: 'Part of this leaflet link could not be used' })
      expect(await problems.textContent()).toContain(
        '“services/<b>” is not a listing on this site, so it was left out.',
      )
      expect(await page.getByText(/has closed, so it will not be printed/).textContent()).toMatch(
        /^This (group|service|\w+) has closed, so it will not be printed\. Remove it from the leaflet\.$/,
      )
      await eventually(() => page.getByText('services/no-such-group is no longer listed').isVisible()).toBe(
        true,
      )
      expect(await page.getByRole('heading', { level: 2, name: /^Your leaflet/ }).textContent()).toBe(
        'Your leaflet: 3 listings (2 will not be printed)',
      )
      const text = (await printedText(page)).join(' ')
      expect(text).toContain(nameOf(runningService))
      expect(text).not.toContain(nameOf(closedService))
      expect(text).not.toContain('no-such-group')
      expect(text).not.toContain('could not be used')
      await page.close()
    },
  )

  test('follows a listing that has moved to a new address, by a redirect page or an HTTP redirect', async () => {
    const [first, second] = documents.filter((doc) => doc._type === 'service' && doc['status'] === 'running')
    if (!first || !second) throw new Error('The dataset needs two running services')
    const page = await site.context().newPage()
    // A renamed listing's old address: a page that names the new one as canonical, as a static host serves it ...
    await page.route('**/services/old-name-one/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en-GB"><head><title>Moved</title><link rel="canonical" href="https://findpeersupport.example.org${pathOf(first)}"></head><body><a href="${pathOf(first)}">This page has moved</a></body></html>`,
      }),
    )
    // ... and a host that reads _redirects answers with a redirect.
    await page.route('**/services/old-name-two/', (route) =>
      route.fulfill({ status: 301, headers: { location: pathOf(second) } }),
    )
    await page.goto(`${inject('siteOrigin')}/leaflet/?l=services/old-name-one,services/old-name-two`)
    expect(await leafletNames(page)).toEqual([nameOf(first), nameOf(second)])
    expect(leafletListings(page), 'the address now holds the new addresses').toEqual([first, second])
    await page.close()
  })

  test('has no accessibility violations with listings on it (axe, WCAG 2.2 A and AA)', async () => {
    const page = await site.context().newPage()
    const listings = documents
      .filter((doc) => doc._type in folders && doc['status'] === 'running')
      .slice(0, 3)
    const refs = [...listings.map((doc) => pathOf(doc).slice(1, -1)), 'services/no-such-group']
    await page.goto(`${inject('siteOrigin')}/leaflet/?l=${refs.join(',')},oops`)
    expect(await leafletNames(page)).toHaveLength(4)
    await page.evaluate(axeSource())
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe
      const results = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'heading-order': { enabled: true }, 'landmark-one-main': { enabled: true } },
      })) as { violations: { id: string; nodes: { target: unknown[] }[] }[] }
      return results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    })
    expect(violations).toEqual([])
    await page.close()
  })
})

describe('"Add to a leaflet" on a listing page', () => {
  test('a plain link that builds one leaflet across listing pages in the same tab', async () => {
    const [first, second] = documents.filter((doc) => doc._type === 'service' && doc['status'] === 'running')
    if (!first || !second) throw new Error('The dataset needs two running services')
    const page = await site.context().newPage()
    for (const doc of [first, second]) {
      await page.goto(`${inject('siteOrigin')}${pathOf(doc)}`)
      await tabTo(page, 'Add to a leaflet')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/leaflet\//)
      await leafletNames(page)
    }
    expect(await leafletNames(page)).toEqual([nameOf(first), nameOf(second)])
    expect(new URL(page.url()).search).toBe(`?l=${pathOf(first).slice(1, -1)},${pathOf(second).slice(1, -1)}`)
    await page.close()
  })
})

describe('without JavaScript', () => {
  test('the leaflet page says it needs JavaScript, and a listing page prints well on its own', async () => {
    const context = await siteContext(site.browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${inject('siteOrigin')}/leaflet/`)
    expect(await page.getByText(/needs JavaScript/).textContent()).toMatch(
      /Making a leaflet .* needs JavaScript/,
    )
    expect(await page.getByText(/Every listing page prints well on its own/).isVisible()).toBe(true)

    const listing = documents.find((doc) => doc._type === 'service' && noReferralDue(doc))
    if (!listing) throw new Error('The dataset needs a running service that takes self-referral')
    await page.goto(`${inject('siteOrigin')}${pathOf(listing)}`)
    const pages = await printedText(page)
    expect(pages.length).toBeLessThanOrEqual(2)
    const text = pages.join(' ')
    expect(text).toContain(nameOf(listing))
    expect(text).toContain('No referral needed')
    for (const number of crisisNumbers) expect(text).toContain(number)
    expect(text).not.toContain('Add to a leaflet')
    await context.close()
  })
})
