/*
 * The offline service worker, bundled to /sw.js by site/integrations/serviceWorker.ts, which fills
 * in this build's id and the precache list. It keeps what a person has opened, so on a ward with no
 * signal they can reopen a listing, see the crisis numbers and repeat a search:
 * - pages: from the network first (4 s, then the kept copy, with a notice saying when it was saved);
 * - `/_astro/` files and Pagefind's index parts: from the cache first (their names change with them);
 * - Pagefind's unhashed files: from this build's own cache first;
 * - the offline page and the crisis page: stored at install, for pages never opened.
 */
import { clientsClaim } from 'workbox-core'
import type { WorkboxPlugin } from 'workbox-core/types'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching'
import { registerRoute, setCatchHandler } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { withOfflineNotice } from './offlineNotice'
import {
  cacheKindFor,
  isHtml,
  isKeepable,
  offlineFallback,
  offlinePage,
  pageCacheKey,
  pagesCacheName,
  pagesToKeepOnClaim,
  searchEngineCacheKey,
  searchEngineCacheName,
  staleSearchEngineCaches,
  staticCacheName,
  type CacheKind,
} from './routes'
import { withSavedAt } from './savedAt'
import { withSavedPages } from './savedPages'

/** A hash of the build's files, so each build's worker differs by a byte and browsers install it. */
declare const __BUILD_ID__: string
/** The pages stored at install (and the files they load), each with a hash of its content. */
declare const __PRECACHE__: { url: string; revision: string }[]

// The worker's global scope, as much of it as this file uses. (The project's TypeScript program
// has the DOM's types, not the worker's, so they are written out here rather than mixed in.)
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
declare const self: {
  readonly location: Location
  skipWaiting(): Promise<void>
  readonly registration: { readonly navigationPreload?: { enable(): Promise<void> } }
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>
  }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
}

const DAY = 86_400

/**
 * Workbox's expiration plugin. Its declaration gives each callback as possibly undefined, which
 * this project's `exactOptionalPropertyTypes` reads as not quite a plugin; it is one.
 */
const expiring = (maxEntries: number): WorkboxPlugin =>
  new ExpirationPlugin({ maxEntries, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }) as WorkboxPlugin

const pages = new NetworkFirst({
  cacheName: pagesCacheName,
  // A dropped ward Wi-Fi often hangs rather than fails: after 4 s the kept copy is shown instead.
  networkTimeoutSeconds: 4,
  plugins: [
    {
      cacheKeyWillBeUsed: ({ request }) => Promise.resolve(pageCacheKey(request.url)),
      cacheWillUpdate: ({ response }) =>
        Promise.resolve(isKeepable(response) && isHtml(response) ? withSavedAt(response, new Date()) : null),
    },
    expiring(200),
    // Only ever called when the network failed or was too slow: the kept copy says so.
    {
      cachedResponseWillBeUsed: async ({ cachedResponse }) =>
        cachedResponse ? withOfflineNotice(cachedResponse, new Date()) : null,
    },
  ],
})

const keepOnlyWhole = {
  cacheWillUpdate: ({ response }: { response: Response }) =>
    Promise.resolve(isKeepable(response) ? response : null),
}

const strategies: Record<CacheKind, CacheFirst | NetworkFirst> = {
  page: pages,
  static: new CacheFirst({
    cacheName: staticCacheName,
    plugins: [keepOnlyWhole, expiring(400)],
  }),
  searchEngine: new CacheFirst({
    cacheName: searchEngineCacheName(__BUILD_ID__),
    plugins: [
      keepOnlyWhole,
      { cacheKeyWillBeUsed: ({ request }) => Promise.resolve(searchEngineCacheKey(request.url)) },
    ],
  }),
}

for (const [kind, strategy] of Object.entries(strategies)) {
  registerRoute(({ request }) => cacheKindFor(request, self.location.origin) === kind, strategy)
}

const precachedPages = __PRECACHE__.map(({ url }) => url).filter((url) => url.endsWith('/'))

// Offline and not kept: a page falls back to the offline page, with the list of pages kept here (or
// to the crisis page, stored at install); a file the precache holds comes from there.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return (await matchPrecache(request)) ?? Response.error()
  const page = offlineFallback(request.url, precachedPages)
  const fallback = await matchPrecache(page)
  if (!fallback) return Response.error()
  return page === offlinePage ? withSavedPages(fallback, new Date()) : fallback
})

precache(__PRECACHE__)
cleanupOutdatedCaches()

// A new worker takes over at once, rather than after every tab of the site is closed, so a
// person who opened one listing is covered from then on.
self.addEventListener('install', () => void self.skipWaiting())
clientsClaim()

self.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([
      // A page's request starts while the worker wakes, not after (network first uses it).
      self.registration.navigationPreload?.enable(),
      caches
        .keys()
        .then((names) =>
          Promise.all(staleSearchEngineCaches(names, __BUILD_ID__).map((name) => caches.delete(name))),
        ),
      // The tabs this worker takes over loaded before it ran: keep their pages now.
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) =>
        Promise.all(
          pagesToKeepOnClaim(
            clients.map(({ url }) => url),
            self.location.origin,
          ).map((url) => pages.handle({ request: new Request(url), event }).catch(() => undefined)),
        ),
      ),
    ]),
  )
})
