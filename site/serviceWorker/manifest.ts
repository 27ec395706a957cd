/*
 * What the build tells the worker (at build time, in Node): an id for the build, and the list of
 * files to store at install, each with a hash of its content as its revision.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { scriptImports } from '../lib/builtScripts'
import { urls } from '../lib/urls'
import { offlinePage } from './routes'

/** The worker's own file, left out of the build id it carries. */
export const workerFile = 'sw.js'

/** Pages stored at install: what every visitor pays for, so just these two. */
export const precachedPages = [offlinePage, urls.crisis] as const

export interface PrecacheEntry {
  url: string
  revision: string
}

const hashOf = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex')

/** The page's own HTML file in the output: `/crisis/` is `crisis/index.html`. */
const pageFile = (outDir: string, page: string): string => join(outDir, page, 'index.html')

/** The site's own scripts and stylesheets a page loads (`/_astro/…`), which must work offline too. */
export function pageAssets(html: string): string[] {
  const found = html.matchAll(/\s(?:src|href)="(\/_astro\/[^"?#]+\.(?:js|css))"/g)
  return [...new Set([...found].map((match) => match[1] ?? ''))]
}

/**
 * The precache list: the offline and crisis pages and the files they load (with the scripts those
 * import), each with a revision (a hash of its content), so a new build re-stores exactly what
 * changed. Stops the build, naming the page, when one of them or a file it loads was not built.
 */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  const entries = new Map<string, string>()
  const add = (url: string, file: string, from: string): Buffer => {
    if (!existsSync(file)) throw new Error(`${from} loads ${url}, which the build did not write.`)
    const content = readFileSync(file)
    entries.set(url, hashOf(content).slice(0, 16))
    return content
  }
  const addScript = (url: string, from: string): void => {
    if (entries.has(url)) return
    const content = add(url, join(outDir, url), from).toString('utf8')
    if (url.endsWith('.js')) for (const imported of scriptImports(content, url)) addScript(imported, url)
  }
  for (const page of precachedPages) {
    const file = pageFile(outDir, page)
    if (!existsSync(file))
      throw new Error(
        `The offline service worker stores ${page} at install, but the build has no ${file}: ` +
          `restore the page, or take it out of precachedPages in site/serviceWorker/manifest.ts.`,
      )
    const html = add(page, file, page).toString('utf8')
    for (const asset of pageAssets(html)) addScript(asset, page)
  }
  return [...entries].map(([url, revision]) => ({ url, revision }))
}

/**
 * A hash of every file the build wrote (their paths and contents), but the worker itself: a build
 * that changes anything gets a new id, so its worker differs and browsers install it.
 */
export function buildId(outDir: string): string {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== workerFile)
    .sort()
  const hash = createHash('sha256')
  for (const path of files) hash.update(`${path}\0${hashOf(readFileSync(join(outDir, path)))}\0`)
  return hash.digest('hex').slice(0, 16)
}
