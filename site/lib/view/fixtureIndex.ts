import { fixtureDocuments } from '../../../tests/fixtures/directory'
import { buildDirectory, fetchDirectory } from '../content/directory'
import { documentsSource } from '../content/source'

/**
 * The shared fixture documents (plus any variants a test adds), run through the same queries
 * and Zod schemas as a build, with the lookups `directoryIndex()` gives pages. Tests only.
 */
export async function fixtureIndex(extra: readonly object[] = []) {
  const documents = [...fixtureDocuments, ...extra]
  const raw = await fetchDirectory(documentsSource(() => Promise.resolve(documents), 'fixture documents'))
  const { directory, problems } = buildDirectory(raw, 'sample', { today: '2026-11-22' })
  if (problems.length > 0) throw new Error(`Fixture variants must be valid: ${JSON.stringify(problems)}`)
  const byId = <T extends { _id: string }>(list: readonly T[]) => {
    const map = new Map(list.map((entry) => [entry._id, entry]))
    return (id: string): T => {
      const found = map.get(id)
      if (!found) throw new Error(`No fixture has the id "${id}"`)
      return found
    }
  }
  return {
    ...directory,
    area: byId(directory.areas),
    organisation: byId(directory.organisations),
    topic: byId(directory.topics),
    venue: byId(directory.venues),
  }
}

/** The fixtures' build clock: a Sunday morning in November 2026. */
export const fixtureNow = new Date('2026-11-22T09:00:00Z')

/** A copy of a fixture document with its own id and slug, differing from it in the given ways. */
export const variantOf = (document: object, name: string, changes: object = {}) => ({
  ...document,
  _id: `variant-${name}`,
  name: `Variant ${name}`,
  slug: { _type: 'slug', current: `variant-${name}` },
  ...changes,
})
