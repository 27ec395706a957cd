import { getCollection } from 'astro:content'

/** The published directory with lookups by id, loaded once per build from the content collections. */
export type DirectoryIndex = Awaited<ReturnType<typeof loadIndex>>

let loaded: Promise<DirectoryIndex> | undefined

/** Every published entry and a lookup for each kind of reference. Pages call this, never GROQ. */
export function directoryIndex(): Promise<DirectoryIndex> {
  loaded ??= loadIndex()
  return loaded
}

const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data'])

async function loadIndex() {
  const [services, courses, opportunities, organisations, venues, areas, topics, pages] = await Promise.all([
    getCollection('services').then(data),
    getCollection('courses').then(data),
    getCollection('opportunities').then(data),
    getCollection('organisations').then(data),
    getCollection('venues').then(data),
    getCollection('areas').then(data),
    getCollection('topics').then(data),
    getCollection('pages').then(data),
  ])
  return {
    services,
    courses,
    opportunities,
    organisations,
    venues,
    areas,
    topics,
    pages,
    organisation: lookup('organisation', organisations),
    venue: lookup('venue', venues),
    area: lookup('area', areas),
    topic: lookup('topic', topics),
  }
}

/**
 * A lookup by id. Validation at the door guarantees every reference leads to a published
 * document, so a miss here is a bug in the site, and says so.
 */
export function lookup<T extends { _id: string }>(type: string, documents: readonly T[]) {
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
