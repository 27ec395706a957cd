import { leafletValue, parseLeaflet, type LeafletRef } from '../../lib/leaflet/state'

/*
 * The leaflet this tab is building, so "Add to leaflet" on several pages builds one leaflet. It is
 * kept in sessionStorage (this tab only, gone when it closes; no cookies) in the address's own
 * format; the leaflet page's address stays the truth.
 */

const key = 'leaflet'

/** This tab's leaflet so far, as its `l` value; empty when there is none or storage is blocked. */
export function savedLeaflet(): string {
  try {
    return sessionStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

/** This tab's leaflet so far. */
export const workingLeaflet = (): LeafletRef[] => parseLeaflet('', savedLeaflet()).refs

/** Keeps the leaflet for this tab; without storage, the address still holds it. */
export function saveLeaflet(refs: readonly LeafletRef[]): void {
  try {
    sessionStorage.setItem(key, leafletValue(refs))
  } catch {
    // Storage can be blocked or full; the leaflet's address still carries it.
  }
}
