/*
 * Which of the site's requests the offline service worker keeps, and in which cache. Pure functions
 * over URLs, shared by the worker (site/serviceWorker/sw.ts) and the offline page that lists what it kept.
 */
import { urls } from '../lib/urls'

/** Where the page that says what works offline lives. */
export const offlinePage = '/offline/'

/** Pages a person opened. Kept across builds: each says when it was saved. */
export const pagesCacheName = 'fps-pages'
/** Files whose names change when their content does (`/_astro/`, Pagefind's index parts). */
export const staticCacheName = 'fps-static'
const searchEngineCachePrefix = 'fps-search-engine-'

/**
 * Every cache the worker made, among `cacheNames`: its own, and Workbox's precache
 * (`workbox-precache-v2-<scope>`). What the switched-off worker deletes.
 */
export function workerCaches(cacheNames: readonly string[]): string[] {
  return cacheNames.filter((name) => name.startsWith('fps-') || name.startsWith('workbox-precache'))
}

/**
 * The search engine's files whose names carry no hash (Pagefind's script, entry file and
 * WebAssembly, and the search page's data files), kept for one build only: a newer build's entry
 * file must never meet an older build's script.
 */
export function searchEngineCacheName(buildId: string): string {
  return `${searchEngineCachePrefix}${buildId}`
}

/** Other builds' search-engine caches among `cacheNames`, which a newly active worker deletes. */
export function staleSearchEngineCaches(cacheNames: readonly string[], buildId: string): string[] {
  const current = searchEngineCacheName(buildId)
  return cacheNames.filter((name) => name.startsWith(searchEngineCachePrefix) && name !== current)
}

/** How the worker handles a request: which cache it belongs to, or none (left to the network). */
export type CacheKind = 'page' | 'static' | 'searchEngine'

const isStudio = (path: string): boolean => `${path}/`.startsWith(urls.studio)
const hashedSearchFile = /^\/pagefind\/(?:(?:index|fragment|filter)\/[^/]+|[^/]+\.pf_meta)$/
/** Pagefind's other files, and the search page's own data (the answers to common searches). */
const searchEngineFile = /^\/(?:pagefind\/[^/]+|search\/.+)$/

/**
 * The cache a request belongs to. Only this site's GET requests are kept, never the Studio's
 * (partners must always see live content there). Pages are whatever the browser navigates to.
 */
export function cacheKindFor(
  request: Pick<Request, 'url' | 'mode' | 'method'>,
  origin: string,
): CacheKind | undefined {
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== origin || isStudio(url.pathname)) return undefined
  if (request.mode === 'navigate') return 'page'
  if (url.pathname.startsWith('/_astro/') || hashedSearchFile.test(url.pathname)) return 'static'
  if (searchEngineFile.test(url.pathname)) return 'searchEngine'
  return undefined
}

/**
 * The key a page is kept under: its address without the query. Every page is a static file, the
 * same whatever the query says; so `/search/?q=anything` is one entry, the search page, which
 * reads the query from the address itself.
 */
export function pageCacheKey(url: string): string {
  const { origin, pathname } = new URL(url)
  return `${origin}${pathname}`
}

/**
 * The key a search-engine file is kept under: its address without the query. Pagefind adds
 * `?ts=` to its entry file to get past HTTP caches; the cache it is kept in is this build's alone,
 * so the tag adds nothing there, and one stamped with the time would never be found offline.
 */
export const searchEngineCacheKey = pageCacheKey

/**
 * Whether a response is worth keeping: a whole, successful answer from this site. Errors, 404s,
 * redirects (a browser refuses a redirected response for a page) and other sites' opaque
 * answers are not.
 */
export function isKeepable(response: Pick<Response, 'status' | 'type' | 'redirected'>): boolean {
  return response.status === 200 && response.type === 'basic' && !response.redirected
}

/**
 * Whether a response is a web page. A link to a calendar file or the CSV is a navigation too, but
 * a download is not a page to keep or to list on the offline page.
 */
export function isHtml(response: Pick<Response, 'headers'>): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')
}

/**
 * What to show for a page that is neither online nor kept: the page itself when it was stored at
 * install (the crisis page), otherwise the offline page.
 */
export function offlineFallback(url: string, precachedPages: readonly string[]): string {
  const { pathname } = new URL(url)
  return precachedPages.includes(pathname) ? pathname : offlinePage
}

/**
 * The pages to keep when a new worker takes charge of the tabs already open ("claim"). Those pages
 * loaded before any worker ran, so none was kept; without this, the listing a person opened
 * first would not reopen offline. Only this site's pages, once each, never the Studio.
 */
export function pagesToKeepOnClaim(openPages: readonly string[], origin: string): string[] {
  const keys = openPages
    .filter((url) => cacheKindFor({ url, mode: 'navigate', method: 'GET' }, origin) === 'page')
    .map(pageCacheKey)
  return [...new Set(keys)]
}
