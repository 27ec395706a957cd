import { listingPages, placeholderSiteUrl, urls, type ListingDocumentType } from '../../site/lib/urls'

/*
 * Where "View on the site" sends a partner, kept apart from the Studio's hooks so it can be
 * tested as plain data. Page paths come from the site's own URL scheme, never a copy of it.
 */

/** Where the Studio is open: the parts of `window.location` that matter here. */
export interface StudioLocation {
  origin: string
  pathname: string
}

/**
 * The public site's address: `SANITY_STUDIO_SITE_URL` when set; the page's own origin when the
 * Studio is the one served at /studio on the site; otherwise the placeholder the site itself uses.
 */
export function siteBaseUrl(configured: string | undefined, location: StudioLocation | undefined): string {
  if (configured?.trim()) return configured.trim()
  const embedded = location && `${location.pathname}/`.startsWith(urls.studio)
  return embedded ? location.origin : placeholderSiteUrl
}

/** What the button shows: pressable with the page's address, or not, with the reason. */
export type ViewOnSiteState =
  { disabled: false; title: string; url: string } | { disabled: true; title: string }

/** The published listing's public page, or why there is none to open yet. */
export function viewOnSiteState(
  type: ListingDocumentType,
  published: Readonly<Record<string, unknown>> | null,
  siteUrl: string,
): ViewOnSiteState {
  if (!published) return { disabled: true, title: 'Not on the site yet. Publish the listing first.' }
  const slug = slugOf(published)
  if (!slug) {
    return { disabled: true, title: 'It has no web address yet. Fill in “Web address”, then publish.' }
  }
  let url: string
  try {
    url = new URL(listingPages[type](slug), siteUrl).href
  } catch {
    return {
      disabled: true,
      title: `The site's address (${siteUrl}) is not a web address. Set SANITY_STUDIO_SITE_URL to one like https://example.org`,
    }
  }
  const placeholder = siteUrl === placeholderSiteUrl ? ' (a placeholder: set SANITY_STUDIO_SITE_URL)' : ''
  return {
    disabled: false,
    title: `Opens ${url}${placeholder} in a new tab. Changes show there a few minutes after you publish.`,
    url,
  }
}

/** The `current` text of a document's `slug` field, trimmed, if it has one. */
function slugOf(document: Readonly<Record<string, unknown>>): string | undefined {
  const slug = document['slug']
  const current = typeof slug === 'object' && slug !== null && 'current' in slug ? slug.current : undefined
  return typeof current === 'string' && current.trim() ? current.trim() : undefined
}
