import { describe, expect, test } from 'vitest'
import { buildDirectory, fetchDirectory } from '../../site/lib/content/directory'
import { documentsSource } from '../../site/lib/content/source'
import {
  listingTypes,
  localAreaName,
  maxLocalAreas,
  sampleDocuments,
  syntheticDirectory,
  toNdjson,
  type SyntheticDocument,
} from './synthetic-directory.ts'

const sample = sampleDocuments()
const sampleListings = sample.filter(
  (document) => !document._id.startsWith('drafts.') && listingTypes.some((type) => type === document._type),
).length

/** Runs documents through the build's own queries and door, at the sample's build clock. */
async function throughTheDoor(documents: SyntheticDocument[]) {
  const raw = await fetchDirectory(documentsSource(() => Promise.resolve(documents), 'synthetic documents'))
  return buildDirectory(raw, 'export', { now: new Date('2026-11-22T09:00:00Z') })
}

const countOf = (documents: readonly SyntheticDocument[], type: string) =>
  documents.filter((document) => document._type === type).length

describe('syntheticDirectory', () => {
  test('writes exactly the listings asked for, with a part copy mixing all three kinds', () => {
    const listings = sampleListings * 2 + 30
    const documents = syntheticDirectory(sample, { listings })
    expect(listingTypes.map((type) => countOf(documents, type)).reduce((a, b) => a + b)).toBe(listings)
    const lastCopy = documents.filter((document) => document._id.endsWith('-c3'))
    for (const type of listingTypes) expect(countOf(lastCopy, type)).toBeGreaterThan(0)
  })

  test('gives the same bytes for the same options', () => {
    expect(toNdjson(syntheticDirectory(sample, { listings: 700 }))).toBe(
      toNdjson(syntheticDirectory(sample, { listings: 700 })),
    )
  })

  test('spreads a national directory over about 150 areas with unique web addresses', () => {
    // 25 copies of the sample's six local areas fill 149 generated ones.
    const documents = syntheticDirectory(sample, { listings: sampleListings * 25 })
    const areas = documents.filter((document) => document._type === 'area')
    expect(areas).toHaveLength(150)
    expect(areas.filter((area) => area.isNational === true)).toHaveLength(1)
    const ids = documents.map((document) => document._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const type of ['area', 'organisation', 'venue', ...listingTypes]) {
      const slugs = documents
        .filter((document) => document._type === type)
        .map((document) => (document.slug as { current: string }).current)
      expect(new Set(slugs).size, type).toBe(slugs.length)
    }
  })

  test('keeps the sample topics and moves each copy to generated areas, names included', () => {
    const documents = syntheticDirectory(sample, { listings: sampleListings * 3 })
    expect(documents.filter((document) => document._type === 'topic')).toEqual(
      sample.filter((document) => document._type === 'topic'),
    )
    const hearUs = documents.filter((document) => document._id.startsWith('org-hear-us-croydon-c'))
    expect(hearUs.map((document) => document.name)).toEqual(
      [0, 6, 12].map((index) => `Hear Us ${localAreaName(index).name}`),
    )
    expect(JSON.stringify(documents)).not.toMatch(/"area-croydon"|Croydon/)
  })

  test('names as many local areas as the generated names allow, each one different', () => {
    const names = Array.from({ length: maxLocalAreas }, (_, index) => localAreaName(index).slug)
    expect(new Set(names).size).toBe(maxLocalAreas)
  })

  test('passes the build door with no problems, every listing kept', async () => {
    const listings = sampleListings * 4 + 17
    const { directory, problems } = await throughTheDoor(syntheticDirectory(sample, { listings }))
    expect(problems).toEqual([])
    expect(directory.services.length + directory.courses.length + directory.opportunities.length).toBe(
      listings,
    )
  })

  test('refuses to write no listings', () => {
    expect(() => syntheticDirectory(sample, { listings: 0 })).toThrow(/at least one listing/)
  })
})
