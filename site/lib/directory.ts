import { getCollection } from 'astro:content'
import type {
  AreaData,
  CourseData,
  OpportunityData,
  OrganisationData,
  PageData,
  ServiceData,
  TopicData,
  VenueData,
} from './content/schemas'

/** The published directory with lookups by id, loaded once per build from the content collections. */
export type DirectoryIndex = Awaited<ReturnType<typeof loadIndex>>

let loaded: Promise<DirectoryIndex> | undefined

/** Every published entry and a lookup for each kind of reference. Pages call this, never GROQ. */
export function directoryIndex(): Promise<DirectoryIndex> {
  loaded ??= loadIndex()
  return loaded
}

const data = async <T>(collection: Parameters<typeof getCollection>[0]) =>
  (await getCollection(collection)).map((entry) => entry.data as T)

async function loadIndex() {
  const [services, courses, opportunities, organisations, venues, areas, topics, pages] = await Promise.all([
    data<ServiceData>('services'),
    data<CourseData>('courses'),
    data<OpportunityData>('opportunities'),
    data<OrganisationData>('organisations'),
    data<VenueData>('venues'),
    data<AreaData>('areas'),
    data<TopicData>('topics'),
    data<PageData>('pages'),
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
    if (!found) throw new Error(`No published ${type} has the id "${id}": the content check should have caught this reference.`)
    return found
  }
}
