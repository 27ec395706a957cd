import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { documentId, openDataNamespace, partId, taxonomyId } from './ids'

/** UUID version 5 as RFC 9562 defines it, worked out here with SHA-1 rather than the uuid library. */
function rfcUuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

describe('documentId', () => {
  test('is the same UUID in every build: these ids are published, and people store them', () => {
    expect(documentId('service', 'service-croydon-hearing-voices')).toBe(
      'f23958fe-8cca-5d34-b6b8-74b92417c45d',
    )
    expect(documentId('organisation', 'org-hear-us')).toBe('50f49a27-4b48-5885-8832-0894a6bf706a')
  })

  test('is a UUID version 5 of the kind and Sanity id, under the directory’s own namespace', () => {
    expect(documentId('course', 'course-understanding-voices')).toBe(
      rfcUuidV5('course:course-understanding-voices', openDataNamespace),
    )
  })

  test('differs between kinds, so a course and a service with the same Sanity id never clash', () => {
    expect(documentId('course', 'same')).not.toBe(documentId('service', 'same'))
  })
})

describe('partId and taxonomyId', () => {
  test('depend only on what they are given', () => {
    const parent = documentId('service', 'service-croydon-hearing-voices')
    expect(partId(parent, 'phone', '020 7946 0123')).toBe(
      rfcUuidV5(`${parent}/phone/020 7946 0123`, openDataNamespace),
    )
    expect(partId(parent, 'phone', '020 7946 0123')).not.toBe(partId(parent, 'text', '020 7946 0123'))
    expect(taxonomyId('topics')).toBe(rfcUuidV5('taxonomy:topics', openDataNamespace))
  })
})
