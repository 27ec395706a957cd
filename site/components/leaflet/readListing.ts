import { leafletListing, type LeafletItem, type MarkedPart } from '../../lib/leaflet/listing'
import { listingPath, refForPath, type LeafletRef } from '../../lib/leaflet/state'

/*
 * Reads a listing for the leaflet from its own page on this site, so the leaflet says what the
 * page says today: no second copy of every listing to build or keep in step.
 */

/** Every part of a page marked `data-leaflet`, in page order: a line break reads as a comma, and a marked part inside another is its own line. */
export function markedParts(root: ParentNode): MarkedPart[] {
  return [...root.querySelectorAll<HTMLElement>('[data-leaflet]')].map((element) => {
    const copy = element.cloneNode(true) as HTMLElement
    for (const inner of copy.querySelectorAll('[data-leaflet]')) inner.remove()
    for (const lineBreak of copy.querySelectorAll('br')) lineBreak.replaceWith(', ')
    return {
      part: element.dataset['leaflet'] ?? '',
      text: copy.textContent,
      href: element.tagName === 'A' ? (element.getAttribute('href') ?? undefined) : undefined,
    }
  })
}

/**
 * Fetches a listing's page and reads it. A page that has moved (an HTTP redirect, or a page whose
 * canonical link names another listing) is followed once, and the item carries the new address.
 */
export async function readListing(ref: LeafletRef, hops = 1): Promise<LeafletItem> {
  let response: Response
  try {
    response = await fetch(listingPath(ref))
  } catch {
    return { ref, state: 'failed' }
  }
  if (response.status === 404 || response.status === 410) return { ref, state: 'missing' }
  if (!response.ok) return { ref, state: 'failed' }
  const here = refForPath(new URL(response.url, location.href).pathname) ?? ref
  const page = new DOMParser().parseFromString(await response.text(), 'text/html')
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const url =
    canonical && URL.canParse(canonical) ? canonical : new URL(listingPath(here), location.href).href
  const listing = leafletListing(here, markedParts(page), url)
  if (listing) return { ref: here, state: 'ready', listing }
  const onward = canonical ? refForPath(new URL(canonical, location.href).pathname) : undefined
  return onward && onward !== here && hops > 0 ? readListing(onward, hops - 1) : { ref, state: 'missing' }
}
