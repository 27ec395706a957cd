/*
 * What the leaflet builder and search say as a leaflet changes, kept apart from the rest of
 * lib/leaflet so the search page's script carries only these few words.
 */

/** "1 listing", "5 listings" */
export const listings = (count: number): string => `${count} ${count === 1 ? 'listing' : 'listings'}`

/** What the builder announces after a listing moves. */
export const movedMessage = (name: string, position: number, total: number): string =>
  `Moved ${name} to number ${position} of ${total}.`

/** What the builder and search announce after a listing leaves the leaflet. */
export const removedMessage = (name: string, left: number): string =>
  `Removed ${name}. The leaflet has ${listings(left)}.`

/** What search announces after a listing is added. */
export const addedMessage = (name: string, count: number): string =>
  `Added ${name} to the leaflet. It has ${listings(count)}.`

/** The link to the leaflet from search: "Your leaflet (5)". */
export const leafletLinkText = (count: number): string => `Your leaflet (${count})`

/** What search says when the leaflet has no room for another listing. */
export const fullMessage = (max: number): string =>
  `The leaflet is full: it holds up to ${max} listings. Remove one before adding another.`
