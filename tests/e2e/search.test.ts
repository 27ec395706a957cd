/**
 * The search page as a person uses it: people's words, filters, shared links, Back, near me,
 * keyboard only, and the page without JavaScript. Expected listings come from the dataset the
 * site was built from, never typed in by hand.
 */
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { testClock } from '../clock.ts'
import { sharedSiteContext, siteContext } from './harness.ts'
import {
  allResultNames,
  eventually,
  openSearch as openSearchIn,
  resultNames,
  resultsAnnounced,
} from './searchPage.ts'

type Doc = Record<string, unknown> & { _id: string; _type: string; name?: string }
const datasetPath = process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson'
const documents = readFileSync(datasetPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)
  .filter((doc) => !doc._id.startsWith('drafts.'))

/** Whether a document's own schedule or sessions fall on a Saturday or Sunday. */
function meetsAtWeekend(doc: Doc): boolean {
  const schedules = (doc['schedules'] as Array<{ byday?: string[] }> | undefined) ?? []
  const sessions = (doc['sessions'] as Array<{ date: string }> | undefined) ?? []
  return (
    schedules.some((schedule) => schedule.byday?.some((day) => day === 'SA' || day === 'SU')) ||
    sessions.some((session) => [0, 6].includes(new Date(`${session.date}T12:00:00Z`).getUTCDay()))
  )
}

const site = sharedSiteContext()

const origin = () => inject('siteOrigin')
/** Opens the search page at `query` and waits for the results to be announced. */
const openSearch = (query: string, on: BrowserContext = site.context()): Promise<Page> =>
  openSearchIn(on, query)

describe('people’s words find what a person means, near the top', () => {
  const cases: Array<[string, RegExp]> = [
    ['bipolar', /bipolar/i],
    ['bi-polar', /bipolar/i],
    ['manic depression', /bipolar/i],
    ['hearing voices', /hearing voices/i],
    ['voices', /hearing voices/i],
    ['carer', /carer/i],
    ['carers', /carer/i],
    ['after hospital', /hospital/i],
    ['leaving hospital', /hospital/i],
    ['voises', /hearing voices/i],
    ['biploar', /bipolar/i],
  ]
  test.each(cases)('“%s” puts matching listings in the top three', async (words, expected) => {
    const page = await openSearch(`?q=${encodeURIComponent(words)}`)
    const top = (await resultNames(page)).slice(0, 3)
    expect(top.length, `no results for ${words}`).toBeGreaterThan(0)
    for (const name of top) expect(name).toMatch(expected)
    await page.close()
  })

  test.each(['LGBT', 'LGBTQ+', 'gay', 'lesbian', 'trans'])(
    '“%s” puts the listings for LGBTQ+ people at the top',
    async (words) => {
      const forLgbtq = new Set(
        documents
          .filter((doc) => (doc['audiences'] as string[] | undefined)?.includes('lgbtq'))
          .map((doc) => doc.name),
      )
      expect(forLgbtq.size).toBeGreaterThan(0)
      const page = await openSearch(`?q=${encodeURIComponent(words)}`)
      const top = (await resultNames(page)).slice(0, Math.min(3, forLgbtq.size))
      for (const name of top) expect(forLgbtq.has(name), `${name} is not for LGBTQ+ people`).toBe(true)
      await page.close()
    },
  )

  test('“self referral” shows only listings that need no referral', async () => {
    const page = await openSearch('?q=self%20referral')
    const cards = page.locator('[data-results] > li')
    expect(await cards.count()).toBeGreaterThan(5)
    for (const card of await cards.all())
      await eventually(() => card.textContent()).toContain('No referral needed')
    await page.close()
  })

  test('“weekend” shows only listings that meet at the weekend, the soonest first', async () => {
    const atWeekends = new Set(documents.filter(meetsAtWeekend).map((doc) => doc.name))
    const page = await openSearch('?q=weekend')
    const names = await allResultNames(page)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(atWeekends.has(name), `${name} does not meet at weekends`).toBe(true)
    const cards = await page.locator('[data-results] > li').allTextContents()
    const next = cards.map((card) => /Next session: \w+ (\d+ \w+ \d{4})/.exec(card)?.[1])
    const dates = next.flatMap((date) => (date ? [Date.parse(`${date} 12:00 UTC`)] : []))
    expect(dates.length, 'no result has a next session').toBeGreaterThan(0)
    // Listings with no next session (paused, or a course that has finished) come after the rest.
    expect(next.slice(0, dates.length).every(Boolean)).toBe(true)
    expect(dates).toEqual([...dates].sort((a, b) => a - b))
    const today = Date.parse(
      `${testClock().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })} 00:00 UTC`,
    )
    expect(dates[0]).toBeGreaterThanOrEqual(today)
    await page.close()
  })

  test('“online” shows listings that happen online', async () => {
    const page = await openSearch('?q=online')
    const onlineNames = new Set(
      documents
        .filter(
          (doc) =>
            (doc['delivery'] as string[] | undefined)?.includes('online') ||
            ['online', 'blended'].includes(String(doc['format'])),
        )
        .map((doc) => doc.name),
    )
    const names = await resultNames(page)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(onlineNames.has(name), `${name} is not online`).toBe(true)
    await page.close()
  })

  test('an area name shows that area’s listings, and says a misspelling was corrected', async () => {
    const page = await openSearch('?q=croydn')
    await eventually(() => page.getByText('Showing results for “croydon”').count()).toBe(1)
    for (const card of await page.locator('[data-results] > li').all())
      expect(await card.textContent()).toContain('Croydon')
    await page.close()
  })

  test('a postcode district of a venue sorts by distance, and a faraway one is said plainly', async () => {
    const page = await openSearch('?q=CR0')
    const first = (await page.locator('[data-results] > li').first().textContent()) ?? ''
    expect(first).toMatch(/miles? away/)
    expect(first).toContain('Croydon')
    await page.close()
    const nowhere = await openSearch('?q=ZE1')
    await eventually(() => nowhere.getByText(/We cannot place ZE1/).count()).toBe(1)
    await nowhere.close()
  })
})

describe('filters', () => {
  test('Croydon + no referral + evenings gives exactly the listings the data says', async () => {
    const croydon = (doc: Doc) =>
      (doc['areas'] as Array<{ _ref: string }> | undefined)?.some((area) => area._ref === 'area-croydon')
    const londonNow = testClock()
      .toLocaleString('sv-SE', { timeZone: 'Europe/London' })
      .replace(' ', 'T')
      .slice(0, 16)
    const expected = documents.filter((doc) => {
      if (!croydon(doc)) return false
      if (doc._type === 'service') {
        const noReferral = ['open-to-all', 'self-referral'].includes(String(doc['accessRoute']))
        const evening = (doc['schedules'] as Array<{ opensAt: string }> | undefined)?.some(
          (schedule) => schedule.opensAt >= '17:00',
        )
        return noReferral && evening
      }
      if (doc._type === 'course') {
        const sessions = doc['sessions'] as Array<{ date: string; startsAt: string; endsAt: string }>
        // A course whose last session has ended at the build's clock has left search.
        const running = sessions.some((session) => `${session.date}T${session.endsAt}` > londonNow)
        return running && sessions.some((session) => session.startsAt >= '17:00')
      }
      return false
    })
    expect(expected.length).toBeGreaterThan(0)
    const page = await openSearch('?area=croydon&access=self-referral&when=evening')
    const names = await allResultNames(page)
    expect([...names].sort()).toEqual(expected.map((doc) => doc.name).sort())
    expect(await page.getByRole('status').textContent()).toBe(`${expected.length} results with 3 filters`)
    await eventually(() => page.getByRole('checkbox', { name: /^Croydon/ }).isChecked()).toBe(true)
    await page.close()
  })

  test('before any filter is ticked, each filter says how many results it would keep', async () => {
    const page = await openSearch('?q=hearing+voices')
    const names = await allResultNames(page)
    const groups = documents.filter(
      (doc) => doc._type === 'service' && doc['kind'] === 'group' && names.includes(doc.name ?? ''),
    )
    expect(groups.length).toBeGreaterThan(0)
    const count = page.getByRole('checkbox', { name: /^Peer support group \(\d+\)/ })
    await eventually(async () => (await count.locator('..').textContent())?.trim()).toBe(
      `Peer support group (${groups.length})`,
    )
    await page.close()
  })

  test('ticking a filter shows its count, and “Clear filters” removes every filter', async () => {
    const page = await openSearch('?q=voices')
    const croydon = page.getByRole('checkbox', { name: /^Croydon \(\d+\)/ })
    const count = Number(/\((\d+)\)/.exec((await croydon.locator('..').textContent()) ?? '')?.[1])
    await croydon.check()
    await eventually(() => page.getByRole('status').textContent()).toBe(
      `${count} ${count === 1 ? 'result' : 'results'} for “voices” with 1 filter`,
    )
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await eventually(() => new URL(page.url()).search).toBe('?q=voices')
    await page.close()
  })

  test('no results suggests removing a filter, online options and the crisis page', async () => {
    const page = await openSearch('?q=zzzzqqq&area=croydon')
    expect(await page.getByRole('status').textContent()).toMatch(/^No results/)
    await eventually(() => page.getByRole('button', { name: 'Remove “Croydon”' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'See support you can join online' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'see crisis support' }).isVisible()).toBe(true)
    await page.close()
  })

  test('a hostile or broken address is ignored safely, keeping what makes sense', async () => {
    const page = await site.context().newPage()
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto(
      `${origin()}/search/?q=%3Cimg%20src=x%20onerror=alert(1)%3E&area=atlantis&kind=group&sort=%3Cb%3E&colour=red`,
    )
    await resultsAnnounced(page)
    expect(dialogs).toBe(0)
    expect(await page.getByRole('searchbox').inputValue()).toBe('<img src=x onerror=alert(1)>')
    await eventually(() => page.getByRole('checkbox', { name: /^Peer support group/ }).isChecked()).toBe(true)
    await page.close()
  })
})

describe('the address holds the search', () => {
  test('copying the address into a new browser reproduces the results', async () => {
    const page = await openSearch('?q=carers')
    await page.getByRole('checkbox', { name: /^No referral needed/ }).check()
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name')
    await eventually(() => page.url()).toContain('sort=name')
    await resultsAnnounced(page)
    const shared = page.url()
    const names = await resultNames(page)
    const status = await page.getByRole('status').textContent()

    const other = await siteContext(site.browser())
    const copy = await other.newPage()
    await copy.goto(shared)
    await resultsAnnounced(copy)
    expect(await copy.getByRole('status').textContent()).toBe(status)
    expect(await resultNames(copy)).toEqual(names)
    await other.close()
    await page.close()
  })

  test('Back restores the previous search and its filters', async () => {
    const page = await openSearch('?q=voices')
    const before = await resultNames(page)
    const beforeStatus = await page.getByRole('status').textContent()
    await page.getByRole('checkbox', { name: /^Leeds/ }).check()
    await eventually(() => page.url()).toContain('area=leeds')
    await eventually(() => page.getByRole('status').textContent()).not.toBe(beforeStatus)
    await page.goBack()
    await eventually(() => page.getByRole('status').textContent()).toBe(beforeStatus)
    expect(await page.getByRole('checkbox', { name: /^Leeds/ }).isChecked()).toBe(false)
    expect(await resultNames(page)).toEqual(before)
    await page.close()
  })
})

describe('keyboard and small screens', () => {
  test('a search, a filter and a result can be reached and used with the keyboard alone', async () => {
    const page = await site.context().newPage()
    await page.goto(`${origin()}/search/`)
    await resultsAnnounced(page)
    const box = page.getByRole('searchbox', { name: 'What are you looking for?' })
    for (
      let presses = 0;
      presses < 40 && !(await box.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type('hearing voices')
    await page.keyboard.press('Enter')
    await eventually(() => page.url()).toContain('q=hearing+voices')
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '')
    for (let presses = 0; presses < 5 && (await focused()) !== 'checkbox'; presses += 1)
      await page.keyboard.press('Tab')
    expect(await focused()).toBe('checkbox')
    await page.keyboard.press('Space')
    await eventually(() => new URL(page.url()).searchParams.get('kind')).not.toBeNull()
    await page.close()
  })

  test('at 320px the filters fold behind a button that says whether it is open, and do not trap focus', async () => {
    const small = await siteContext(site.browser(), { viewport: { width: 320, height: 640 } })
    const page = await openSearch('?q=voices', small)
    const toggle = page.getByRole('button', { name: 'Filters' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByRole('checkbox', { name: /^Croydon/ }).isVisible()).toBe(false)
    await toggle.focus()
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.getByRole('checkbox', { name: /^Croydon/ }).isVisible()).toBe(true)
    const inPanel = () => page.evaluate(() => document.activeElement?.closest('#filter-panel') !== null)
    await page.keyboard.press('Tab')
    expect(await inPanel()).toBe(true)
    for (let presses = 0; presses < 200 && (await inPanel()); presses += 1) await page.keyboard.press('Tab')
    expect(await inPanel(), 'Tab should carry on past the filters').toBe(false)
    await small.close()
  })
})

describe('near me', () => {
  test('never asks for a location on load, and sorts by distance when asked', async () => {
    const located = await siteContext(site.browser(), {
      geolocation: { latitude: 51.3727, longitude: -0.0999 },
      permissions: ['geolocation'],
    })
    await located.addInitScript(() => {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation)
      ;(window as unknown as { asked: number }).asked = 0
      navigator.geolocation.getCurrentPosition = (...args) => {
        ;(window as unknown as { asked: number }).asked += 1
        original(...args)
      }
    })
    const page = await openSearch('?q=group', located)
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(0)
    await page.getByRole('button', { name: 'Use my location' }).click()
    await eventually(() => page.url()).toContain('sort=distance')
    await eventually(
      async () => (await page.locator('[data-results] > li').first().textContent()) ?? '',
    ).toMatch(/miles? away/)
    expect(page.url()).not.toMatch(/51\.37|lat/)
    await located.close()
  })
})

describe('without JavaScript', () => {
  test('offers the browse routes and says why search needs JavaScript', async () => {
    const noScript = await siteContext(site.browser(), { javaScriptEnabled: false })
    const page = await noScript.newPage()
    await page.goto(`${origin()}/search/`)
    expect(await page.getByText(/Search needs JavaScript/).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Find support by area' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Croydon' }).getAttribute('href')).toBe('/areas/croydon/')
    expect(await page.getByRole('heading', { name: 'Find support by topic' }).isVisible()).toBe(true)
    expect(await page.getByRole('searchbox').isVisible()).toBe(false)
    await noScript.close()
  })
})
