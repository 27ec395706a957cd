import { nearestDistance, parsePlaces } from '../../lib/search/distance'
import type { SortKey } from '../../lib/search/facets'
import type { FilterValue } from '../../lib/search/interpret'
import { sortDirections, type PagefindFilter, type SearchPlan } from '../../lib/search/plan'
import {
  byNearest,
  byScore,
  countFilters,
  inOrderOf,
  mergeResults,
  type FilterCounts,
  type Found,
} from '../../lib/search/ranking'

/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
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
  options(options: Record<string, unknown>): Promise<void>
  search(
    term: string | null,
    options?: { filters?: { all: PagefindFilter[] }; sort?: Partial<Record<SortKey, 'asc' | 'desc'>> },
  ): Promise<PagefindSearch | null>
}

/** A result, its details once fetched, and its distance when results are sorted nearest first. */
export interface Result extends Found<PagefindResult> {
  data?: PagefindResultData
  miles?: number | undefined
}

let loading: Promise<PagefindApi> | undefined

/** Loads Pagefind from the built site. The address is a variable so the bundler leaves it alone. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js'
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    // On the page's own thread Pagefind reuses the index files the page preloads; its worker would fetch them again.
    await pagefind.options({ excerptLength: 24, noWorker: true })
    await pagefind.init()
    return pagefind
  })
  return loading
}

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
 */
export async function findResults(
  pagefind: PagefindApi,
  plan: SearchPlan,
  filtersFor: (extra: readonly FilterValue[]) => PagefindFilter[],
): Promise<{ found: Result[]; counts: FilterCounts | undefined }> {
  const single = plan.searches.length === 1
  const sort = plan.sortBy && single ? { sort: sortFor(plan.sortBy) } : {}
  const responses = await Promise.all(
    plan.searches.map((search) =>
      pagefind.search(search.term, { filters: { all: filtersFor(search.filters) }, ...sort }),
    ),
  )
  let found: Result[] = mergeResults(responses.map((response) => response?.results ?? []))
  if (!single && plan.sortBy) {
    const everything = await pagefind.search(null, { sort: sortFor(plan.sortBy) })
    found = inOrderOf(found, everything?.results.map((result) => result.id) ?? [])
  } else if (!single) {
    found = byScore(found)
  }
  const { origin } = plan
  if (plan.byDistance && origin) {
    await fetchDetails(found, detailLimit)
    for (const entry of found)
      entry.miles = entry.data && nearestDistance(origin, parsePlaces(entry.data.meta['places']))
    found = byNearest(found)
  }
  return { found, counts: single ? (responses[0]?.filters ?? {}) : undefined }
}

/** Filter counts across several searches, added up from the results' own filters. */
export async function countResults(found: readonly Result[]): Promise<FilterCounts> {
  await fetchDetails(found, detailLimit)
  return countFilters(found.slice(0, detailLimit).map((entry) => entry.data?.filters ?? {}))
}
