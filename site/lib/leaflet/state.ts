import { slugPattern } from '@findpeersupport/content-model/rules'
import { urls } from '../urls'

/*
 * Which listings a leaflet holds, in order, as its address says: `/leaflet/?l=services/a,courses/b`.
 * The address is the truth (a leaflet link can be shared or bookmarked); these pure functions read
 * it, change it and write it back. A part the site cannot use is left out with a message saying
 * which and why, and every usable part is kept.
 */

/** The kinds of listing a leaflet can hold: the folders their pages live in. */
export const leafletKinds = ['services', 'courses', 'opportunities'] as const
export type LeafletKind = (typeof leafletKinds)[number]

/** One listing on a leaflet, like `services/croydon-hearing-voices`. */
export type LeafletRef = `${LeafletKind}/${string}`

/** The most listings one leaflet holds: ten fill about four A4 pages, which is already a booklet. */
export const maxListings = 10

/** Parts looked at in one address; a longer list is not a leaflet anyone built. */
const maxParts = 50
/** Longest part kept: a slug is short, and longer text is shown cut down in a message. */
const maxPartLength = 120

/** The listing a part of an address names, or undefined when it names none. */
export function leafletRef(part: string): LeafletRef | undefined {
  // Tolerates a pasted page path ("/services/x/") and capitals; nothing else.
  const [kind, slug, ...rest] = part
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '')
    .split('/')
  if (rest.length > 0 || slug === undefined || slug.length > maxPartLength || !slugPattern.test(slug))
    return undefined
  return (leafletKinds as readonly string[]).includes(kind ?? '')
    ? (`${kind}/${slug}` as LeafletRef)
    : undefined
}

/** The page a listing on a leaflet lives at: `/services/croydon-hearing-voices/`. */
export const listingPath = (ref: LeafletRef): string => `/${ref}/`

/** The listing a site path is the page of, like `/courses/x/` → `courses/x`. */
export const refForPath = (path: string): LeafletRef | undefined =>
  /^\/[a-z]+\/[^/]+\/$/.test(path) ? leafletRef(path) : undefined

/** What reading an address gave: the listings in order, and a plain message for each part left out. */
export type ParsedLeaflet = { refs: LeafletRef[]; problems: string[] }

/** A part as a message quotes it: cut short, on one line. */
const quoted = (part: string): string => {
  // eslint-disable-next-line no-control-regex -- control characters must not reach a message
  const clean = part.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim()
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`
}

/** The parts of a comma-separated list, without empty ones. */
const partsOf = (values: readonly string[]): string[] =>
  values.flatMap((value) => value.split(',')).filter((part) => part.trim() !== '')

/**
 * Adds listings to a leaflet in order, leaving out repeats and anything past the limit,
 * with a message for each part that could not be used.
 */
export function addParts(start: ParsedLeaflet, parts: readonly string[]): ParsedLeaflet {
  const refs = [...start.refs]
  const problems = [...start.problems]
  const unknown: string[] = []
  const overLimit: string[] = []
  for (const part of parts.slice(0, maxParts)) {
    const ref = leafletRef(part)
    if (ref === undefined) unknown.push(quoted(part))
    else if (refs.includes(ref)) continue
    else if (refs.length >= maxListings) overLimit.push(ref)
    else refs.push(ref)
  }
  if (unknown.length > 0)
    problems.push(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a listing' : 'are not listings'} on this site, so ` +
        `${unknown.length === 1 ? 'it was' : 'they were'} left out. A listing looks like services/croydon-hearing-voices.`,
    )
  if (overLimit.length > 0)
    problems.push(
      `A leaflet holds up to ${maxListings} listings, so ${overLimit.length === 1 ? 'this one was' : `these ${overLimit.length} were`} left out: ${overLimit.join(', ')}.`,
    )
  if (parts.length > maxParts)
    problems.push(`The link had ${parts.length} parts; only the first ${maxParts} were read.`)
  return { refs, problems }
}

/**
 * Reads a leaflet address: `l` lists the leaflet's listings, and `add` (from an "Add to leaflet"
 * link) adds more to it, or to `saved` (this tab's leaflet so far) when the address has no `l`.
 */
export function parseLeaflet(search: string | URLSearchParams, saved = ''): ParsedLeaflet {
  const params = typeof search === 'string' ? new URLSearchParams(search.slice(0, 8_000)) : search
  const listed = params.has('l') ? params.getAll('l') : [saved]
  const start = addParts({ refs: [], problems: [] }, partsOf(listed))
  // A saved leaflet this site wrote has nothing to complain about; an odd one is quietly dropped.
  const base = params.has('l') ? start : { refs: start.refs, problems: [] }
  return addParts(base, partsOf(params.getAll('add')))
}

/** The leaflet's `l` value: `services/a,courses/b`. */
export const leafletValue = (refs: readonly LeafletRef[]): string => refs.join(',')

/** The address of a leaflet; slashes and commas are left as they are, so the link stays readable. */
export const leafletHref = (refs: readonly LeafletRef[]): string =>
  refs.length === 0 ? urls.leaflet : `${urls.leaflet}?l=${leafletValue(refs)}`

/** A plain link that adds one listing to this tab's leaflet, and works from a page without script. */
export const addToLeafletHref = (ref: LeafletRef): string => `${urls.leaflet}?add=${ref}`

/** The leaflet with one listing moved up (`-1`) or down (`+1`); unchanged at either end. */
export function moved(refs: readonly LeafletRef[], ref: LeafletRef, by: -1 | 1): LeafletRef[] {
  const from = refs.indexOf(ref)
  const to = from + by
  if (from < 0 || to < 0 || to >= refs.length) return [...refs]
  const next = [...refs]
  next.splice(from, 1)
  next.splice(to, 0, ref)
  return next
}

/** The leaflet without one listing. */
export const without = (refs: readonly LeafletRef[], ref: LeafletRef): LeafletRef[] =>
  refs.filter((entry) => entry !== ref)

/** The leaflet with one more listing at the end, unless it is there already or the leaflet is full. */
export function withAdded(refs: readonly LeafletRef[], ref: LeafletRef): LeafletRef[] {
  return refs.includes(ref) || refs.length >= maxListings ? [...refs] : [...refs, ref]
}

/** The leaflet with one listing's address changed, when its page has moved to a new one. */
export const renamed = (refs: readonly LeafletRef[], from: LeafletRef, to: LeafletRef): LeafletRef[] =>
  refs.includes(to) ? without(refs, from) : refs.map((ref) => (ref === from ? to : ref))
