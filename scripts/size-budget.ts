/**
 * Size budgets over the built site, measured gzipped (zlib's default level, as a typical host serves):
 * - each listing page's HTML plus the CSS it links: at most 14 KB (one round trip on a slow phone);
 * - each listing page's script, inline and loaded: at most 2 KB (quick exit and copy-link only);
 * - the search page's own JavaScript, before the Pagefind index (anything under /pagefind/): at most 30 KB;
 * - the leaflet builder's own JavaScript (the listing pages it reads are not counted): at most 30 KB.
 * Usage: `node scripts/size-budget.ts [dist] [--all]`; exits non-zero naming each page over budget.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { listFiles, resolveUrlPath, urlPathForFile } from './lib/dist.ts'
import { scanTags, type Tag } from './lib/html.ts'

const KB = 1024

export const budgets = {
  listingHtmlAndCss: 14 * KB,
  listingScript: 2 * KB,
  searchScript: 30 * KB,
  leafletScript: 30 * KB,
} as const

/**
 * Folders whose pages are listings, or lists of them: every HTML file under them is held to the
 * listing budgets.
 */
export const listingFolders = [
  'services',
  'courses',
  'organisations',
  'opportunities',
  'recovery-colleges',
  'areas',
  'topics',
  'get-involved',
] as const

export interface PageSize {
  /** URL path, e.g. `/services/croydon-hearing-voices/`. */
  page: string
  kind: 'listing' | 'search' | 'leaflet'
  html: number
  css: number
  script: number
  /** The files counted in `css` and `script`, as URL paths. */
  assets: string[]
}

export interface Breach {
  page: string
  budget: keyof typeof budgets
  size: number
  limit: number
  message: string
}

export interface BudgetReport {
  pages: PageSize[]
  breaches: Breach[]
}

const gzipSize = (content: string | Buffer): number => gzipSync(content).length

/** Script types a browser runs; anything else (JSON-LD, JSON data) is data, counted in the HTML only. */
const isExecutable = (tag: Tag): boolean => {
  const type = (tag.attributes.get('type') ?? '').trim().toLowerCase()
  return ['', 'module', 'text/javascript', 'application/javascript'].includes(type)
}

const staticImportPattern =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']|\bimport\s*["']([^"']+)["']/g

interface AssetCounter {
  /** Adds the file at `urlPath` (and, for a JavaScript module, everything it imports statically). */
  add(urlPath: string, kind: 'css' | 'script'): void
  css: number
  script: number
  assets: string[]
}

function assetCounter(distDir: string, skip: (urlPath: string) => boolean): AssetCounter {
  const seen = new Set<string>()
  const counter: AssetCounter = {
    css: 0,
    script: 0,
    assets: [],
    add(urlPath, kind) {
      if (seen.has(urlPath) || skip(urlPath)) return
      seen.add(urlPath)
      const file = resolveUrlPath(distDir, urlPath)
      if (file.kind !== 'file') return // a missing asset is the link check's to report
      const content = readFileSync(file.path)
      counter[kind] += gzipSize(content)
      counter.assets.push(urlPath)
      if (kind !== 'script') return
      for (const match of content.toString('utf8').matchAll(staticImportPattern)) {
        const specifier = match[1] ?? match[2]
        if (specifier?.startsWith('.') || specifier?.startsWith('/')) {
          counter.add(posix.resolve(posix.dirname(urlPath), specifier), 'script')
        }
      }
    },
  }
  return counter
}

/** Measures one page: its HTML, the stylesheets it links, and every script it runs on load. */
export function measurePage(
  distDir: string,
  relativeFile: string,
  kind: PageSize['kind'],
  skipScript: (urlPath: string) => boolean = () => false,
): PageSize {
  const page = urlPathForFile(relativeFile)
  const html = readFileSync(join(distDir, relativeFile), 'utf8')
  const pageUrl = new URL(page, 'https://site.invalid')
  const local = (value: string | undefined): string | undefined => {
    if (value === undefined || value === '' || !URL.canParse(value, pageUrl)) return undefined
    const url = new URL(value, pageUrl)
    return url.origin === pageUrl.origin ? url.pathname : undefined
  }
  const counter = assetCounter(distDir, skipScript)
  let inlineScript = 0
  for (const tag of scanTags(html)) {
    const rel = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
    if (tag.name === 'link' && rel.includes('stylesheet')) {
      const href = local(tag.attributes.get('href'))
      if (href !== undefined) counter.add(href, 'css')
    } else if (tag.name === 'link' && rel.includes('modulepreload')) {
      const href = local(tag.attributes.get('href'))
      if (href !== undefined) counter.add(href, 'script')
    } else if (tag.name === 'script' && isExecutable(tag)) {
      const src = local(tag.attributes.get('src'))
      if (src !== undefined) counter.add(src, 'script')
      else if (!tag.attributes.has('src') && tag.text?.trim()) inlineScript += gzipSize(tag.text)
    } else if (tag.name === 'astro-island') {
      for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = local(tag.attributes.get(attribute))
        if (url !== undefined) counter.add(url, 'script')
      }
    }
  }
  return {
    page,
    kind,
    html: gzipSize(html),
    css: counter.css,
    script: counter.script + inlineScript,
    assets: counter.assets,
  }
}

const formatKB = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`

/** Measures every listing page, the search page and the leaflet builder in `distDir` against the budgets. */
export function measureBudgets(distDir: string): BudgetReport {
  const pages: PageSize[] = []
  const breaches: Breach[] = []
  const breach = (page: string, budget: keyof typeof budgets, size: number, what: string) => {
    const limit = budgets[budget]
    if (size <= limit) return
    breaches.push({
      page,
      budget,
      size,
      limit,
      message: `${page}: ${what} is ${formatKB(size)} gzipped, over the ${formatKB(limit)} budget`,
    })
  }
  for (const file of listFiles(distDir, '.html')) {
    if (!listingFolders.some((folder) => file.startsWith(`${folder}/`))) continue
    const size = measurePage(distDir, file, 'listing')
    pages.push(size)
    breach(size.page, 'listingHtmlAndCss', size.html + size.css, 'HTML plus CSS')
    breach(
      size.page,
      'listingScript',
      size.script,
      'script (a listing page may carry only small enhancements such as quick exit and copy-link)',
    )
  }
  if (existsSync(join(distDir, 'search', 'index.html'))) {
    const size = measurePage(distDir, 'search/index.html', 'search', (urlPath) =>
      urlPath.startsWith('/pagefind/'),
    )
    pages.push(size)
    breach(size.page, 'searchScript', size.script, 'JavaScript loaded before the search index')
  }
  if (existsSync(join(distDir, 'leaflet', 'index.html'))) {
    const size = measurePage(distDir, 'leaflet/index.html', 'leaflet')
    pages.push(size)
    breach(size.page, 'leafletScript', size.script, 'the leaflet builder’s JavaScript')
  }
  return { pages, breaches }
}

/** A plain-text table of the largest pages (all of them with `all`), biggest first. */
export function formatBudgetTable(report: BudgetReport, { all = false } = {}): string {
  const sorted = [...report.pages].sort((a, b) => b.html + b.css - (a.html + a.css))
  const shown = all ? sorted : sorted.slice(0, 15)
  const rows = [
    ['page', 'HTML', 'CSS', 'HTML+CSS', 'script', ''],
    ...shown.map((size) => [
      size.page,
      formatKB(size.html),
      formatKB(size.css),
      formatKB(size.html + size.css),
      formatKB(size.script),
      report.breaches.some((item) => item.page === size.page) ? 'OVER BUDGET' : 'ok',
    ]),
  ]
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? []
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  )
  const listings = report.pages.filter((size) => size.kind === 'listing').length
  const hidden = sorted.length - shown.length
  return [
    ...lines,
    ...(hidden > 0 ? [`… and ${hidden} smaller pages (--all lists every page)`] : []),
    '',
    `${listings} listing pages; budgets (gzip): listing HTML+CSS ${formatKB(budgets.listingHtmlAndCss)}, ` +
      `listing script ${formatKB(budgets.listingScript)}, search page script ${formatKB(budgets.searchScript)}, ` +
      `leaflet page script ${formatKB(budgets.leafletScript)}`,
  ].join('\n')
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const distDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist')
  const report = measureBudgets(distDir)
  console.log(formatBudgetTable(report, { all: args.includes('--all') }))
  if (report.pages.length === 0) {
    console.error(`\nNo listing or search pages in ${distDir}: build the site first (npm run build).`)
    process.exitCode = 1
  }
  for (const item of report.breaches) console.error(`\nOver budget: ${item.message}`)
  if (report.breaches.length > 0) process.exitCode = 1
}
