/**
 * Links that last: a copy of the sample where one group's web address was changed in the Studio
 * and published. Its old address, on leaflets and in people's messages, must still lead to it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { sitemapUrls } from '../../scripts/lib/dist.ts'
import { urls } from '../../site/lib/urls.ts'
import { earlierSlugsPatch } from '../../studio/actions/earlierSlugs.ts'
import { readDataset } from '../e2e/contentLake.ts'
import { serveStatic, type StaticServer } from '../e2e/harness.ts'
import { buildFrom, type BuiltCopy } from './build-from.ts'

type Doc = { _id: string; _type: string; name?: string; status?: string; slug?: { current: string } }

const documents = readDataset('studio/seed/sample.ndjson') as (Doc & Record<string, unknown>)[]
const ids = new Set(documents.map(({ _id }) => _id))
// A running group with meeting times (so it has a calendar to subscribe to) and no unpublished draft.
const group = documents.find(
  (doc) =>
    doc._type === 'service' &&
    doc.status === 'running' &&
    !doc._id.startsWith('drafts.') &&
    !ids.has(`drafts.${doc._id}`) &&
    Array.isArray(doc['schedules']) &&
    doc['schedules'].length > 0,
)
if (!group?.slug || !group.name) throw new Error('the sample has no running group with meeting times')
const oldSlug = group.slug.current
const newSlug = `${oldSlug}-renamed`

// What the Studio publishes: the draft with its new address, plus what Publish keeps.
const draft = { ...group, slug: { _type: 'slug', current: newSlug } }
const [keep] = earlierSlugsPatch(draft, group)
const published = { ...draft, ...keep?.set }
const renamed = documents.map((doc) => (doc === group ? published : doc))

let built: BuiltCopy
let server: StaticServer
let browser: Browser
const file = (path: string) => readFileSync(join(built.outDir, path), 'utf8')

beforeAll(async () => {
  built = await buildFrom(renamed.map((doc) => JSON.stringify(doc)).join('\n'), 'moved')
  server = await serveStatic(built.outDir)
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}, 240_000)

afterAll(async () => {
  await browser.close()
  await server.close()
  await built.remove()
})

describe('a listing whose web address changed', () => {
  test('Publish kept the old address', () => {
    expect(published.previousSlugs).toEqual([oldSlug])
  })

  test('its old link leads a browser to the listing', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.origin}${urls.service(oldSlug)}`)
    await page.waitForURL(`${server.origin}${urls.service(newSlug)}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(group.name)
    await page.close()
  })

  test('the old address says where the page went, for a browser that does not follow it', () => {
    const html = file(`services/${oldSlug}/index.html`)
    const address = new URL(urls.service(newSlug), sitemapUrls(built.outDir)[0]).href
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${urls.service(newSlug)}">`)
    expect(html).toContain(`<link rel="canonical" href="${address}">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('This page has moved')
    expect(html).toContain(`href="${urls.service(newSlug)}"`)
  })

  test('hosts that read a _redirects file send the page and its calendar on for good', () => {
    expect(file('_redirects')).toBe(
      `${urls.service(oldSlug)} ${urls.service(newSlug)} 301\n` +
        `${urls.serviceCalendar(oldSlug)} ${urls.serviceCalendar(newSlug)} 301\n`,
    )
  })

  test('a calendar subscribed to at the old address still updates', () => {
    expect(file(urls.serviceCalendar(oldSlug))).toBe(file(urls.serviceCalendar(newSlug)))
  })

  test('the sitemap lists the new address, not the old one', () => {
    const paths = sitemapUrls(built.outDir).map(({ pathname }) => pathname)
    expect(paths).toContain(urls.service(newSlug))
    expect(paths).not.toContain(urls.service(oldSlug))
    expect(existsSync(join(built.outDir, 'services', oldSlug, 'index.html'))).toBe(true)
  })
})
