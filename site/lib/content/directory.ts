import { textLimits } from '@findpeersupport/content-model/limits'
import { todayInUk } from '@findpeersupport/content-model/rules'
import {
  documentKinds,
  listKeys,
  settingsKind,
  type EntryOf,
  type ListKey,
  type QueryResultOf,
  type Reference,
} from './kinds'
import type { SiteSettingsData } from './schemas'
import type { ContentSource } from './source'
import { formatProblem, parseDocument, shorten, tidyRichText, type Problem } from './validate'

/** Everything the site publishes, validated and cross-checked, with the clock it was built at. */
export type Directory = { [K in ListKey]: EntryOf<K>[] } & {
  settings: SiteSettingsData & {
    builtFrom: ContentSource['label']
    /** The build's one clock, read once as the content is loaded: every date on every page comes from it. */
    builtAt: string
  }
}

/** What the queries return, typed by `sanity typegen` from the Studio schema and the queries. */
export type RawDirectory = { [K in ListKey | 'settings']: QueryResultOf<K> }

/** Runs every query of the directory against one content source. */
export async function fetchDirectory(source: ContentSource): Promise<RawDirectory> {
  const [settings, ...lists] = await Promise.all([
    source.fetch(settingsKind.query),
    ...listKeys.map((key) => source.fetch(documentKinds[key].query)),
  ])
  return {
    ...Object.fromEntries(listKeys.map((key, index) => [key, lists[index]])),
    settings,
  } as RawDirectory
}

/** Longest description, in characters, that a listing page shows. */
export const maxDescriptionCharacters = 4000

type Options = {
  /** The build's clock: a "last checked" date after it is a typing mistake. */
  now: Date
}

type Named = { _id: string; name?: string; title?: string; slug: string }
type Doc = Named & Record<string, unknown>

/**
 * Validates every document, then checks them against each other: unique web addresses,
 * and references that lead to a published document. Returns what can be published
 * safely, and a problem for everything held back or left out.
 */
export function buildDirectory(raw: RawDirectory, builtFrom: ContentSource['label'], options: Options) {
  const today = todayInUk(options.now)
  const problems: Problem[] = []
  const publishedIds = new Map<ListKey, Set<string>>()
  const lists = {} as Record<ListKey, Doc[]>

  for (const key of listKeys) {
    // Each kind's own types are checked where it is declared; here every kind is handled alike.
    const {
      type,
      schema,
      droppable,
      references = {},
      refuse,
    } = documentKinds[key] as unknown as {
      type: string
      schema: (typeof documentKinds)[ListKey]['schema']
      droppable: readonly string[]
      references?: Record<string, Reference>
      refuse?: (document: Doc) => { field: string; message: string } | undefined
    }
    const parsed = (raw[key] as readonly unknown[]).flatMap((document) => {
      const prepared = prepare(type, document, problems)
      const valid = parseDocument(schema, prepared, type, droppable, problems) as Doc | undefined
      return valid === undefined ? [] : [notCheckedInFuture(type, valid, today, problems)]
    })
    lists[key] = earlierSlugsLeadHome(type, uniqueSlugs(type, parsed, problems), problems).flatMap(
      (document) => {
        const resolved = resolveReferences(type, document, references, publishedIds, problems)
        const refusal = resolved && refuse?.(resolved)
        if (refusal) problems.push(skip(type, document, refusal.field, refusal.message))
        return resolved && !refusal ? [resolved] : []
      },
    )
    publishedIds.set(key, new Set(lists[key].map((document) => document._id)))
  }

  const settings = settingsKind.schema.safeParse(raw.settings)
  if (!settings.success) {
    const detail = settings.error.issues
      .map((issue) => `${issue.path.join('.') || 'document'} ${issue.message}`)
      .join('; ')
    throw new Error(
      `The site settings document is ${raw.settings ? `not valid: ${detail}` : 'missing'}. ` +
        'Every page shows its crisis contacts, so the site cannot be built without it: fix "Site settings" in the Studio.',
    )
  }

  const directory = {
    ...lists,
    settings: { ...settings.data, builtFrom, builtAt: options.now.toISOString() },
  } as Directory
  return { directory, problems }
}

/**
 * Stops a build that would publish no listings, or fewer than half of those the source
 * holds: that is a broken source or a broken schema, not a smaller directory.
 */
export function assertEnoughPublished(raw: RawDirectory, directory: Directory, allowFewer: boolean): void {
  const guarded = listKeys.filter((key) => 'guarded' in documentKinds[key])
  const shortfalls = guarded.flatMap((key) => {
    const inSource = raw[key].length
    const published = directory[key].length
    return published * 2 < inSource ? [`${published} of ${inSource} ${key}`] : []
  })
  const total = guarded.reduce((sum, key) => sum + directory[key].length, 0)
  if (allowFewer) return
  if (total === 0) {
    throw new Error(
      'The build would publish no listings at all. Check the content source (SANITY_PROJECT_ID, SANITY_DATASET) ' +
        'and the problems listed above. To publish an empty directory anyway, set ALLOW_FEW_LISTINGS=true.',
    )
  }
  if (shortfalls.length > 0) {
    throw new Error(
      `The build would publish only ${shortfalls.join(', ')}: fewer than half. Fix the problems listed above, ` +
        'or, if so many listings really should go, set ALLOW_FEW_LISTINGS=true for this build.',
    )
  }
}

/** Fetches, validates and cross-checks the directory, reporting every problem through `warn`. */
export async function loadDirectory(
  source: ContentSource,
  warn: (message: string) => void,
  options: Options & { allowFewer?: boolean },
): Promise<Directory> {
  const raw = await fetchDirectory(source)
  const { directory, problems } = buildDirectory(raw, source.label, options)
  for (const problem of problems) warn(formatProblem(problem))
  assertEnoughPublished(raw, directory, options.allowFewer ?? false)
  return directory
}

function skip(type: string, document: Named, field: string, message: string): Problem {
  return {
    type,
    id: document._id,
    name: document.name ?? document.title ?? '',
    field,
    message,
    outcome: 'skipped',
  }
}

/**
 * Keeps the references that lead to a published document and reports the rest. Returns the
 * document with only those, or undefined when what is left is not enough to publish it.
 */
function resolveReferences(
  type: string,
  document: Doc,
  references: Record<string, Reference>,
  publishedIds: ReadonlyMap<ListKey, ReadonlySet<string>>,
  problems: Problem[],
): Doc | undefined {
  const resolved: Doc = { ...document }
  let enough = true
  for (const [field, { to, need }] of Object.entries(references)) {
    const known = publishedIds.get(to as ListKey)
    if (!known)
      throw new Error(`The ${type} kind refers to ${to}, which must be declared above it in kinds.ts.`)
    const value = document[field] as string | string[] | undefined
    if (value === undefined) continue
    const missing = (ref: string, fix: string): Problem => ({
      ...skip(type, document, field, `points to "${ref}", which is missing or not published: ${fix}`),
      outcome: need === 'one' ? 'skipped' : 'left out',
    })
    if (typeof value === 'string') {
      if (known.has(value)) continue
      if (need === 'one') {
        problems.push(missing(value, 'choose another, or fix that document'))
        return undefined
      }
      problems.push(missing(value, 'remove it or fix that document'))
      resolved[field] = undefined
      continue
    }
    const kept = value.filter((ref) => {
      if (!known.has(ref)) problems.push(missing(ref, 'remove it or fix that document'))
      return known.has(ref)
    })
    resolved[field] = kept
    if (need === 'some' && kept.length === 0) {
      problems.push(skip(type, document, field, 'has nothing published left in it: choose at least one'))
      enough = false
    }
  }
  return enough ? resolved : undefined
}

/** Keeps the first document (by id) with each web address, and skips the others. */
function uniqueSlugs<T extends Named>(type: string, documents: T[], problems: Problem[]): T[] {
  const owners = new Map<string, string>()
  return [...documents]
    .sort((a, b) => a._id.localeCompare(b._id))
    .filter((document) => {
      const owner = owners.get(document.slug)
      if (owner === undefined) {
        owners.set(document.slug, document._id)
        return true
      }
      problems.push(
        skip(
          type,
          document,
          'slug',
          `has the same web address ("${document.slug}") as ${type} "${owner}": give one of them a different one`,
        ),
      )
      return false
    })
}

/**
 * Keeps each earlier web address that can still lead to its one page: not one that is now another
 * document's address (that page wins), and not one two documents claim (the first by id keeps it).
 */
function earlierSlugsLeadHome<T extends Named & { previousSlugs?: readonly string[] }>(
  type: string,
  documents: T[],
  problems: Problem[],
): T[] {
  const current = new Map(documents.map((document) => [document.slug, document._id]))
  const claimed = new Map<string, string>()
  return documents.map((document) => {
    const earlier = document.previousSlugs ?? []
    if (earlier.length === 0) return document
    const kept = earlier.filter((slug) => {
      if (slug === document.slug) return false
      const owner = current.get(slug) ?? claimed.get(slug)
      if (owner === undefined) {
        claimed.set(slug, document._id)
        return true
      }
      const now = current.has(slug) ? 'is now the web address of' : 'is also an earlier web address of'
      problems.push({
        ...skip(
          type,
          document,
          'previousSlugs',
          `"${slug}" ${now} ${type} "${owner}": remove it from this one's "Earlier web addresses"`,
        ),
        outcome: 'left out',
      })
      return false
    })
    return { ...document, previousSlugs: kept }
  })
}

/** Prepares a raw document: safe, size-limited rich text and summaries. */
function prepare(type: string, document: unknown, problems: Problem[]): unknown {
  if (!document || typeof document !== 'object') return document
  const doc = { ...(document as Record<string, unknown>) }
  const id = typeof doc._id === 'string' ? doc._id : '(no _id)'
  const name =
    typeof doc.name === 'string'
      ? doc.name.slice(0, 80)
      : typeof doc.title === 'string'
        ? doc.title
        : undefined
  const report = (field: string, message: string, outcome: Problem['outcome']) =>
    problems.push({ type, id, ...(name ? { name } : {}), field, message, outcome })
  for (const field of ['description', 'body']) {
    if (field in doc) doc[field] = tidyRichText(doc[field], field, maxDescriptionCharacters, report)
  }
  const { max } = textLimits.summary
  if (typeof doc.summary === 'string' && doc.summary.length > max) {
    report(
      'summary',
      `is ${doc.summary.length} characters long: keep it to one or two sentences (${max} characters)`,
      'shortened',
    )
    doc.summary = shorten(doc.summary, max)
  }
  return doc
}

/** A "last checked" date in the future is a typing mistake: treat the listing as not checked. */
function notCheckedInFuture<T>(type: string, document: T, today: string, problems: Problem[]): T {
  const { lastChecked, _id, name } = document as { lastChecked?: string; _id: string; name?: string }
  if (!lastChecked || lastChecked <= today) return document
  problems.push({
    type,
    id: _id,
    ...(name ? { name } : {}),
    field: 'lastChecked',
    message: `is ${lastChecked}, which is in the future: set it to the date the listing was really checked`,
    outcome: 'left out',
  })
  return { ...document, lastChecked: undefined }
}
