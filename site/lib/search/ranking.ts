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
