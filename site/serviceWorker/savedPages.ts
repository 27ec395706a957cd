/*
 * The list of pages kept on this device, which the worker adds to the offline page as it shows it:
 * each page's own title, and when it was saved, newest first. Done in the worker, which has the
 * pages to hand, so the offline page carries no script of its own.
 */
import { offlinePage, pagesCacheName } from './routes'
import { savedAtOf, savedOnWords } from './savedAt'

/** A page read from the pages cache. */
export interface KeptPage {
  url: string
  /** The page's `<title>` as its HTML has it (so already escaped), e.g. "Croydon Group – Find Peer Support". */
  title: string
  savedAt: Date | undefined
}

/** A link on the offline page to a kept page. */
export interface SavedPageLink {
  href: string
  /** HTML text, escaped. */
  name: string
  /** "saved on Thursday 26 November at 10:04am", or empty when the page does not say. */
  saved: string
}

/** The text of a page's `<title>`, as written in its HTML; empty when it has none. */
export function titleOf(html: string): string {
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? ''
  return title.trim()
}

/**
 * Links to the kept pages, newest first. Titles lose the site's name (every one ends
 * " – Find Peer Support"); the offline page itself is left out.
 */
export function savedPageLinks(pages: readonly KeptPage[], now: Date): SavedPageLink[] {
  return pages
    .filter((page) => new URL(page.url).pathname !== offlinePage)
    .sort((a, b) => (b.savedAt?.getTime() ?? 0) - (a.savedAt?.getTime() ?? 0))
    .map((page) => {
      const { pathname } = new URL(page.url)
      return {
        href: pathname,
        name: page.title.replace(/ – [^–]*$/, '').trim() || pathname,
        saved: page.savedAt ? `saved on ${savedOnWords(page.savedAt, now)}` : '',
      }
    })
}

/** Where the offline page leaves room for the list (site/pages/offline.astro). */
const placeholder = /<div data-saved-pages(?:="")?><\/div>/

/** The offline page's HTML with the list of saved pages in its place; left as it is when there are none. */
export function addSavedPages(html: string, links: readonly SavedPageLink[]): string {
  if (links.length === 0) return html
  const items = links
    .map(({ href, name, saved }) => `<li><a href="${href}">${name}</a>${saved ? ` (${saved})` : ''}</li>`)
    .join('')
  return html.replace(
    placeholder,
    '<section aria-labelledby="saved-pages" class="max-w-2xl">' +
      `<h2 id="saved-pages">Pages saved on this device</h2><ul>${items}</ul></section>`,
  )
}

/** Every page in the worker's pages cache, with its title and when it was saved. */
export async function keptPages(): Promise<KeptPage[]> {
  const cache = await caches.open(pagesCacheName)
  const pages = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const response = await cache.match(request)
      return (
        response && { url: request.url, title: titleOf(await response.text()), savedAt: savedAtOf(response) }
      )
    }),
  )
  return pages.filter((page) => page !== undefined)
}

/** The offline page's response with the list of pages saved on this device added. */
export async function withSavedPages(response: Response, now: Date): Promise<Response> {
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const html = addSavedPages(await response.text(), savedPageLinks(await keptPages(), now))
  return new Response(html, { status: response.status, statusText: response.statusText, headers })
}
