/**
 * The Studio and the site's door read the same text limits (@findpeersupport/content-model/limits).
 * These boundary documents prove they also agree on what those limits let through.
 */
import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { textLimits, type TextLimit } from '@findpeersupport/content-model/limits'
import { documentKinds, type ListKey } from '../../site/lib/content/kinds'
import { queryDocuments } from '../../site/lib/content/source'
import { fixtureDocuments } from '../../tests/fixtures/directory'
import { errorMarkers, validate } from './validate'

const documents = fixtureDocuments as unknown as SanityDocument[]
const firstOf = (type: string): SanityDocument => {
  const found = documents.find((document) => document._type === type && !document._id.startsWith('drafts.'))
  if (!found) throw new Error(`The fixtures have no ${type}`)
  return found
}

/** Whether the Studio reports an error on `field` of the document. */
async function studioRefuses(document: SanityDocument, field: string): Promise<boolean> {
  const others = documents.filter((other) => other._id !== document._id)
  const markers = errorMarkers(await validate(document, others))
  return markers.some((marker) => marker.path === field || marker.path.startsWith(`${field}.`))
}

/** Whether the door's schema for the kind reports a problem with `field` of the document. */
async function doorRefuses(key: ListKey, document: SanityDocument, field: string): Promise<boolean> {
  const kind = documentKinds[key]
  const others = documents.filter((other) => other._id !== document._id)
  const rows = await queryDocuments<unknown[]>([document, ...others], kind.query)
  const row = rows.find((candidate) => (candidate as { _id: string })._id === document._id)
  const result = kind.schema.safeParse(row)
  return !result.success && result.error.issues.some((issue) => issue.path.join('.').startsWith(field))
}

const cases: Array<[ListKey, string, string, TextLimit]> = [
  ['services', 'service', 'name', textLimits.name],
  ['services', 'service', 'summary', textLimits.summary],
  ['services', 'service', 'whoFor', textLimits.phrase],
  ['services', 'service', 'howToJoin', textLimits.howTo],
  ['services', 'service', 'accessibilityNotes', textLimits.note],
  ['venues', 'venue', 'name', textLimits.line],
  ['areas', 'area', 'name', textLimits.label],
]

describe.each(cases)('%s: %s %s', (key, type, field, limit) => {
  const lengths = [...(limit.min > 1 ? [limit.min - 1] : []), limit.min, limit.max, limit.max + 1]

  test.each(lengths)('the Studio and the door agree on text of length %i', async (length) => {
    const document = { ...firstOf(type), [field]: 'a'.repeat(length) }
    const allowed = length >= limit.min && length <= limit.max
    expect(await studioRefuses(document, field)).toBe(!allowed)
    expect(await doorRefuses(key, document, field)).toBe(!allowed)
  })
})
