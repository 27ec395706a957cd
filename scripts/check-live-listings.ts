/**
 * The deploy's guard against a cut-short dataset. The build itself stops when it would publish fewer
 * than half of what the content source holds, but a truncated export or a half-emptied dataset is a
 * small source, so that check passes. This one compares the new build with the site people use now:
 * it counts the listing pages in each sitemap and stops when the new build would take away more than
 * a fifth of any kind of listing (and more than a handful).
 *
 * Usage: `SITE_URL=https://… node scripts/check-live-listings.ts [dist]`. `ALLOW_FEW_LISTINGS=true`
 * (the same switch as the build's own guard) reports the comparison and lets the deploy go on.
 * When the live site has no sitemap yet (the first deploy) or cannot be reached, it says so and
 * lets the deploy go on: a site that is down must still be fixable by publishing.
 */
import { resolve } from 'node:path'
import { sitemapLocations, sitemapUrls } from './lib/dist.ts'

/** The guarded kinds of listing (see `guarded` in site/lib/content/kinds.ts): each has a page at `/{kind}/{slug}/`. */
export const listingKinds = ['organisations', 'services', 'courses', 'opportunities'] as const

export type ListingKind = (typeof listingKinds)[number]
export type ListingCounts = Record<ListingKind, number>

/** A kind may lose up to this share of its live listings in one deploy… */
export const maxShareRemoved = 0.2
/** …and always this many, so a small directory can still close a few groups at once. */
export const fewRemovals = 5

/** The site's home address, always ending in `/` so that addresses resolve inside it. */
export function siteRoot(address: string): URL {
  const url = new URL(address)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** How many listing pages of each kind are among `urls`, for the site whose home is `root`. */
export function countListings(urls: readonly URL[], root: URL): ListingCounts {
  const counts = Object.fromEntries(listingKinds.map((kind) => [kind, 0])) as ListingCounts
  for (const url of urls) {
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) continue
    const [kind, slug, ...rest] = url.pathname.slice(root.pathname.length).split('/')
    const isListingPage = slug && rest.length === 1 && rest[0] === ''
    if (isListingPage && (listingKinds as readonly string[]).includes(kind ?? ''))
      counts[kind as ListingKind]++
  }
  return counts
}

export type Loss = { kind: ListingKind; live: number; next: number }

/** The kinds the new build would take away too many of, compared with the live site. */
export function tooManyRemoved(live: ListingCounts, next: ListingCounts): Loss[] {
  return listingKinds
    .map((kind) => ({ kind, live: live[kind], next: next[kind] }))
    .filter(({ live, next }) => live - next > Math.max(fewRemovals, live * maxShareRemoved))
}

type Fetch = (url: URL) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>

/** What the live site's sitemap lists, or why it could not be read. */
export async function liveSitemapUrls(
  root: URL,
  fetchPage: Fetch,
): Promise<{ urls: URL[] } | { unreadable: string }> {
  const read = async (url: URL): Promise<string> => {
    const response = await fetchPage(url)
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`)
    return response.text()
  }
  try {
    const index = sitemapLocations(await read(new URL('sitemap-index.xml', root)))
    const sitemaps = await Promise.all(index.map(async (sitemap) => sitemapLocations(await read(sitemap))))
    return { urls: sitemaps.flat() }
  } catch (error) {
    // fetch() says only "fetch failed"; the reason (no such host, refused, timed out) is its cause.
    const { message, cause } = error as Error
    return { unreadable: cause instanceof Error ? `${message}: ${cause.message}` : message }
  }
}

const describe = (counts: ListingCounts): string =>
  listingKinds.map((kind) => `${counts[kind]} ${kind}`).join(', ')

export type Verdict = { ok: boolean; message: string }

/** Compares the build in `distDir` with the live site at `siteUrl`, and says whether to deploy it. */
export async function checkLiveListings(options: {
  distDir: string
  siteUrl: string
  allowFewer: boolean
  fetchPage: Fetch
}): Promise<Verdict> {
  const { distDir, siteUrl, allowFewer, fetchPage } = options
  const root = siteRoot(siteUrl)
  const next = countListings(sitemapUrls(distDir), root)
  const live = await liveSitemapUrls(root, fetchPage)
  if ('unreadable' in live) {
    return {
      ok: true,
      message:
        `Could not read the live site's sitemap (${live.unreadable}), so this build was not compared with it. ` +
        `That is expected on the first deploy. The new build has ${describe(next)}.`,
    }
  }
  const liveCounts = countListings(live.urls, root)
  const losses = tooManyRemoved(liveCounts, next)
  const comparison = `The live site has ${describe(liveCounts)}; the new build has ${describe(next)}.`
  if (losses.length === 0) return { ok: true, message: comparison }
  const lost = losses
    .map(({ kind, live, next }) => `${live - next} of the live site's ${live} ${kind}`)
    .join(', ')
  if (allowFewer)
    return { ok: true, message: `${comparison} Taking away ${lost}, as ALLOW_FEW_LISTINGS allows.` }
  return {
    ok: false,
    message:
      `${comparison} This build would take away ${lost}, so it was not published: a dataset cut short by ` +
      'mistake looks like this. Check the dataset in the Studio, or restore a backup (README → Backups). ' +
      'If these listings really should go, run the "Publish the site" workflow by hand ' +
      '(Actions → Publish the site → Run workflow) with "Allow fewer listings" ticked.',
  }
}

if (import.meta.main) {
  const siteUrl = process.env['SITE_URL']?.trim()
  if (!siteUrl) {
    console.error(
      "SITE_URL is not set: set it to the site's public address, like https://findpeersupport.org.uk/",
    )
    process.exit(1)
  }
  const verdict = await checkLiveListings({
    distDir: resolve(process.argv[2] ?? 'dist'),
    siteUrl,
    allowFewer: process.env['ALLOW_FEW_LISTINGS'] === 'true',
    fetchPage: (url) => fetch(url, { signal: AbortSignal.timeout(30_000) }),
  })
  if (verdict.ok) console.log(verdict.message)
  else {
    // An `::error::` line shows in the workflow run's summary as well as its log.
    console.error(`::error::${verdict.message}`)
    process.exitCode = 1
  }
}
