import type { FilterKey } from './filters'

/*
 * People's words, not the catalogue's: turns what someone types into the searches that find
 * what they mean. Runs in the browser, so it holds no data of its own: `PeoplesWords` is built
 * from the directory at build time (see peoplesWords.ts) and handed to the page.
 */

/** A filter value, as [filter key, label]. */
export type FilterValue = [FilterKey, string]

/** Something a person may ask for in several ways. */
export interface Concept {
  /** Ways people say it, normalised (see `normalise`). The first is the catalogue's own word. */
  phrases: string[]
  /** The filter value that means the same, if there is one. */
  filter?: FilterValue
  /** True when the words are a filter and nothing else ("weekend", "self referral", an area). */
  strict: boolean
}

/** Somewhere the directory can place a person: a postcode district or area of its own venues. */
export interface Place {
  label: string
  lat: number
  lng: number
}

/** What the browser needs to read people's words: built from the directory, small enough to embed. */
export interface PeoplesWords {
  concepts: Concept[]
  /** Postcode districts ("CR0") of the directory's venues. */
  districts: Record<string, Place>
  /** Postcode areas ("CR") of the directory's venues, for districts it has no venue in. */
  postcodeAreas: Record<string, Place>
  /** Words the directory uses, to correct misspellings against. */
  words: string[]
}

/** One search to run: words (or none) and filters that must all hold. */
export interface PlannedSearch {
  term: string | null
  filters: FilterValue[]
}

/** How a query was understood, and the searches whose results together answer it. */
export interface QueryPlan {
  /** The words left to search for after places, filters and concepts are taken out. */
  text: string
  /** The query as corrected, when a misspelling was fixed. */
  corrected?: string
  /** Filters the words asked for ("weekend", "Croydon"). */
  implied: FilterValue[]
  /** Topics and audiences the words mean, found through the listings' own index words. */
  means: FilterValue[]
  /** Where the query placed the person, from a postcode. */
  place?: Place & { postcode: string; exact: boolean }
  /** A postcode the directory could not place. */
  unplaced?: string
  searches: PlannedSearch[]
}

/** Lower case, hyphens and punctuation as spaces (keeping "+"), single spaces. */
export function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .replace(/\+/g, ' + ')
    .replace(/\s+/g, ' ')
    .trim()
}

const fullPostcode = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/
const outwardCode = /^[A-Z]{1,2}\d[A-Z\d]?$/

/** The postcode district ("CR0") in a query, and the query without it. */
export function findPostcode(query: string): { district: string; written: string; rest: string } | undefined {
  const upper = query.toUpperCase()
  const full = fullPostcode.exec(upper)
  if (full?.[1]) {
    return {
      district: full[1],
      written: `${full[1]} ${full[2] ?? ''}`,
      rest: query.slice(0, full.index) + query.slice(full.index + full[0].length),
    }
  }
  const tokens = query.split(/\s+/)
  const index = tokens.findIndex((token) => outwardCode.test(token.toUpperCase()))
  if (index < 0) return undefined
  const district = (tokens[index] ?? '').toUpperCase()
  return { district, written: district, rest: tokens.filter((_, i) => i !== index).join(' ') }
}

/** Edit distance with adjacent swaps (Damerau–Levenshtein, optimal string alignment), stopping past `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current[j] = value
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** The known word nearest a misspelt one: one slip in a short word, two in a long one. */
export function correctWord(word: string, known: ReadonlySet<string>): string {
  if (known.has(word) || word.length < 4 || /\d/.test(word)) return word
  const limit = word.length <= 5 ? 1 : 2
  let best = word
  let bestDistance = limit + 1
  for (const candidate of known) {
    const distance = editDistance(word, candidate, limit)
    if (distance < bestDistance || (distance === bestDistance && distance <= limit && candidate < best)) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : word
}

/** Most searches one query may turn into: each is a round of work for a slow phone. */
export const maxSearches = 12

/** Reads a query in people's words: places, misspellings, filters and concepts, and the searches to run. */
export function interpretQuery(query: string, words: PeoplesWords): QueryPlan {
  const plan: QueryPlan = { text: '', implied: [], means: [], searches: [] }
  let rest = query
  const postcode = findPostcode(query)
  if (postcode) {
    rest = postcode.rest
    const district = words.districts[postcode.district]
    const area = words.postcodeAreas[postcode.district.replace(/\d.*$/, '')]
    if (district) plan.place = { ...district, postcode: postcode.written, exact: true }
    else if (area) plan.place = { ...area, postcode: postcode.written, exact: false }
    else plan.unplaced = postcode.written
  }

  const known = new Set(words.words)
  const typed = normalise(rest).split(' ').filter(Boolean)
  const tokens = typed.map((token) => correctWord(token, known))
  if (tokens.some((token, i) => token !== typed[i])) plan.corrected = tokens.join(' ')

  const matched: Array<Concept & { typed: string }> = []
  const left: string[] = []
  for (let i = 0; i < tokens.length;) {
    let found: { concept: Concept; phrase: string; length: number } | undefined
    for (const concept of words.concepts) {
      for (const phrase of concept.phrases) {
        const parts = phrase.split(' ')
        if (parts.length > (found?.length ?? 0) && parts.every((part, k) => tokens[i + k] === part)) {
          found = { concept, phrase, length: parts.length }
        }
      }
    }
    if (found) {
      const { concept, phrase } = found
      if (!matched.some((seen) => seen.phrases === concept.phrases))
        matched.push({ ...concept, typed: phrase })
      i += found.length
    } else {
      left.push(tokens[i] ?? '')
      i += 1
    }
  }
  plan.text = left.join(' ')
  for (const concept of matched) {
    if (concept.filter) (concept.strict ? plan.implied : plan.means).push(concept.filter)
  }

  // Each loose concept can be met by any of its phrases: search every mix.
  type Choice = { words: string[]; filters: FilterValue[] }
  let choices: Choice[] = [{ words: plan.text ? [plan.text] : [], filters: [...plan.implied] }]
  for (const concept of matched.filter((candidate) => !candidate.strict)) {
    // Listings tagged with a concept carry its phrases as index words (see SearchMeta), so words find them:
    // a search by filter alone would fetch the whole index. The usual phrase and the words as typed are enough.
    const options: Choice[] = [...new Set([concept.phrases[0] ?? concept.typed, concept.typed])].map(
      (phrase) => ({
        words: [phrase],
        filters: [],
      }),
    )
    choices = choices.flatMap((choice) =>
      options.map((option) => ({
        words: [...choice.words, ...option.words],
        filters: [...choice.filters, ...option.filters],
      })),
    )
  }
  plan.searches = choices.slice(0, maxSearches).map(({ words: parts, filters }) => ({
    term: parts.length > 0 ? parts.join(' ') : null,
    filters,
  }))
  return plan
}
