import { fixtureDocuments } from '../../../tests/fixtures/directory'
import { buildDirectory, fetchDirectory } from '../content/directory'
import { queryDocuments } from '../content/source'
import type { FacetLookups } from './facets'

/** The shared fixture directory, validated as the build validates it, with lookups by id (tests only). */
export async function fixtureDirectory(documents: readonly object[] = fixtureDocuments) {
  const raw = await fetchDirectory({
    label: 'sample',
    describe: 'fixture documents',
    fetch: (query, params) => queryDocuments([...documents], query, params),
  })
  const { directory } = buildDirectory(raw, 'sample', { today: '2026-11-22' })
  const byId =
    <T extends { _id: string }>(list: readonly T[]) =>
    (id: string) => {
      const found = list.find((entry) => entry._id === id)
      if (!found) throw new Error(`fixture has no ${id}`)
      return found
    }
  const lookups: FacetLookups = {
    venue: byId(directory.venues),
    area: byId(directory.areas),
    topic: byId(directory.topics),
  }
  return { ...directory, ...lookups }
}
