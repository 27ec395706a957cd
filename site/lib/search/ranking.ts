/*
 * Putting the answers of several searches into one list: the pure part of ranking, so the
 * page only fetches and draws.
 */

/** Pagefind's filter counts: filter key, then value, then how many results have it. */
export type FilterCounts = Record<string, Record<string, number>>

/** A result as the ranking needs it: Pagefind's id and score for it. */
export interface Scored {
  id: string
  score: number
}

/** One result found by one or more searches, with its score over all of them. */
export interface Found<Result extends Scored> {
  result: Result
  score: number
}

/**
 * The results of several searches as one list, each listing once. A listing found by several
 * ways of saying the same thing is more likely what was meant, so its scores add up.
 */
export function mergeResults<Result extends Scored>(
  lists: ReadonlyArray<readonly Result[]>,
): Array<Found<Result>> {
  const merged = new Map<string, Found<Result>>()
  for (const list of lists) {
    for (const result of list) {
      merged.set(result.id, { result, score: (merged.get(result.id)?.score ?? 0) + result.score })
    }
  }
  return [...merged.values()]
}

/** A result of searching for parts of a query one at a time, with how many parts it meets and their weight. */
export interface PartlyFound<Result extends Scored> extends Found<Result> {
  parts: number
  weight: number
}

/**
 * The results of searching for each part of a query alone, as one list: listings that meet the
 * most parts come first ("anxiety", "course" and "Nottingham" before any two of them), then
 * those whose parts weigh most (a topic and a place before a topic and a kind), then the best
 * scores. A part met by several of its phrases counts once.
 */
export function rankByParts<Result extends Scored>(
  searches: ReadonlyArray<{ part: number; results: readonly Result[] }>,
  weights: readonly number[],
): Array<PartlyFound<Result>> {
  const found = new Map<string, { result: Result; score: number; parts: Set<number> }>()
  for (const { part, results } of searches) {
    for (const result of results) {
      const entry = found.get(result.id) ?? { result, score: 0, parts: new Set<number>() }
      entry.score += result.score
      entry.parts.add(part)
      found.set(result.id, entry)
    }
  }
  const ranked = [...found.values()].map(({ result, score, parts }) => ({
    result,
    score,
    parts: parts.size,
    weight: [...parts].reduce((sum, part) => sum + (weights[part] ?? 1), 0),
  }))
  return byMostParts(byScore(ranked))
}

/** Listings that meet more parts of the query (then weightier ones) first, keeping the order within each: the sort is stable. */
export const byMostParts = <T extends { parts?: number | undefined; weight?: number | undefined }>(
  found: T[],
): T[] => found.sort((a, b) => (b.parts ?? 0) - (a.parts ?? 0) || (b.weight ?? 0) - (a.weight ?? 0))

/** Which parts of a query found something on their own, and which found nothing, by label. */
export function partsMatched(
  labels: readonly string[],
  searches: ReadonlyArray<{ part: number; results: readonly unknown[] }>,
): { matched: string[]; unmatched: string[] } {
  const searched = new Set(searches.map((search) => search.part))
  const found = new Set(searches.filter((search) => search.results.length > 0).map((search) => search.part))
  return {
    matched: labels.filter((_, index) => found.has(index)),
    unmatched: labels.filter((_, index) => searched.has(index) && !found.has(index)),
  }
}

/** Best match first. */
export const byScore = <T extends { score: number }>(found: T[]): T[] =>
  found.sort((a, b) => b.score - a.score)

/** In the order of `ids` (a search of everything, sorted), anything missing from it last. */
export function inOrderOf<T extends { result: { id: string } }>(found: T[], ids: readonly string[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]))
  const at = (entry: T) => position.get(entry.result.id) ?? ids.length
  return found.sort((a, b) => at(a) - at(b))
}

/** Nearest first; listings with no venue (online, phone) or no known distance last. */
export const byNearest = <T extends { miles?: number | undefined }>(found: T[]): T[] =>
  found.sort((a, b) => (a.miles ?? Infinity) - (b.miles ?? Infinity))

/** How many results have each filter value, counted from the results' own filters. */
export function countFilters(filterSets: ReadonlyArray<Record<string, readonly string[]>>): FilterCounts {
  const counts: FilterCounts = {}
  for (const filters of filterSets) {
    for (const [key, values] of Object.entries(filters)) {
      const forKey = (counts[key] ??= {})
      for (const value of values) forKey[value] = (forKey[value] ?? 0) + 1
    }
  }
  return counts
}
