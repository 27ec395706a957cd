/**
 * What the browser tests share: a static file server for the built site, Debian's Chromium driven by
 * playwright-core, and the list of pages to visit (from the site's own sitemap).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { resolveUrlPath, sitemapUrls } from '../../scripts/lib/dist.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server, e.g. `http://127.0.0.1:41234`. */
    siteOrigin: string
    /** Playwright endpoint of the one Chromium shared by every test file. */
    browserEndpoint: string
    distDir: string
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

/**
 * Serves `root` on 127.0.0.1 (a free port) as a static host would: `/x/` serves `x/index.html`,
 * `/x` redirects to `/x/` when x is a folder, and a miss gets `404.html` with status 404.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const notFoundPage = join(root, '404.html')
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const target = resolveUrlPath(root, url.pathname)
    if (target.kind === 'folder-without-slash') {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
      return
    }
    const [status, path] =
      target.kind === 'file' ? [200, target.path] : [404, existsSync(notFoundPage) ? notFoundPage : undefined]
    if (path === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    response.writeHead(status, {
      'content-type': contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(path).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      }),
  }
}

/** Connects to the run's shared Chromium (started once by global-setup.ts). */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'))
}

/**
 * A fresh browser context (its own cookies and storage) for the site. Requests to any other origin
 * are refused, so the tests never wait on the network and never leave the machine.
 */
export async function siteContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const origin = inject('siteOrigin')
  const context = await browser.newContext({ locale: 'en-GB', reducedMotion: 'reduce', ...options })
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  )
  return context
}

/**
 * For a test file: connects to the shared Chromium and opens one site context before its tests,
 * and closes both after them. Read them inside tests, once `beforeAll` has run.
 */
export function sharedSiteContext(options: BrowserContextOptions = {}): {
  browser: () => Browser
  context: () => BrowserContext
} {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  beforeAll(async () => {
    browser = await connectBrowser()
    context = await siteContext(browser, options)
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The shared browser is opened in beforeAll: use it inside a test')
    return value
  }
  return { browser: () => opened(browser), context: () => opened(context) }
}

/** Every page in the site's sitemap, plus the 404 page (which no sitemap lists), as URLs on the local server. */
export function sitePages(): URL[] {
  const origin = inject('siteOrigin')
  const pages = sitemapUrls(inject('distDir')).map((url) => new URL(`${url.pathname}${url.search}`, origin))
  if (existsSync(join(inject('distDir'), '404.html'))) pages.push(new URL('/404.html', origin))
  return pages
}

/**
 * One page of each kind: the home page and every other top-level page (`/services/`, `/404.html`),
 * and the first entry of each section (`/services/some-group/`). New page types are picked up as they land.
 */
export function samplePages(pages: readonly URL[] = sitePages()): URL[] {
  const byKind = new Map<string, URL>()
  for (const url of [...pages].sort((a, b) => a.pathname.localeCompare(b.pathname))) {
    const segments = url.pathname.split('/').filter(Boolean)
    const kind = segments.length <= 1 ? url.pathname : `/${segments[0] ?? ''}/*/`
    if (!byKind.has(kind)) byKind.set(kind, url)
  }
  return [...byKind.values()]
}

/** The source of axe-core, to evaluate inside a page. */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
}
