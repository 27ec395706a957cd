import { describe, expect, test } from 'vitest'
import {
  cacheKindFor,
  isHtml,
  isKeepable,
  offlineFallback,
  pageCacheKey,
  pagesToKeepOnClaim,
  searchEngineCacheKey,
  searchEngineCacheName,
  staleSearchEngineCaches,
  workerCaches,
} from './routes'

const origin = 'https://findpeersupport.example.org'
const get = (path: string, mode: RequestMode = 'cors') => ({ url: `${origin}${path}`, mode, method: 'GET' })

describe('cacheKindFor', () => {
  test('keeps every page a person opens, search pages included', () => {
    for (const path of ['/', '/services/croydon-hearing-voices/', '/search/?q=hearing%20voices', '/crisis/'])
      expect(cacheKindFor(get(path, 'navigate'), origin), path).toBe('page')
  })

  test('keeps files whose names change with their content cache first', () => {
    for (const path of [
      '/_astro/search.BxF3k2a1.js',
      '/pagefind/index/en-gb_2d5f1a7.pf_index',
      '/pagefind/fragment/en-gb_9c0e3b1.pf_fragment',
      '/pagefind/filter/en-gb_71aa0c2.pf_filter',
      '/pagefind/pagefind.en-gb_4afaa2d02c9b2.pf_meta',
    ])
      expect(cacheKindFor(get(path), origin), path).toBe('static')
  })

  test("keeps the search engine's unhashed files in the build's own cache", () => {
    for (const path of [
      '/search/answers/hearing-voices.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json?ts=a05638c1',
      '/pagefind/wasm.en-gb.pagefind',
      '/pagefind/pagefind-worker.js',
    ])
      expect(cacheKindFor(get(path), origin), path).toBe('searchEngine')
  })

  test('never keeps the Studio, other sites, or anything but GET', () => {
    expect(cacheKindFor(get('/studio/', 'navigate'), origin)).toBeUndefined()
    expect(cacheKindFor(get('/studio', 'navigate'), origin)).toBeUndefined()
    expect(cacheKindFor(get('/studio/static/app.js'), origin)).toBeUndefined()
    expect(
      cacheKindFor({ ...get('/'), url: 'https://www.bbc.co.uk/weather', mode: 'navigate' }, origin),
    ).toBe(undefined)
    expect(cacheKindFor({ ...get('/services/x/', 'navigate'), method: 'POST' }, origin)).toBeUndefined()
  })

  test('leaves other files to the network', () => {
    for (const path of [
      '/favicon.svg',
      '/services/x.ics',
      '/open-data/listings.csv',
      '/sw.js',
      '/services/x/',
    ])
      expect(cacheKindFor(get(path), origin), path).toBeUndefined()
  })

  test('does not take a page whose name starts with "studio" for the Studio', () => {
    expect(cacheKindFor(get('/studios-open-day/', 'navigate'), origin)).toBe('page')
  })
})

describe('pageCacheKey', () => {
  test('keeps the search page once, whatever was searched', () => {
    const keys = ['/search/', '/search/?q=hearing%20voices', '/search/?q=carers&area=croydon'].map((path) =>
      pageCacheKey(`${origin}${path}`),
    )
    expect(new Set(keys)).toEqual(new Set([`${origin}/search/`]))
  })

  test('keeps a page under its own address, without a query or fragment', () => {
    expect(pageCacheKey(`${origin}/services/a/?utm_source=leaflet#contact`)).toBe(`${origin}/services/a/`)
    expect(pageCacheKey(`${origin}/services/b/`)).not.toBe(pageCacheKey(`${origin}/services/a/`))
  })
})

describe('searchEngineCacheKey', () => {
  test("finds Pagefind's entry file whatever time it was stamped with", () => {
    expect(searchEngineCacheKey(`${origin}/pagefind/pagefind-entry.json?ts=1795600000000`)).toBe(
      `${origin}/pagefind/pagefind-entry.json`,
    )
  })
})

describe('staleSearchEngineCaches', () => {
  test("lists other builds' search-engine caches and nothing else", () => {
    const names = [
      searchEngineCacheName('old1'),
      searchEngineCacheName('new2'),
      'fps-pages',
      'fps-static',
      'workbox-precache-v2-https://findpeersupport.example.org/',
    ]
    expect(staleSearchEngineCaches(names, 'new2')).toEqual([searchEngineCacheName('old1')])
    expect(staleSearchEngineCaches(names, 'old1')).toEqual([searchEngineCacheName('new2')])
  })
})

describe('isKeepable', () => {
  const response = { status: 200, type: 'basic', redirected: false } as const
  test('keeps a whole answer from this site', () => {
    expect(isKeepable(response)).toBe(true)
  })
  test('never keeps errors, missing pages, redirects or opaque answers', () => {
    expect(isKeepable({ ...response, status: 404 })).toBe(false)
    expect(isKeepable({ ...response, status: 500 })).toBe(false)
    expect(isKeepable({ ...response, status: 206 })).toBe(false)
    expect(isKeepable({ ...response, redirected: true })).toBe(false)
    expect(isKeepable({ ...response, status: 0, type: 'opaque' })).toBe(false)
    expect(isKeepable({ ...response, status: 0, type: 'opaqueredirect' })).toBe(false)
  })
})

describe('isHtml', () => {
  const typed = (type: string) => ({ headers: new Headers({ 'content-type': type }) })
  test('keeps pages, not the downloads a link also opens', () => {
    expect(isHtml(typed('text/html; charset=utf-8'))).toBe(true)
    expect(isHtml(typed('Text/HTML'))).toBe(true)
    expect(isHtml(typed('text/calendar; charset=utf-8'))).toBe(false)
    expect(isHtml(typed('text/csv; charset=utf-8'))).toBe(false)
    expect(isHtml({ headers: new Headers() })).toBe(false)
  })
})

describe('offlineFallback', () => {
  const precached = ['/offline/', '/crisis/']
  test('shows the crisis page, stored at install, even if it was never opened', () => {
    expect(offlineFallback(`${origin}/crisis/`, precached)).toBe('/crisis/')
  })
  test('shows the offline page for any other page not kept', () => {
    expect(offlineFallback(`${origin}/services/never-opened/`, precached)).toBe('/offline/')
    expect(offlineFallback(`${origin}/crisis/extra/`, precached)).toBe('/offline/')
  })
})

describe('pagesToKeepOnClaim', () => {
  test('keeps the listing a person had open before the worker started', () => {
    expect(pagesToKeepOnClaim([`${origin}/services/croydon-hearing-voices/`], origin)).toEqual([
      `${origin}/services/croydon-hearing-voices/`,
    ])
  })

  test('keeps each open page once, the search page under its one key', () => {
    const open = [
      `${origin}/search/?q=carers`,
      `${origin}/search/?q=hearing%20voices`,
      `${origin}/services/a/`,
      `${origin}/services/a/#contact`,
    ]
    expect(pagesToKeepOnClaim(open, origin)).toEqual([`${origin}/search/`, `${origin}/services/a/`])
  })

  test('leaves out a Studio tab and pages of other sites', () => {
    expect(pagesToKeepOnClaim([`${origin}/studio/#/desk`, 'https://example.com/page/'], origin)).toEqual([])
  })
})

describe('workerCaches', () => {
  test("finds the worker's caches and Workbox's precache, and nothing the site did not make", () => {
    const names = [
      'fps-pages',
      'fps-static',
      searchEngineCacheName('abc'),
      'workbox-precache-v2-https://findpeersupport.example.org/',
      'someone-elses-cache',
    ]
    expect(workerCaches(names)).toEqual(names.slice(0, 4))
  })
})
