import type { QueryPlan } from './interpret'

/**
 * "17 results for “hearing voices” with 2 filters": what the page announces when results arrive.
 * `partly` says the results match only some of the words.
 */
export function resultsStatus(count: number, words: string, ticked: number, partly = false): string {
  const about = partly && count > 0 ? ' for some of your words' : words ? ` for “${words}”` : ''
  const filters = ticked === 0 ? '' : ` with ${ticked} ${ticked === 1 ? 'filter' : 'filters'}`
  return count === 0
    ? `No results${about}${filters}`
    : `${count} ${count === 1 ? 'result' : 'results'}${about}${filters}`
}

/** “a”, “a” or “b”, “a”, “b” or “c”. */
export function quotedList(words: readonly string[], join = 'or'): string {
  const quoted = words.map((word) => `“${word}”`)
  const last = quoted.pop()
  return quoted.length > 0 ? `${quoted.join(', ')} ${join} ${last ?? ''}` : (last ?? '')
}

/** How the parts of a query matched: whether any listing met them all, which found something alone, which found nothing. */
export interface WordsMatch {
  all: boolean
  matched: readonly string[]
  unmatched: readonly string[]
}

/** What the page knows about how a search was understood and ordered. */
export interface NoteFacts {
  query: QueryPlan | undefined
  /** The words as typed. */
  typed: string
  /** "Nearest" was chosen. */
  askedForDistance: boolean
  /** There is a place to measure from: a postcode in the words, or the person's location. */
  hasOrigin: boolean
  /** The person shared where they are. */
  located: boolean
  byDistance: boolean
  /** How the words matched, when some may not have. */
  match?: WordsMatch | undefined
}

/** The notes above the results: a corrected spelling, where distances are measured from, and what to do when a place is unknown. */
export function searchNotes(facts: NoteFacts): string[] {
  const { query } = facts
  const notes: string[] = []
  if (query?.corrected)
    notes.push(`Showing results for “${query.corrected}”. You searched for “${facts.typed}”.`)
  const { match } = facts
  if (match && !match.all && match.matched.length > 0)
    notes.push(`No listing matched all your words; these match ${quotedList(match.matched)}, closest first.`)
  if (match && match.unmatched.length > 0) notes.push(`No listing matched ${quotedList(match.unmatched)}.`)
  if (query?.place) {
    notes.push(
      query.place.exact
        ? `Sorted by distance from ${query.place.label}.`
        : `We have no listings in ${query.place.postcode} itself, so these are sorted by distance from ${query.place.label}.`,
    )
  }
  if (query?.unplaced) {
    notes.push(
      `We cannot place ${query.unplaced}: the directory has no venues near there yet. Try an area name, “online”, or “Use my location”.`,
    )
  }
  if (facts.askedForDistance && !facts.hasOrigin)
    notes.push('To sort by distance, press “Use my location” or type a postcode district like CR0.')
  if (facts.located && !query?.place && facts.byDistance) notes.push('Sorted by distance from where you are.')
  return notes
}

/** The words of the button that folds the filters and sort away on a phone, saying how many filters are ticked. */
export const filtersButtonText = (ticked: number): string =>
  ticked > 0 ? `Filters and sort (${ticked} chosen)` : 'Filters and sort'
