import type { FilterKey } from './filters'
import { normalise, type PeoplesWords } from './interpret'
import type { WordsMatch } from './messages'
import type { FilterCounts } from './ranking'
import type { SearchState } from './urlState'

/*
 * Ready answers: the searches people make most, worked out when the site is built, by the same
 * code and index as a search in the browser. A shared link or a search from the home page for
 * one of them shows its first results from one small file, without waiting for the search
 * engine, whose index at national scale is hundreds of kilobytes before the first result.
 */

/** Results shown at first, and at each "Show more": a phone screen's worth. */
export const resultsPerPage = 10

/** What a result card needs of a listing: what Pagefind gives for a result, less its filters. */
export interface ResultDetails {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}

/** A search worked out at build time. */
export interface ReadyAnswer {
  /** The query, normalised: the answer's key. */
  query: string
  /** How many results the search finds in all. */
  total: number
  /** The first results' details, in order. */
  first: ResultDetails[]
  /** How many results each filter would keep. */
  counts: FilterCounts
  /** Which words found something, when the query has several parts. */
  match?: WordsMatch | undefined
}

/** Concepts whose words are answered: what support is about, for whom, and of what kind, and how people ask for it. */
const answeredFilters: ReadonlySet<FilterKey> = new Set([
  'topic',
  'for',
  'kind',
  'access',
  'when',
  'how',
  'cost',
])

/**
 * The queries with a ready answer: every way people say the directory's topics, audiences,
 * kinds of support and the filters they type ("weekend", "online", "free"). Areas are left out:
 * there can be hundreds, and a place is better searched with what is wanted there.
 */
export function answeredQueries(words: PeoplesWords): string[] {
  return [
    ...new Set(
      words.concepts
        .filter((concept) => concept.filter && answeredFilters.has(concept.filter[0]))
        .flatMap((concept) => concept.phrases.map(normalise))
        .filter((phrase) => phrase !== '' && phrase !== '+'),
    ),
  ].sort()
}

/**
 * The ready answer's key for a search, or undefined when it has none: only the query alone has
 * one, in best-match order, with no filter ticked and no place to measure from.
 */
export function answerKey(
  state: SearchState,
  answered: ReadonlySet<string>,
  located: boolean,
): string | undefined {
  if (
    located ||
    state.sort !== 'relevance' ||
    Object.values(state.filters).some((values) => values.length > 0)
  )
    return undefined
  const key = normalise(state.q)
  return answered.has(key) ? key : undefined
}

/**
 * Whether `typed` may yet become a query with a ready answer: it is the start of one. While it
 * is, fetching the search engine may be wasted; once it is not, the engine will be needed.
 */
export function mayBeAnswered(typed: string, answered: readonly string[]): boolean {
  const start = normalise(typed)
  return answered.some((query) => query.startsWith(start))
}

/** The list of queries with ready answers, for pages without the search page's data. */
export const answeredListAddress = '/search/answers/index.json'

/** Where the ready answer for `key` is kept. */
export const answerAddress = (key: string): string =>
  `/search/answers/${encodeURIComponent(key.replaceAll(' ', '-'))}.json`
