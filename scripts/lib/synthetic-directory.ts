/**
 * A synthetic national directory for measuring the build at scale: the sample dataset's own
 * listings, organisations and venues cloned over and over, each copy moved to other generated
 * areas, until there are as many listings (services, courses and opportunities) as asked for.
 *
 * Cloning the sample keeps everything the build reads realistic (text lengths, rich text,
 * schedules, course sessions, filter values, topics) and valid: every clone passes the site's
 * door exactly as its original does. Each copy gets its own ids and web addresses; the sample's
 * area names in its text become the generated area's, so "Hear Us Croydon" becomes "Hear Us
 * Ashford" in one copy and "Hear Us Kingsley" in another.
 *
 * Drafts are not cloned: the build leaves them out, and the point is N listing pages.
 * The output depends only on the sample and the options: no random numbers, no clock.
 */
import { readFileSync } from 'node:fs'
import { parseNdjson, sampleDatasetPath } from '../../site/lib/content/source.ts'

/** A document as Sanity stores it. */
export type SyntheticDocument = { _id: string; _type: string; [field: string]: unknown }

export interface SyntheticOptions {
  /** How many services, courses and opportunities to write. */
  listings: number
  /** How many areas at most, the national one included (fewer while there are too few copies to fill them). */
  areas?: number
  /** One copy in this many keeps its national listings national; the others' join a local area. */
  nationalEvery?: number
}

/** The document types a listing page is built for. */
export const listingTypes = ['service', 'course', 'opportunity'] as const

/** The types cloned with each copy of the sample's listings (the ones listings refer to). */
const clonedTypes = new Set<string>([...listingTypes, 'organisation', 'venue'])

const namePrefixes = ['Ash', 'Beck', 'Brad', 'Bram', 'Castle', 'Dun', 'East', 'Fair', 'Green', 'Hal'].concat([
  'Kings',
  'Marl',
  'North',
  'Stan',
  'West',
])
const nameSuffixes = ['ford', 'ham', 'ley', 'bury', 'wick', 'field', 'ton', 'worth', 'combe', 'stead']
const regions = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
].concat(['East of England', 'London', 'South East', 'South West'])

/** The most local areas the generated names cover. */
export const maxLocalAreas = namePrefixes.length * nameSuffixes.length

/** The nth generated local area, such as `{ name: 'Ashford', slug: 'ashford' }`. */
export function localAreaName(index: number): { name: string; slug: string } {
  const prefix = namePrefixes[index % namePrefixes.length]
  const suffix = nameSuffixes[Math.floor(index / namePrefixes.length) % nameSuffixes.length]
  const name = `${prefix}${suffix}`
  return { name, slug: name.toLowerCase() }
}

type Ref = { _ref: string }
const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' && value !== null && typeof (value as Ref)._ref === 'string'

/** Every `_ref` in a document, at any depth. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found)
  else if (typeof value === 'object' && value !== null) {
    if (isRef(value)) found.push(value._ref)
    for (const item of Object.values(value)) refsIn(item, found)
  }
  return found
}

/** The listings in an order that mixes the three kinds evenly, so a part copy holds some of each. */
function interleave(listings: SyntheticDocument[]): SyntheticDocument[] {
  const counts = new Map<string, number>()
  const ranked = listings.map((document) => {
    const seen = counts.get(document._type) ?? 0
    counts.set(document._type, seen + 1)
    return { document, seen }
  })
  const share = (entry: { document: SyntheticDocument; seen: number }) =>
    (entry.seen + 0.5) / (counts.get(entry.document._type) ?? 1)
  return ranked
    .map((entry, index) => ({ ...entry, index, share: share(entry) }))
    .sort((a, b) => a.share - b.share || a.index - b.index)
    .map((entry) => entry.document)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** How one copy renames things: ids, areas, web addresses and the area names in text. */
interface CopyPlan {
  id(id: string): string
  area(id: string): string
  slug(slug: string): string
  text(text: string): string
}

/** Text fields that hold addresses, not words: left as they are. */
const literalFields = new Set([
  '_id',
  '_type',
  '_key',
  '_ref',
  'email',
  'website',
  'url',
  'enrolUrl',
  'applyUrl',
])

function cloneWith(value: unknown, plan: CopyPlan, field = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => cloneWith(item, plan, field))
    // Two areas of one original can become one area in a copy: keep each reference once.
    const seen = new Set<string>()
    return items.filter((item) => !isRef(item) || (!seen.has(item._ref) && Boolean(seen.add(item._ref))))
  }
  if (typeof value === 'string') {
    if (field === 'current' || field === 'previousSlugs') return plan.slug(value)
    return literalFields.has(field) || /^(https?:|mailto:)|@/.test(value) ? value : plan.text(value)
  }
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
    if (key === '_id' && typeof item === 'string') return [key, plan.id(item)]
    if (key === '_ref' && typeof item === 'string') return [key, plan.area(plan.id(item))]
    return [key, cloneWith(item, plan, key)]
  })
  return Object.fromEntries(entries)
}

/**
 * The synthetic directory: the sample's settings, pages and topics; about `areas` areas; and
 * `listings` listings with the organisations and venues they refer to.
 */
export function syntheticDirectory(
  sample: readonly SyntheticDocument[],
  { listings, areas = 150, nationalEvery = 10 }: SyntheticOptions,
): SyntheticDocument[] {
  if (!Number.isInteger(listings) || listings < 1)
    throw new Error(`Ask for at least one listing, not ${listings}`)
  const published = sample.filter((document) => !document._id.startsWith('drafts.'))
  const templates = interleave(
    published.filter((document) => listingTypes.some((type) => type === document._type)),
  )
  if (templates.length === 0) throw new Error('The sample has no listings to clone')
  const byId = new Map(sample.map((document) => [document._id, document]))
  const sampleAreas = sample.filter((document) => document._type === 'area')
  const national = sampleAreas.filter((area) => area.isNational === true)
  const local = sampleAreas.filter((area) => area.isNational !== true)
  if (local.length === 0) throw new Error('The sample has no local area to move copies from')

  const copies = Math.ceil(listings / templates.length)
  const localCount = Math.min(maxLocalAreas, Math.max(1, areas - national.length), copies * local.length)
  const generatedAreas = Array.from({ length: localCount }, (_, index) => {
    const { name, slug } = localAreaName(index)
    return {
      _id: `area-${slug}`,
      _type: 'area',
      name,
      slug: { _type: 'slug', current: slug },
      region: regions[index % regions.length],
      isNational: false,
    }
  })

  const shared = sample.filter((document) => !clonedTypes.has(document._type) && document._type !== 'area')
  const output: SyntheticDocument[] = [...shared, ...national, ...generatedAreas]

  for (let copy = 0; copy < copies; copy += 1) {
    const localFor = (index: number) => {
      const area = generatedAreas[(copy * local.length + index) % localCount]
      if (!area) throw new Error(`No generated area ${index}`)
      return area
    }
    const areaMap = new Map<string, (typeof generatedAreas)[number]>(
      local.map((area, index) => [area._id, localFor(index)]),
    )
    if (copy % nationalEvery !== 0) for (const area of national) areaMap.set(area._id, localFor(0))
    const renames = local
      .map((from, index) => ({ from, to: localFor(index) }))
      .map(({ from, to }) => ({
        name: new RegExp(`\\b${escapeRegExp(String(from.name))}\\b`, 'g'),
        slug: new RegExp(`(^|-)${escapeRegExp((from.slug as { current: string }).current)}(?=-|$)`, 'g'),
        to,
      }))
    const plan: CopyPlan = {
      id: (id) => (clonedTypes.has(byId.get(id)?._type ?? '') ? `${id}-c${copy + 1}` : id),
      area: (id) => areaMap.get(id)?._id ?? id,
      slug: (slug) =>
        `${renames.reduce((text, { slug: from, to }) => text.replace(from, `$1${to.slug.current}`), slug)}-${copy + 1}`,
      text: (text) => renames.reduce((result, { name, to }) => result.replace(name, to.name), text),
    }
    const chosen = templates.slice(0, Math.min(templates.length, listings - copy * templates.length))
    const referred = new Set(chosen.flatMap((document) => refsIn(document)))
    const supporting = published.filter(
      (document) =>
        (document._type === 'organisation' || document._type === 'venue') && referred.has(document._id),
    )
    for (const document of [...supporting, ...chosen])
      output.push(cloneWith(document, plan) as SyntheticDocument)
  }
  return output
}

/** The sample dataset's documents (studio/seed/sample.ndjson), the originals the clones are made from. */
export function sampleDocuments(): SyntheticDocument[] {
  return parseNdjson(readFileSync(sampleDatasetPath, 'utf8'), sampleDatasetPath) as SyntheticDocument[]
}

/** Documents as NDJSON, one per line, as `sanity dataset export` writes them. */
export const toNdjson = (documents: readonly object[]) =>
  documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
