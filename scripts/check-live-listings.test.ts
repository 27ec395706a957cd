import { describe, expect, test } from 'vitest'
import { documentKinds, listKeys } from '../site/lib/content/kinds'
import { sitemapFiles, tempSite } from '../tests/build/temp-site'
import {
  checkLiveListings,
  countListings,
  fewRemovals,
  listingKinds,
  siteRoot,
  tooManyRemoved,
  type ListingCounts,
} from './check-live-listings.ts'
import { sitemapLocations } from './lib/dist.ts'

const root = siteRoot('https://example.org')

const counts = (values: Partial<ListingCounts>): ListingCounts => ({
  organisations: 0,
  services: 0,
  courses: 0,
  opportunities: 0,
  ...values,
})

/** `n` listing pages of `kind`, as URL paths. */
const pages = (kind: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `/${kind}/${kind}-${i}/`)

/** A stand-in for the live site: answers the files given (path → body) and 404 for anything else. */
function liveSite(files: Record<string, string>) {
  const asked: string[] = []
  const fetchPage = (url: URL) => {
    asked.push(url.href)
    const body = files[url.pathname.slice(1)]
    return Promise.resolve({
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      text: () => Promise.resolve(body ?? 'Not found'),
    })
  }
  return { fetchPage, asked }
}

describe('listingKinds', () => {
  test('are exactly the kinds the build guards', () => {
    expect([...listingKinds].sort()).toEqual(listKeys.filter((key) => 'guarded' in documentKinds[key]).sort())
  })
})

describe('countListings', () => {
  test('counts listing pages by kind, and nothing else', () => {
    const urls = [
      '/',
      '/services/',
      '/services/a/',
      '/services/b/',
      '/services/b.ics',
      '/services/b/qr.svg',
      '/courses/c/',
      '/recovery-colleges/d/',
      '/areas/croydon/',
    ].map((path) => new URL(path, root))
    expect(countListings(urls, root)).toEqual(counts({ services: 2, courses: 1 }))
  })

  test('reads paths inside a site that lives in a folder, and ignores other sites', () => {
    const folder = siteRoot('https://example.github.io/find-peer-support')
    const urls = [
      'https://example.github.io/find-peer-support/services/a/',
      'https://example.github.io/services/b/',
      'https://example.org/find-peer-support/services/c/',
    ].map((address) => new URL(address))
    expect(countListings(urls, folder)).toEqual(counts({ services: 1 }))
  })
})

describe('tooManyRemoved', () => {
  test('lets a handful of listings go, even from a small directory', () => {
    expect(tooManyRemoved(counts({ opportunities: 8 }), counts({ opportunities: 8 - fewRemovals }))).toEqual(
      [],
    )
  })

  test('lets up to a fifth of a large directory go', () => {
    expect(tooManyRemoved(counts({ services: 100 }), counts({ services: 80 }))).toEqual([])
  })

  test('stops a build that takes away more than a fifth and more than a handful', () => {
    expect(tooManyRemoved(counts({ services: 100 }), counts({ services: 79 }))).toEqual([
      { kind: 'services', live: 100, next: 79 },
    ])
    expect(tooManyRemoved(counts({ courses: 8 }), counts({ courses: 2 }))).toEqual([
      { kind: 'courses', live: 8, next: 2 },
    ])
  })

  test('judges each kind on its own, so one emptied kind is not hidden by the others', () => {
    const live = counts({ services: 200, opportunities: 14 })
    expect(tooManyRemoved(live, counts({ services: 200, opportunities: 0 })).map(({ kind }) => kind)).toEqual(
      ['opportunities'],
    )
  })

  test('never minds new listings', () => {
    expect(tooManyRemoved(counts({ services: 10 }), counts({ services: 500 }))).toEqual([])
  })
})

describe('sitemapLocations', () => {
  test('reads each address, decoding entities', () => {
    expect(
      sitemapLocations('<urlset><url><loc> https://example.org/a/?x=1&amp;y=2 </loc></url></urlset>').map(
        String,
      ),
    ).toEqual(['https://example.org/a/?x=1&y=2'])
  })
})

describe('checkLiveListings', () => {
  const build = (paths: string[]) => tempSite(sitemapFiles(paths))
  const check = (distDir: string, live: ReturnType<typeof liveSite>, allowFewer = false) =>
    checkLiveListings({ distDir, siteUrl: 'https://example.org', allowFewer, fetchPage: live.fetchPage })

  test('passes a build with as many listings as the live site, reading every live sitemap', async () => {
    const live = liveSite(sitemapFiles([...pages('services', 30), ...pages('courses', 10)]))
    const verdict = await check(build([...pages('services', 31), ...pages('courses', 10)]), live)
    expect(verdict.ok).toBe(true)
    expect(verdict.message).toContain('The live site has 0 organisations, 30 services, 10 courses')
    expect(live.asked).toEqual(['https://example.org/sitemap-index.xml', 'https://example.org/sitemap-0.xml'])
  })

  test('stops a build with far fewer listings than the live site, saying how to publish it anyway', async () => {
    const live = liveSite(sitemapFiles(pages('services', 97)))
    const verdict = await check(build(pages('services', 12)), live)
    expect(verdict.ok).toBe(false)
    expect(verdict.message).toContain("would take away 85 of the live site's 97 services")
    expect(verdict.message).toContain('"Allow fewer listings"')
  })

  test('publishes far fewer listings when ALLOW_FEW_LISTINGS says so', async () => {
    const live = liveSite(sitemapFiles(pages('services', 97)))
    const verdict = await check(build(pages('services', 12)), live, true)
    expect(verdict.ok).toBe(true)
    expect(verdict.message).toContain('as ALLOW_FEW_LISTINGS allows')
  })

  test('goes on, saying so, when the live site has no sitemap yet', async () => {
    const verdict = await check(build(pages('services', 3)), liveSite({}))
    expect(verdict.ok).toBe(true)
    expect(verdict.message).toMatch(
      /Could not read the live site's sitemap \(.*sitemap-index\.xml answered 404\)/,
    )
  })

  test('goes on, saying so, when the live site cannot be reached', async () => {
    const verdict = await checkLiveListings({
      distDir: build(pages('services', 3)),
      siteUrl: 'https://example.org',
      allowFewer: false,
      fetchPage: () => Promise.reject(new Error('getaddrinfo ENOTFOUND example.org')),
    })
    expect(verdict.ok).toBe(true)
    expect(verdict.message).toContain('ENOTFOUND')
  })
})
