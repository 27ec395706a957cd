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

/** One thing a query asks for: a word, a concept met by any of its phrases, or a filter. */
export interface QueryPart {
  /** The directory's name for it ("Trauma" for "ptsd"), or the word as typed: what notes quote back. */
  label: string
  /** Words that meet it, any one of them; none for a filter. */
  terms: string[]
  filter?: FilterValue
  /**
   * How much it says about what the person wants, to rank listings that match only some parts:
   * 3 for what it is about or what kind of thing (a topic, an audience, a kind, a plain word),
   * 2 for a place, 1 for another filter or a word every group has ("group", "meeting").
   */
  weight: number
}

/** A search for one part of a query alone, to find listings that match some of the words. */
export interface PartSearch extends PlannedSearch {
  /** The index of the part in `QueryPlan.parts`. */
  part: number
}

/** How a query was understood, and the searches whose results together answer it. */
export interface QueryPlan {
  /** The query as corrected, when a misspelling was fixed. */
  corrected?: string
  /** Where the query placed the person, from a postcode. */
  place?: Place & { postcode: string; exact: boolean }
  /** A postcode the directory could not place. */
  unplaced?: string
  /** The words and filters that matter, in the order typed: filler words are left out. */
  parts: QueryPart[]
  /** Searches that together find listings matching every part. */
  searches: PlannedSearch[]
  /** Searches for each part alone, for when no listing matches every part; empty with fewer than two parts. */
  partSearches: PartSearch[]
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

/** Queries with more words that matter than this are read as sentences, and not spell-corrected. */
const maxCorrected = 3

/** Most searches one query may turn into: each is a round of work for a slow phone. */
export const maxSearches = 12

/**
 * Words that carry no meaning for a search of this directory: how people talk ("I was told
 * to look for…", "my son has…") and words every listing has ("peer", "support"). Searched for
 * only when a query has nothing else.
 */
export const fillerWords: ReadonlySet<string> = new Set(
  `a about after ago also am an and any anymore anyone anything are around at be because been being
  but by came can cant come comes coming could did do does done dont ever feel feeling felt find
  finding for from get getting go goes going gone got had has have having he help her here him his
  how i id if ill im in into is isnt it its ive just know last like live lived lives local look
  looking me mine more most moved my near nearby need needed needs no not now of on or our out peer
  people please really recently said say saying service services she since so some someone
  something somewhere still support talk talking tell than that the their them there these they
  think this those thought to told too try trying up us very want wanted wants was we week went
  were what when where which who whom why will with wont would yesterday you your youre +`.split(/\s+/),
)

/**
 * How much each kind of part says about what a person wants, to rank listings that match only
 * some parts: what it is about or what kind of thing ("anxiety", "course", "volunteer") most,
 * then where, then the rest ("free", "weekend").
 */
const weights: Record<FilterKey, number> = {
  topic: 3,
  for: 3,
  kind: 3,
  area: 2,
  access: 1,
  when: 1,
  day: 1,
  how: 1,
  cost: 1,
  language: 1,
  feature: 1,
}

/** Words that say what kind of thing, not what it is about: they rank below a topic or place. */
const broadWords: ReadonlySet<string> = new Set(
  'group groups meeting meetings session sessions club clubs'.split(' '),
)

type Match = { concept: Concept; phrase: string; length: number }

/** The concept whose phrase is the longest run of words starting at `tokens[at]`. */
function conceptAt(tokens: readonly string[], at: number, concepts: readonly Concept[]): Match | undefined {
  let found: Match | undefined
  for (const concept of concepts) {
    for (const phrase of concept.phrases) {
      const parts = phrase.split(' ')
      if (parts.length > (found?.length ?? 0) && parts.every((part, k) => tokens[at + k] === part)) {
        found = { concept, phrase, length: parts.length }
      }
    }
  }
  return found
}

/** The parts of a query: concepts by their longest phrase, then the words that matter, in the order typed. */
function queryParts(tokens: readonly string[], concepts: readonly Concept[]): QueryPart[] {
  const parts: QueryPart[] = []
  const seen = new Set<Concept>()
  const filler: QueryPart[] = []
  for (let i = 0; i < tokens.length;) {
    const found = conceptAt(tokens, i, concepts)
    const token = tokens[i] ?? ''
    if (found) {
      const { concept, phrase } = found
      if (!seen.has(concept)) {
        seen.add(concept)
        // The directory's own name for it ("Trauma" for "ptsd"), so notes show how it was read.
        const label = concept.filter?.[1] ?? phrase
        // People who say it another way are still helped by the usual word: listings tagged with a
        // concept carry all its phrases as index words (see SearchMeta).
        const terms = concept.strict ? [] : [...new Set([concept.phrases[0] ?? phrase, phrase])]
        const weight = weights[concept.strict ? (concept.filter?.[0] ?? 'feature') : 'topic']
        parts.push({ label, terms, weight, ...(concept.filter ? { filter: concept.filter } : {}) })
      }
      i += found.length
    } else {
      const part = { label: token, terms: [token], weight: broadWords.has(token) ? 1 : 3 }
      ;(fillerWords.has(token) ? filler : parts).push(part)
      i += 1
    }
  }
  return parts.length > 0 ? parts : filler.filter((part) => part.label !== '+')
}

/** The searches that find listings meeting every part: one for each mix of the concepts' phrases. */
function searchesForAll(parts: readonly QueryPart[]): PlannedSearch[] {
  const filters = parts.flatMap((part) => (part.terms.length === 0 && part.filter ? [part.filter] : []))
  let choices: string[][] = [[]]
  for (const part of parts.filter((candidate) => candidate.terms.length > 0)) {
    choices = choices.flatMap((choice) => part.terms.map((term) => [...choice, term]))
  }
  return choices.slice(0, maxSearches).map((choice) => ({
    term: choice.length > 0 ? choice.join(' ') : null,
    filters,
  }))
}

/** A search for each part alone (each phrase of a concept), so listings matching some parts can be found. */
function searchesForEach(parts: readonly QueryPart[]): PartSearch[] {
  if (parts.length < 2) return []
  return parts
    .flatMap((part, index): PartSearch[] =>
      part.terms.length > 0
        ? part.terms.map((term) => ({ part: index, term, filters: [] }))
        : part.filter
          ? [{ part: index, term: null, filters: [part.filter] }]
          : [],
    )
    .slice(0, maxSearches)
}

/** Reads a query in people's words: places, misspellings, filters and concepts, and the searches to run. */
export function interpretQuery(query: string, words: PeoplesWords): QueryPlan {
  let rest = query
  const postcode = findPostcode(query)
  let place: QueryPlan['place']
  let unplaced: string | undefined
  if (postcode) {
    rest = postcode.rest
    const district = words.districts[postcode.district]
    const area = words.postcodeAreas[postcode.district.replace(/\d.*$/, '')]
    if (district) place = { ...district, postcode: postcode.written, exact: true }
    else if (area) place = { ...area, postcode: postcode.written, exact: false }
    else unplaced = postcode.written
  }

  const known = new Set(words.words)
  const typed = normalise(rest).split(' ').filter(Boolean)
  // In a sentence, a word the directory does not use is more likely a real word it lacks ("scared",
  // "moved") than a slip, so only short queries are corrected, and never their filler words.
  const correcting = typed.filter((token) => !fillerWords.has(token)).length <= maxCorrected
  const tokens = typed.map((token) =>
    correcting && !fillerWords.has(token) ? correctWord(token, known) : token,
  )
  const parts = queryParts(tokens, words.concepts)
  return {
    ...(tokens.some((token, i) => token !== typed[i]) ? { corrected: tokens.join(' ') } : {}),
    ...(place ? { place } : {}),
    ...(unplaced ? { unplaced } : {}),
    parts,
    searches: searchesForAll(parts),
    partSearches: searchesForEach(parts),
  }
}
