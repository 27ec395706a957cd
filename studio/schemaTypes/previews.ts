import { formatDate } from '@findpeersupport/content-model/format'
import { listingStatuses, titleOf, type ListingStatus } from '@findpeersupport/content-model/vocabulary'

/**
 * What the Studio's lists and array items show for a document, as pure functions of the values
 * the preview selects, so they can be tested without a Studio.
 */

/** The values a listing's preview selects; every listing type has these fields. */
export const listingPreviewSelect = {
  name: 'name',
  area: 'areas.0.name',
  areas: 'areas',
  status: 'status',
  lastChecked: 'lastChecked',
} as const

/** A listing's selected values. Any may be missing while a new listing is being written. */
export type ListingSelection = {
  name?: string
  area?: string
  areas?: readonly unknown[]
  status?: ListingStatus
  lastChecked?: string
}

/**
 * "Peer support group · Croydon · Paused for now · checked 3 March 2026": what it is, where, whether
 * it runs and how fresh it is, so a partner can see from the list which listing needs them.
 * `kind` is already in words ("Peer support group"), since each type has its own kinds.
 */
export function listingSubtitle(kind: string | undefined, selection: ListingSelection): string {
  const { area, areas = [], status, lastChecked } = selection
  const otherAreas = areas.length - 1
  const where = area && otherAreas > 0 ? `${area} and ${otherAreas} more` : area
  const checked = lastChecked ? `checked ${formatDate(lastChecked)}` : 'never checked'
  return [kind, where, status && titleOf(listingStatuses, status), checked].filter(Boolean).join(' · ')
}

/** A listing's preview: its name, then `listingSubtitle`. */
export const listingPreview = (kind: string | undefined, selection: ListingSelection) => ({
  title: selection.name ?? 'No name yet',
  subtitle: listingSubtitle(kind, selection),
})
