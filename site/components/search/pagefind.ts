import type { ResultDetails } from '../../lib/search/answers'
import { nearestDistance, parsePlaces } from '../../lib/search/distance'
import type { SortKey } from '../../lib/search/facets'
import type { FilterValue } from '../../lib/search/interpret'
import type { WordsMatch } from '../../lib/search/messages'
import { sortDirections, type PagefindFilter, type SearchPlan } from '../../lib/search/plan'
import {
  byMostParts,
  byNearest,
  byScore,
  countFilters,
  inOrderOf,
  mergeResults,
  partsMatched,
  rankByParts,
  type FilterCounts,
  type Found,
} from '../../lib/search/ranking'

/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData extends ResultDetails {
  filters: Record<string, string[]>
}
export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindResultData>
}
export interface PagefindSearch {
  results: PagefindResult[]
  filters: FilterCounts
  unfilteredResultCount: number
}
export interface PagefindApi {
  init(): Promise<void>
  /** Fetches the index files for `term`'s words, so a search for them soon after needs no round trip. */
  preload(term: string): Promise<void>
  /** Loads the filter index: until then, a search's `filters` counts are empty. */
  filters(): Promise<FilterCounts>
  options(options: Record<string, unknown>): Promise<void>
  search(
    term: string | null,
    options?: { filters?: { all: PagefindFilter[] }; sort?: Partial<Record<SortKey, 'asc' | 'desc'>> },
  ): Promise<PagefindSearch | null>
}

/** A result, its details once fetched, and its distance when results are sorted nearest first. */
export interface Result extends Found<PagefindResult> {
  /** How many parts of the query it meets, and their weight, when no listing met them all. */
  parts?: number
  weight?: number
  data?: PagefindResultData
  miles?: number | undefined
}

/**
 * The engines whose whole filter index is loaded. Until then Pagefind counts only the filters a
 * search used, and gives every other filter a count of 0.
 */
const filtersLoaded = new WeakSet<PagefindApi>()

/** How many results' details to fetch to sort by distance or count filters across several searches. */
const detailLimit = 120

const sortFor = (key: SortKey) => ({ [key]: sortDirections[key] })

/** Fetches the details of the first `limit` results that do not have them yet. */
export async function fetchDetails(results: readonly Result[], limit = results.length): Promise<void> {
  await Promise.all(results.slice(0, limit).map(async (entry) => (entry.data ??= await entry.result.data())))
}

/**
 * Runs a plan's searches and puts their results in order. A single search is sorted by Pagefind
 * itself and counts its own filters; several are merged, then ordered by a sorted search of
 * everything, by score, or by distance (which needs each result's venues).
 *
 * When nothing matches every part of the query, each part is searched alone, and listings that
 * meet the most parts come first. Pagefind leaves out words it has never seen, so the plain
 * words of a query with several parts are searched alone too, to say when one found nothing.
 */
export async function findResults(
  pagefind: PagefindApi,
  plan: SearchPlan,
  filtersFor: (extra: readonly FilterValue[]) => PagefindFilter[],
): Promise<{ found: Result[]; counts: FilterCounts | undefined; match: WordsMatch | undefined }> {
  const { query } = plan
  const parts = query?.parts ?? []
  const labels = parts.map((part) => part.label)
  const single = plan.searches.length === 1
  // Each part alone runs beside the search for all of them: they need the same index files, so
  // a partial match costs no extra round trips on a slow connection.
  const eachPart = Promise.all(
    (query?.partSearches ?? []).map(async ({ part, term, filters }) => {
      const response = await pagefind.search(term, { filters: { all: filtersFor(filters) } })
      return { part, results: response?.results ?? [] }
    }),
  )
  const responses = await Promise.all(
    plan.searches.map((search) =>
      pagefind.search(search.term, {
        filters: { all: filtersFor(search.filters) },
        ...(single && plan.sortBy ? { sort: sortFor(plan.sortBy) } : {}),
      }),
    ),
  )
  let found: Result[] = mergeResults(responses.map((response) => response?.results ?? []))
  let match: WordsMatch | undefined
  const lists = await eachPart
  if (found.length === 0 && lists.length > 0) {
    found = rankByParts(
      lists,
      parts.map((part) => part.weight),
    )
    match = { all: false, ...partsMatched(labels, lists) }
  } else {
    const words = lists.filter((list) => parts[list.part]?.filter === undefined)
    if (found.length > 0 && words.length > 0) match = { all: true, ...partsMatched(labels, words) }
    if (!single && !plan.sortBy) found = byScore(found)
  }
  const partly = match?.all === false
  if ((!single || partly) && plan.sortBy) {
    const everything = await pagefind.search(null, { sort: sortFor(plan.sortBy) })
    found = inOrderOf(found, everything?.results.map((result) => result.id) ?? [])
  }
  const { origin } = plan
  if (plan.byDistance && origin) {
    await fetchDetails(found, detailLimit)
    for (const entry of found)
      entry.miles = entry.data && nearestDistance(origin, parsePlaces(entry.data.meta['places']))
    found = byNearest(found)
  }
  // Closest matches first, whatever the order within them.
  if (partly) found = byMostParts(found)
  const counts = single && !partly && filtersLoaded.has(pagefind) ? responses[0]?.filters : undefined
  return { found, counts, match }
}

/**
 * Filter counts when the search did not give them. One search is asked again once Pagefind has
 * loaded its filter index (small files, fetched after the results are on screen); several are
 * added up from their results' own filters.
 */
export async function countResults(
  pagefind: PagefindApi,
  plan: SearchPlan,
  filtersFor: (extra: readonly FilterValue[]) => PagefindFilter[],
  found: readonly Result[],
): Promise<FilterCounts> {
  const [only] = plan.searches
  if (plan.searches.length === 1 && only && !found.some((entry) => entry.parts !== undefined)) {
    await pagefind.filters()
    filtersLoaded.add(pagefind)
    const response = await pagefind.search(only.term, { filters: { all: filtersFor(only.filters) } })
    return response?.filters ?? {}
  }
  await fetchDetails(found, detailLimit)
  return countFilters(found.slice(0, detailLimit).map((entry) => entry.data?.filters ?? {}))
}
