import { filterKeys, type FilterGroup, type FilterKey } from './filters'

/** How results are ordered: best match, next session, name, most recently checked, or nearest. */
export const sortOrders = ['relevance', 'next', 'name', 'checked', 'distance'] as const
export type SortOrder = (typeof sortOrders)[number]

/** Everything a search page address holds: the words, the ticked filters (as tokens) and the order. */
export interface SearchState {
  q: string
  filters: Partial<Record<FilterKey, string[]>>
  sort: SortOrder
}

/** Longest query kept from an address: longer is not a search anyone typed. */
export const maxQueryLength = 100
const maxValuesPerFilter = 30
const tokenPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An empty search: no words, no filters, best match first. */
export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' })

/** Strips control characters and extra spaces, and caps the length. */
export function cleanQuery(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, maxQueryLength)
      .trim()
  )
}

/**
 * Reads a search address. Anything it does not recognise (an unknown filter, a value no
 * option has, an overlong or odd value) is dropped and the rest kept, so an old, edited or
 * hostile link still gives a sensible search.
 */
export function parseSearchState(
  search: string | URLSearchParams,
  groups: readonly FilterGroup[],
): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search.slice(0, 16_000)) : search
  const state = emptyState()
  state.q = cleanQuery(params.get('q') ?? '')
  for (const group of groups) {
    const known = new Set(group.options.map((option) => option.token))
    const values = params
      .getAll(group.key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase())
      .filter((value) => value.length <= 60 && tokenPattern.test(value) && known.has(value))
    const unique = [...new Set(values)].slice(0, maxValuesPerFilter)
    if (unique.length > 0) state.filters[group.key] = unique
  }
  const sort = params.get('sort')
  if (sort && (sortOrders as readonly string[]).includes(sort)) state.sort = sort as SortOrder
  return state
}

/** The query string for a search state (without `?`), in a fixed order so equal states give equal addresses. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const key of filterKeys) for (const token of state.filters[key] ?? []) params.append(key, token)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  return params.toString()
}

/** How many filter values are ticked. */
export const tickedCount = (state: SearchState) =>
  Object.values(state.filters).reduce((sum, values) => sum + values.length, 0)

/**
 * The address to go to for a new search, or undefined when the page is already there, so a
 * search repeated (the same words submitted again) adds no step for Back to undo.
 */
export function addressFor(
  state: SearchState,
  current: { pathname: string; search: string },
): string | undefined {
  const query = serialiseSearchState(state)
  if (`?${query}` === current.search || (query === '' && current.search === '')) return undefined
  return query ? `?${query}` : current.pathname
}

/** Every ticked filter value, in the order the page shows them. */
export function tickedFilters(state: SearchState): Array<{ key: FilterKey; token: string }> {
  return filterKeys.flatMap((key) => (state.filters[key] ?? []).map((token) => ({ key, token })))
}

/** The same search with one filter value unticked. */
export function withoutFilter(state: SearchState, key: FilterKey, token: string): SearchState {
  const rest = (state.filters[key] ?? []).filter((other) => other !== token)
  return { ...state, filters: { ...state.filters, [key]: rest } }
}
