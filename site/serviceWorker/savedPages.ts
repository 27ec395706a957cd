/*
 * The list of pages kept on this device, as the offline page shows it: each page's own title, and
 * when it was saved, newest first.
 */
import { offlinePage } from './routes'
import { savedOnWords } from './savedAt'

/** A page read from the pages cache. */
export interface KeptPage {
  url: string
  /** The page's `<title>`, e.g. "Croydon Hearing Voices Group – Find Peer Support". */
  title: string
  savedAt: Date | undefined
}

/** A link on the offline page to a kept page. */
export interface SavedPageLink {
  href: string
  name: string
  /** "saved on Thursday 26 November at 10:04am", or empty when the page does not say. */
  saved: string
}

/**
 * Links to the kept pages, newest first. Titles lose the site's name (every one has it); the
 * offline page itself is left out.
 */
export function savedPageLinks(pages: readonly KeptPage[], siteName: string, now: Date): SavedPageLink[] {
  const suffix = ` – ${siteName}`
  return pages
    .filter((page) => new URL(page.url).pathname !== offlinePage)
    .sort((a, b) => (b.savedAt?.getTime() ?? 0) - (a.savedAt?.getTime() ?? 0))
    .map((page) => {
      const { pathname } = new URL(page.url)
      const title = page.title.trim()
      return {
        href: pathname,
        name: (title.endsWith(suffix) ? title.slice(0, -suffix.length) : title) || pathname,
        saved: page.savedAt ? `saved on ${savedOnWords(page.savedAt, now)}` : '',
      }
    })
}
