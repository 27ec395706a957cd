import type { Directory } from './directory'
import { lookupKinds, type Lookups } from './kinds'

/**
 * The published directory with a lookup by id for each kind that declares one (`index.venue(id)`),
 * and the build's clock as a `Date`. Pages get this from `directoryIndex()`; tests from the fixtures.
 */
export function indexDirectory(directory: Directory) {
  // Built by name from the registry; `Lookups` gives each one its kind's entry type.
  const lookups = Object.fromEntries(
    lookupKinds.map(({ key, lookup }) => [lookup, lookupById(lookup, directory[key] as { _id: string }[])]),
  ) as unknown as Lookups
  return { ...directory, ...lookups, now: new Date(directory.settings.builtAt) }
}

/** The published directory with its lookups and clock. */
export type DirectoryIndex = ReturnType<typeof indexDirectory>

/**
 * A lookup by id. Validation at the door guarantees every reference leads to a published
 * document, so a miss here is a bug in the site, and says so.
 */
function lookupById<T extends { _id: string }>(type: string, documents: readonly T[]) {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return (id: string): T => {
    const found = byId.get(id)
    if (!found)
      throw new Error(
        `No published ${type} has the id "${id}": the content check should have caught this reference.`,
      )
    return found
  }
}
