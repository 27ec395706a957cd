/** Finding pages and files in the built site (`dist/`) the way a static host would. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'
import { decodeEntities } from './html.ts'

/** Every file under `distDir` whose name ends with `extension`, as a sorted list of `/`-separated paths. */
export function listFiles(distDir: string, extension: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(extension))
    .map((path) => path.split(sep).join('/'))
    .sort()
}

/** The URL path a host serves a built file at: `services/x/index.html` → `/services/x/`. */
export function urlPathForFile(relativePath: string): string {
  if (relativePath === 'index.html') return '/'
  if (relativePath.endsWith('/index.html')) return `/${relativePath.slice(0, -'index.html'.length)}`
  return `/${relativePath}`
}

export type Resolution =
  | { kind: 'file'; path: string }
  | { kind: 'folder-without-slash' }
  | { kind: 'missing' }
  | { kind: 'outside' }

/** Which file in `distDir` a URL path (already stripped of query and fragment) is served from. */
export function resolveUrlPath(distDir: string, urlPath: string): Resolution {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { kind: 'missing' }
  }
  const root = normalize(distDir)
  const candidate = normalize(join(root, decoded))
  if (candidate !== root && !candidate.startsWith(root + sep)) return { kind: 'outside' }
  if (decoded.endsWith('/')) {
    const index = join(candidate, 'index.html')
    return existsSync(index) ? { kind: 'file', path: index } : { kind: 'missing' }
  }
  if (!existsSync(candidate)) return { kind: 'missing' }
  if (statSync(candidate).isDirectory()) return { kind: 'folder-without-slash' }
  return { kind: 'file', path: candidate }
}

/** The `<loc>` addresses in a sitemap or sitemap index. */
export function sitemapLocations(xml: string): URL[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(
    (match) => new URL(decodeEntities(match[1] ?? '')),
  )
}

/**
 * Every page URL listed in the site's sitemap (`sitemap-index.xml` and the sitemaps it names),
 * as absolute URLs on the site's public origin.
 */
export function sitemapUrls(distDir: string): URL[] {
  const indexPath = join(distDir, 'sitemap-index.xml')
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} is missing: build the site first (npm run build), with @astrojs/sitemap on`)
  }
  const pages: URL[] = []
  for (const sitemapLocation of sitemapLocations(readFileSync(indexPath, 'utf8'))) {
    const sitemap = resolveUrlPath(distDir, sitemapLocation.pathname)
    if (sitemap.kind !== 'file') {
      throw new Error(`sitemap-index.xml names ${sitemapLocation.href}, which is not in ${distDir}`)
    }
    pages.push(...sitemapLocations(readFileSync(sitemap.path, 'utf8')))
  }
  return pages
}
