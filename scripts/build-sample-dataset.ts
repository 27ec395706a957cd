/**
 * Builds the embedded sample dataset, studio/seed/sample.ndjson, from the readable modules
 * in studio/seed/source/. The output is Sanity's export format (one document per line), so
 * `sanity dataset import studio/seed/sample.ndjson <dataset>` loads it unchanged.
 *
 * The Studio schema, as `npm run typegen` extracts it to studio/schema.json, says which fields
 * each document has, in what order, and which are references, rich text or objects, so a
 * field added to the schema needs no change here.
 *
 * The output is deterministic: the same source gives a byte-identical file. Keys are made
 * from content (or position), never from random numbers or the clock.
 *
 *   npm run seed
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  areas,
  courses,
  draft,
  opportunities,
  organisations,
  pages,
  services,
  siteSettings,
  topics,
  venues,
} from '../studio/seed/source/index.ts'
import type { RichTextInput } from '../studio/seed/source/types.ts'

/** The day the sample data describes. No listing may say it was checked after it. */
export const DATASET_DATE = '2026-11-22'

export const OUTPUT_PATH = fileURLToPath(new URL('../studio/seed/sample.ndjson', import.meta.url))

/** A document as Sanity stores it. */
export type SampleDocument = { _id: string; _type: string; [field: string]: unknown }

/** The documents with short ids, in the order they are written, and the prefix of their `_id`s. */
const documentLists = {
  page: { prefix: 'page', list: pages },
  area: { prefix: 'area', list: areas },
  topic: { prefix: 'topic', list: topics },
  organisation: { prefix: 'org', list: organisations },
  venue: { prefix: 'venue', list: venues },
  service: { prefix: 'service', list: services },
  course: { prefix: 'course', list: courses },
  opportunity: { prefix: 'opportunity', list: opportunities },
}

/** A document's id: the type's prefix, a hyphen, then the short id the source uses. */
function idFor(type: string, shortId: string): string {
  const prefix = (documentLists as Record<string, { prefix: string } | undefined>)[type]?.prefix
  if (!prefix) throw new Error(`The sample has no ${type} documents to refer to: add them to documentLists`)
  return `${prefix}-${shortId}`
}

/** What a document made in the Studio starts with (the schema's `initialValue`s the site relies on). */
const initialValues: Record<string, object> = {
  area: { isNational: false },
  service: { coProduced: false },
}

// ---------------------------------------------------------------------------------------
// The Studio schema, as `sanity schema extract` writes it

/** A field's type in studio/schema.json: only the parts this build reads. */
type TypeNode = { type: string; name?: string; of?: TypeNode; rest?: TypeNode }
type Attributes = Record<string, { value: TypeNode }>
type SchemaEntry = { name: string; attributes?: Attributes; value?: { attributes?: Attributes } }

const schemaPath = fileURLToPath(new URL('../studio/schema.json', import.meta.url))
const schemaTypes = new Map(
  (JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaEntry[]).map((entry) => [entry.name, entry]),
)

/** The fields of a document or object type that people fill in, in the order the Studio shows them. */
function fieldsOf(typeName: string): [string, TypeNode][] {
  const entry = schemaTypes.get(typeName)
  const attributes = entry?.attributes ?? entry?.value?.attributes
  if (!attributes) throw new Error(`studio/schema.json has no type "${typeName}": run \`npm run typegen\``)
  return Object.entries(attributes)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, attribute]) => [name, attribute.value])
}

// ---------------------------------------------------------------------------------------
// Keys and small value builders

/** FNV-1a, 32 bits, as 8 hex characters: a short, stable key made from content. */
function hashKey(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** Keys for the items of one array: from content, with the position added only if two items are the same. */
function keysFor(items: readonly string[]): string[] {
  const seen = new Set<string>()
  return items.map((item, index) => {
    let key = hashKey(item)
    if (seen.has(key)) key = `${key}${index}`
    seen.add(key)
    return key
  })
}

/**
 * The content an array item's key is made from: the whole item, except for course sessions
 * and crisis contacts, whose keys were first made from their date and name and must not
 * change under documents already imported.
 */
function keyTextOf(typeName: string, item: Record<string, unknown>): string {
  if (typeName === 'courseSession') return `${String(item.date)} ${String(item.startsAt)}`
  if (typeName === 'crisisContact') return String(item.name)
  return JSON.stringify(item)
}

/** The document type a schema type like "organisation.reference" points at. */
const referenceTarget = (typeName: string | undefined) =>
  typeName?.endsWith('.reference') ? typeName.slice(0, -'.reference'.length) : undefined

const reference = (targetType: string, shortId: string) => ({
  _type: 'reference',
  _ref: idFor(targetType, shortId),
})

// ---------------------------------------------------------------------------------------
// Rich text: paragraphs written like small Markdown become Portable Text blocks

const inlinePattern = /(\*\*[^*]+\*\*|_[^_]+_|\[[^\]]+\]\([^)\s]+\))/

function spansOf(text: string, blockKey: string) {
  const children: { _type: 'span'; _key: string; text: string; marks: string[] }[] = []
  const markDefs: { _key: string; _type: 'link'; href: string }[] = []
  for (const part of text.split(inlinePattern)) {
    if (!part) continue
    const index = children.length
    const key = `${blockKey}s${index}`
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    if (link) {
      const linkKey = `${blockKey}l${markDefs.length}`
      markDefs.push({ _key: linkKey, _type: 'link', href: link[2] as string })
      children.push({ _type: 'span', _key: key, text: link[1] as string, marks: [linkKey] })
    } else if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      children.push({ _type: 'span', _key: key, text: part.slice(2, -2), marks: ['strong'] })
    } else if (/^_[^_]+_$/.test(part)) {
      children.push({ _type: 'span', _key: key, text: part.slice(1, -1), marks: ['em'] })
    } else {
      children.push({ _type: 'span', _key: key, text: part, marks: [] })
    }
  }
  return { children, markDefs }
}

function richText(paragraphs: RichTextInput) {
  const keys = keysFor(paragraphs)
  return paragraphs.map((paragraph, index) => {
    const key = keys[index] as string
    let text = paragraph
    let style = 'normal'
    let listItem: string | undefined
    if (text.startsWith('#### ')) [style, text] = ['h4', text.slice(5)]
    else if (text.startsWith('### ')) [style, text] = ['h3', text.slice(4)]
    else if (text.startsWith('- ')) [listItem, text] = ['bullet', text.slice(2)]
    else if (/^\d+\. /.test(text)) [listItem, text] = ['number', text.replace(/^\d+\. /, '')]
    const { children, markDefs } = spansOf(text, key)
    return {
      _type: 'block',
      _key: key,
      style,
      ...(listItem ? { listItem, level: 1 } : {}),
      markDefs,
      children,
    }
  })
}

// ---------------------------------------------------------------------------------------
// Documents: each field written as the schema says

/** A field's value as Sanity stores it, from the value the sample modules give. */
function valueOf(value: unknown, node: TypeNode, where: string): unknown {
  const name = node.name ?? ''
  const target = referenceTarget(node.name)
  if (node.type === 'inline' && target) return reference(target, value as string)
  if (node.type === 'inline' && name === 'richText') return richText(value as RichTextInput)
  if (node.type === 'inline') return objectOf(name, value as Record<string, unknown>, where)
  if (node.type === 'array' && node.of?.rest?.type === 'inline') {
    const itemType = node.of.rest.name ?? ''
    const itemTarget = referenceTarget(itemType)
    if (itemTarget) {
      // The short id is unique within the array, so it is the key.
      return (value as string[]).map((id) => ({ _key: id, ...reference(itemTarget, id) }))
    }
    const items = value as Record<string, unknown>[]
    const keys = keysFor(items.map((item) => keyTextOf(itemType, item)))
    return items.map((item, index) => objectOf(itemType, item, `${where}[${index}]`, keys[index]))
  }
  if (Array.isArray(value)) return [...(value as unknown[])]
  return value
}

/** The fields of `input` in the schema's order and shape; `id` makes the slug. */
function fieldsFrom(typeName: string, input: Record<string, unknown>, where: string) {
  const fields = fieldsOf(typeName)
  const unknown = Object.keys(input).filter(
    (field) => field !== 'id' && !fields.some(([name]) => name === field),
  )
  if (unknown.length > 0) {
    throw new Error(
      `${where}: the Studio's ${typeName} has no field ${unknown.map((field) => `"${field}"`).join(', ')}. ` +
        'Fix the name, or add the field to the Studio schema and run `npm run typegen`.',
    )
  }
  const output: Record<string, unknown> = {}
  for (const [name, node] of fields) {
    if (node.type === 'inline' && node.name === 'slug') output[name] = { _type: 'slug', current: input.id }
    else if (input[name] !== undefined) output[name] = valueOf(input[name], node, `${where}.${name}`)
  }
  return output
}

function objectOf(typeName: string, input: Record<string, unknown>, where: string, key?: string) {
  return {
    _type: typeName,
    ...(key === undefined ? {} : { _key: key }),
    ...fieldsFrom(typeName, input, where),
  }
}

export function buildSampleDocuments(): SampleDocument[] {
  const docs: SampleDocument[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      ...fieldsFrom('siteSettings', siteSettings, 'siteSettings'),
    },
  ]
  for (const [type, { list }] of Object.entries(documentLists)) {
    for (const input of list as readonly { id: string }[]) {
      const _id = idFor(type, input.id)
      docs.push({ _id, _type: type, ...fieldsFrom(type, { ...initialValues[type], ...input }, _id) })
    }
  }

  // One unpublished edit of a published service, so tests can prove drafts never reach the site.
  const published = docs.find((doc) => doc._id === idFor('service', draft.of))
  if (!published) throw new Error(`The draft is of service "${draft.of}", which does not exist`)
  docs.push({ ...published, _id: `drafts.${published._id}`, name: draft.name, summary: draft.summary })

  return docs
}
// ---------------------------------------------------------------------------------------
// The sample's own checks. The Studio's rules and the site's door check it in the tests
// (studio/test/sampleDataset.test.ts, studio/seed/sample.test.ts); these are what only
// made-up data needs: it must reach nobody real and describe one day.

/** The real crisis numbers: the only real numbers in the sample, and only in the site settings. */
export const realCrisisNumbers = ['999', '111', '116 123', '85258']

/** True for numbers Ofcom keeps for drama: 020 7946 0xxx, 0113 496 0xxx and 07700 900xxx. */
export function isDramaNumber(number: string): boolean {
  const digits = number.replace(/[\s()-]/g, '').replace(/^\+44/, '0')
  return /^(?:02079460\d{3}|01134960\d{3}|07700900\d{3})$/.test(digits)
}

const phoneInText = /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g
const urlPattern = /\b(?:https?:\/\/|mailto:)[^\s)"']+/g
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
const shortIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Entry = { path: string; field: string; value: unknown; holder: Record<string, unknown> }
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every value in a document however deep, with its path, its field and the object holding it. */
function entriesIn(value: unknown, path: string, field: string, holder: Record<string, unknown>): Entry[] {
  const here = { path, field, value, holder }
  if (Array.isArray(value)) {
    return [here, ...value.flatMap((item, index) => entriesIn(item, `${path}[${index}]`, field, holder))]
  }
  if (isObject(value)) {
    const children = Object.entries(value).map(([key, child]) =>
      entriesIn(child, path ? `${path}.${key}` : key, key, value),
    )
    return [here, ...children.flat()]
  }
  return [here]
}

/** The phone numbers in one value: a phone or text field, numbers written in prose, and tel: links. */
function phoneNumbersIn({ field, value, holder }: Entry, doc: SampleDocument): string[] {
  if (typeof value !== 'string' || field === '_key') return []
  const isNumberField =
    (holder._type === 'contact' && (field === 'phone' || field === 'text')) ||
    (holder === doc && field === 'phone') ||
    (holder._type === 'crisisContact' && field === 'number')
  return [
    ...(isNumberField ? [value] : []),
    ...[...value.matchAll(phoneInText)].map(([number]) => number),
    ...(value.startsWith('tel:') ? [value.slice(4)] : []),
  ]
}

/** What is wrong with the sample for made-up data, one line per problem, naming the document and field. */
export function checkSampleDocuments(docs: readonly SampleDocument[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const doc of docs) {
    const problem = (path: string, message: string) => problems.push(`${doc._id} ${path}: ${message}`)
    if (ids.has(doc._id)) problem('_id', 'is used twice')
    ids.add(doc._id)
    const slug = (doc.slug as { current?: string } | undefined)?.current
    if (slug !== undefined && !shortIdPattern.test(slug))
      problem('slug', `"${slug}" must be lower-case words joined by hyphens: give it a short id like that`)
    for (const field of ['lastChecked', 'lastReviewed']) {
      const date = doc[field]
      if (typeof date === 'string' && date > DATASET_DATE)
        problem(field, `${date} is after ${DATASET_DATE}, the day the sample describes`)
    }

    const numbers = new Set<string>()
    for (const entry of entriesIn(doc, '', '', doc)) {
      const { path, value, holder } = entry
      for (const number of phoneNumbersIn(entry, doc)) {
        const isRealCrisisLine =
          doc._type === 'siteSettings' &&
          holder._type === 'crisisContact' &&
          realCrisisNumbers.includes(number)
        if (!isDramaNumber(number) && !isRealCrisisLine) numbers.add(`${path}: ${number}`)
      }
      if (Array.isArray(value)) {
        const keys = value.filter(isObject).map((item) => item._key)
        if (keys.some((key) => typeof key !== 'string' || key === ''))
          problem(path, 'every object in an array needs a _key')
        if (new Set(keys).size !== keys.length) problem(path, 'two items share a _key')
      }
      if (typeof value !== 'string' || entry.field === '_key') continue
      for (const [url] of value.matchAll(urlPattern)) {
        if (!url.startsWith('mailto:') && URL.parse(url)?.host !== 'example.org')
          problem(path, `${url} is not on example.org`)
      }
      for (const [email] of value.matchAll(emailPattern)) {
        if (!email.endsWith('@example.org')) problem(path, `${email} is not on example.org`)
      }
    }
    for (const number of numbers)
      problem(
        number.slice(0, number.indexOf(':')),
        `${number.slice(number.indexOf(':') + 2)} is not in Ofcom's drama ranges`,
      )
  }
  return problems
}

/** The dataset as NDJSON text: one document a line, ending with a newline. */
export function buildSampleDataset(): string {
  const docs = buildSampleDocuments()
  const problems = checkSampleDocuments(docs)
  if (problems.length)
    throw new Error(`The sample dataset has ${problems.length} problems:\n${problems.join('\n')}`)
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ndjson = buildSampleDataset()
  writeFileSync(OUTPUT_PATH, ndjson)
  const counts = new Map<string, number>()
  for (const line of ndjson.trim().split('\n')) {
    const { _type } = JSON.parse(line) as SampleDocument
    counts.set(_type, (counts.get(_type) ?? 0) + 1)
  }
  console.log(`Wrote ${OUTPUT_PATH}`)
  for (const [type, count] of counts) console.log(`  ${type}: ${count}`)
}
