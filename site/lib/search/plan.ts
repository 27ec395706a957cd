import type { LatLng } from './distance'
import type { SortKey } from './facets'
import { optionLabel, type FilterGroup, type FilterKey } from './filters'
import {
  interpretQuery,
  type FilterValue,
  type PeoplesWords,
  type PlannedSearch,
  type QueryPlan,
} from './interpret'
import { tickedFilters, type SearchState } from './urlState'

/** Which way each sort runs: soonest next session, A to Z, most recently checked. */
export const sortDirections: Record<SortKey, 'asc' | 'desc'> = { next: 'asc', name: 'asc', checked: 'desc' }

/** How one search of the page runs: what to ask Pagefind, and how to order what comes back. */
export interface SearchPlan {
  /** How the words were understood, when there are any. */
  query: QueryPlan | undefined
  /** The searches whose results together answer the query: always at least one. */
  searches: PlannedSearch[]
  /** Where distances are measured from: a postcode in the words, or the person's location. */
  origin: LatLng | undefined
  /** True when results are sorted nearest first. */
  byDistance: boolean
  /** The order Pagefind's sort keys give, or undefined for best match. */
  sortBy: SortKey | undefined
}

/**
 * Plans a search. A postcode in the words sorts by distance unless another order is chosen;
 * "Nearest" without a place to measure from falls back to best match; and with no words at all
 * the soonest sessions come first, because nothing matches better than anything else.
 */
export function planSearch(state: SearchState, words: PeoplesWords, near: LatLng | undefined): SearchPlan {
  const query = state.q ? interpretQuery(state.q, words) : undefined
  const searches = query?.searches.length ? query.searches : [{ term: null, filters: [] }]
  const origin = query?.place ?? near
  const order =
    state.sort === 'distance'
      ? origin
        ? 'distance'
        : 'relevance'
      : state.sort === 'relevance' && query?.place
        ? 'distance'
        : state.sort
  const noWords = searches.every((search) => search.term === null)
  const sortBy =
    order === 'next' || order === 'name' || order === 'checked' ? order : noWords ? 'next' : undefined
  return { query, searches, origin, byDistance: order === 'distance' && origin !== undefined, sortBy }
}

/** The words a plan will ask Pagefind for, each once: fetching their index files early saves a round trip. */
export function wordsToFetch(plan: SearchPlan): string[] {
  const terms = [...plan.searches, ...(plan.query?.partSearches ?? [])].map((search) => search.term)
  return [...new Set(terms.filter((term): term is string => term !== null))]
}

/** A filter as Pagefind takes it: one value, or any of several. */
export type PagefindFilter = Record<string, string | { any: string[] }>

/** The ticked filters (any value of each) and one search's own filters (all must hold), as Pagefind takes them. */
export function pagefindFilters(
  state: SearchState,
  groups: readonly FilterGroup[],
  extra: readonly FilterValue[],
): PagefindFilter[] {
  const ticked = new Map<FilterKey, string[]>()
  for (const { key, token } of tickedFilters(state))
    ticked.set(key, [...(ticked.get(key) ?? []), optionLabel(groups, key, token)])
  return [
    ...[...ticked].map(([key, labels]) => ({ [key]: { any: labels } })),
    ...extra.map(([key, label]) => ({ [key]: label })),
  ]
}
