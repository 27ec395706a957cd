import type { z } from 'astro/zod'
import { todayInUk } from '@findpeersupport/content-model/rules'
import * as queries from './queries'
import {
  areaSchema,
  courseSchema,
  opportunitySchema,
  organisationSchema,
  pageSchema,
  serviceSchema,
  siteSettingsSchema,
  topicSchema,
  venueSchema,
  type AreaData,
  type CourseData,
  type OpportunityData,
  type OrganisationData,
  type PageData,
  type ServiceData,
  type SiteSettingsData,
  type TopicData,
  type VenueData,
} from './schemas'
import type {
  AreasQueryResult,
  CoursesQueryResult,
  OpportunitiesQueryResult,
  OrganisationsQueryResult,
  PagesQueryResult,
  ServicesQueryResult,
  SiteSettingsQueryResult,
  TopicsQueryResult,
  VenuesQueryResult,
} from './sanity.types'
import type { ContentSource } from './source'
import { formatProblem, parseDocument, shorten, tidyRichText, type Problem } from './validate'

/** Everything the site publishes, validated and cross-checked. */
export type Directory = {
  services: ServiceData[]
  courses: CourseData[]
  opportunities: OpportunityData[]
  organisations: OrganisationData[]
  venues: VenueData[]
  areas: AreaData[]
  topics: TopicData[]
  pages: PageData[]
  settings: SiteSettingsData & { builtFrom: ContentSource['label'] }
}

/** What the queries return, typed by `sanity typegen` from the Studio schema and the queries. */
type RawDirectory = {
  services: ServicesQueryResult
  courses: CoursesQueryResult
  opportunities: OpportunitiesQueryResult
  organisations: OrganisationsQueryResult
  venues: VenuesQueryResult
  areas: AreasQueryResult
  topics: TopicsQueryResult
  pages: PagesQueryResult
  settings: SiteSettingsQueryResult
}

/**
 * Fails to compile when a Zod schema checks a field its query does not fetch, so the
 * queries, the generated types and the validation cannot drift apart.
 */
type Queried<Result, Schema extends z.ZodType> =
  Exclude<keyof z.input<Schema>, keyof Result> extends never
    ? true
    : { notQueried: Exclude<keyof z.input<Schema>, keyof Result> }
export const everyValidatedFieldIsQueried: [
  Queried<ServicesQueryResult[number], typeof serviceSchema>,
  Queried<CoursesQueryResult[number], typeof courseSchema>,
  Queried<OpportunitiesQueryResult[number], typeof opportunitySchema>,
  Queried<OrganisationsQueryResult[number], typeof organisationSchema>,
  Queried<VenuesQueryResult[number], typeof venueSchema>,
  Queried<AreasQueryResult[number], typeof areaSchema>,
  Queried<TopicsQueryResult[number], typeof topicSchema>,
  Queried<PagesQueryResult[number], typeof pageSchema>,
  Queried<NonNullable<SiteSettingsQueryResult>, typeof siteSettingsSchema>,
] = [true, true, true, true, true, true, true, true, true]

/** Runs every query of the directory against one content source. */
export async function fetchDirectory(source: ContentSource): Promise<RawDirectory> {
  const [services, courses, opportunities, organisations, venues, areas, topics, pages, settings] =
    await Promise.all([
      source.fetch<ServicesQueryResult>(queries.servicesQuery),
      source.fetch<CoursesQueryResult>(queries.coursesQuery),
      source.fetch<OpportunitiesQueryResult>(queries.opportunitiesQuery),
      source.fetch<OrganisationsQueryResult>(queries.organisationsQuery),
      source.fetch<VenuesQueryResult>(queries.venuesQuery),
      source.fetch<AreasQueryResult>(queries.areasQuery),
      source.fetch<TopicsQueryResult>(queries.topicsQuery),
      source.fetch<PagesQueryResult>(queries.pagesQuery),
      source.fetch<SiteSettingsQueryResult>(queries.siteSettingsQuery),
    ])
  return { services, courses, opportunities, organisations, venues, areas, topics, pages, settings }
}

/** Longest description, in characters, that a listing page shows. */
export const maxDescriptionCharacters = 4000

const contactFields = ['contact.name', 'contact.phone', 'contact.text', 'contact.email', 'contact.website']
const listingDroppable = ['alert', 'lastChecked', 'description.*', 'audiences.*', ...contactFields]

/** Fields whose bad values are left out rather than holding the whole document back. */
const droppable = {
  service: [
    ...listingDroppable,
    'schedules.*',
    'costDetails',
    'onlineDetails',
    'accessibilityNotes',
    'languages.*',
  ],
  course: [...listingDroppable, 'enrolUrl', 'places', 'onlineDetails', 'costDetails', 'sessions.*'],
  opportunity: [...listingDroppable, 'pay', 'trainingProvided', 'applyUrl', 'closingDate'],
  organisation: ['description.*', 'website', 'email', 'phone', 'charityNumber', 'lastChecked'],
  venue: ['accessNotes', 'transport', 'stepFree', 'accessibleToilet', 'hearingLoop', 'address.line2'],
  area: [],
  topic: ['alsoKnownAs.*'],
  page: [],
} as const

type Options = { today?: string }

/**
 * Validates every document, then checks them against each other: unique web addresses,
 * and references that lead to a published document. Returns what can be published
 * safely, and a problem for everything held back or left out.
 */
export function buildDirectory(raw: RawDirectory, builtFrom: ContentSource['label'], options: Options = {}) {
  const today = options.today ?? todayInUk()
  const problems: Problem[] = []

  const parseAll = <S extends z.ZodType<Named>>(
    type: keyof typeof droppable,
    schema: S,
    documents: readonly unknown[],
  ) =>
    uniqueSlugs(
      type,
      documents.flatMap((document) => {
        const prepared = prepare(type, document, problems)
        const parsed = parseDocument(schema, prepared, type, droppable[type], problems)
        return parsed === undefined ? [] : [notCheckedInFuture(type, parsed, today, problems)]
      }),
      problems,
    )

  const areas = parseAll('area', areaSchema, raw.areas)
  const topics = parseAll('topic', topicSchema, raw.topics)
  const areaIds = new Set(areas.map((area) => area._id))
  const topicIds = new Set(topics.map((topic) => topic._id))

  const references = new References(problems)
  const venues = parseAll('venue', venueSchema, raw.venues).filter((venue) =>
    references.required('venue', venue, 'area', venue.area, areaIds),
  )
  const venueIds = new Set(venues.map((venue) => venue._id))

  const organisations = parseAll('organisation', organisationSchema, raw.organisations).flatMap(
    (organisation) => {
      const kept = references.someOf('organisation', organisation, 'areas', organisation.areas, areaIds)
      return kept ? [{ ...organisation, areas: kept }] : []
    },
  )
  const organisationIds = new Set(organisations.map((organisation) => organisation._id))

  const services = parseAll('service', serviceSchema, raw.services).flatMap((service) => {
    if (!references.required('service', service, 'organisation', service.organisation, organisationIds))
      return []
    const areasKept = references.someOf('service', service, 'areas', service.areas, areaIds)
    const topicsKept = references.someOf('service', service, 'topics', service.topics, topicIds)
    const venuesKept = references.optional('service', service, 'venues', service.venues, venueIds)
    if (!areasKept || !topicsKept) return []
    if (service.delivery.includes('in-person') && venuesKept.length === 0) {
      problems.push(
        skip(
          'service',
          service,
          'venues',
          'happens in person but has no published venue: add a venue, or set how it happens to online or phone',
        ),
      )
      return []
    }
    if (service.schedules.length === 0 && !service.availability) {
      problems.push(
        skip(
          'service',
          service,
          'schedules',
          'has no meeting times and no "other times": add one so people know when to go',
        ),
      )
      return []
    }
    return [{ ...service, areas: areasKept, topics: topicsKept, venues: venuesKept }]
  })

  const courses = parseAll('course', courseSchema, raw.courses).flatMap((course) => {
    if (!references.required('course', course, 'college', course.college, organisationIds)) return []
    const areasKept = references.someOf('course', course, 'areas', course.areas, areaIds)
    const topicsKept = references.someOf('course', course, 'topics', course.topics, topicIds)
    if (!areasKept || !topicsKept) return []
    const venue = course.venue && venueIds.has(course.venue) ? course.venue : undefined
    if (course.format !== 'online' && !venue) {
      problems.push(
        skip(
          'course',
          course,
          'venue',
          'happens in person but has no published venue: add a venue, or set the format to online',
        ),
      )
      return []
    }
    return [{ ...course, areas: areasKept, topics: topicsKept, venue }]
  })

  const opportunities = parseAll('opportunity', opportunitySchema, raw.opportunities).flatMap(
    (opportunity) => {
      if (
        !references.required(
          'opportunity',
          opportunity,
          'organisation',
          opportunity.organisation,
          organisationIds,
        )
      )
        return []
      const areasKept = references.someOf('opportunity', opportunity, 'areas', opportunity.areas, areaIds)
      return areasKept ? [{ ...opportunity, areas: areasKept }] : []
    },
  )

  const pages = parseAll('page', pageSchema, raw.pages)

  const settings = siteSettingsSchema.safeParse(raw.settings)
  if (!settings.success) {
    const detail = settings.error.issues
      .map((issue) => `${issue.path.join('.') || 'document'} ${issue.message}`)
      .join('; ')
    throw new Error(
      `The site settings document is ${raw.settings ? `not valid: ${detail}` : 'missing'}. ` +
        'Every page shows its crisis contacts, so the site cannot be built without it: fix "Site settings" in the Studio.',
    )
  }

  const directory: Directory = {
    services,
    courses,
    opportunities,
    organisations,
    venues,
    areas,
    topics,
    pages,
    settings: { ...settings.data, builtFrom },
  }
  return { directory, problems }
}

/** Listing types whose published count is compared with the source's. */
export const listingTypes = ['services', 'courses', 'opportunities', 'organisations'] as const

/**
 * Stops a build that would publish no listings, or fewer than half of those the source
 * holds: that is a broken source or a broken schema, not a smaller directory.
 */
export function assertEnoughPublished(raw: RawDirectory, directory: Directory, allowFewer: boolean): void {
  const shortfalls = listingTypes.flatMap((type) => {
    const inSource = raw[type].length
    const published = directory[type].length
    return published * 2 < inSource ? [`${published} of ${inSource} ${type}`] : []
  })
  const total = listingTypes.reduce((sum, type) => sum + directory[type].length, 0)
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
  options: Options & { allowFewer?: boolean } = {},
): Promise<Directory> {
  const raw = await fetchDirectory(source)
  const { directory, problems } = buildDirectory(raw, source.label, options)
  for (const problem of problems) warn(formatProblem(problem))
  assertEnoughPublished(raw, directory, options.allowFewer ?? false)
  return directory
}

type Named = { _id: string; name?: string; title?: string; slug: string }

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

/** Reports references that lead nowhere, keeping what the document can still be published with. */
class References {
  constructor(private readonly problems: Problem[]) {}

  required(type: string, document: Named, field: string, ref: string, known: Set<string>): boolean {
    if (known.has(ref)) return true
    this.problems.push(
      skip(
        type,
        document,
        field,
        `points to "${ref}", which is missing or not published: choose another, or fix that document`,
      ),
    )
    return false
  }

  optional(type: string, document: Named, field: string, refs: string[], known: Set<string>): string[] {
    return refs.filter((ref) => {
      if (known.has(ref)) return true
      this.problems.push({
        ...skip(
          type,
          document,
          field,
          `points to "${ref}", which is missing or not published: remove it or fix that document`,
        ),
        outcome: 'left out',
      })
      return false
    })
  }

  /** Keeps the known references; skips the document when none is left. */
  someOf(
    type: string,
    document: Named,
    field: string,
    refs: string[],
    known: Set<string>,
  ): string[] | undefined {
    const kept = this.optional(type, document, field, refs, known)
    if (kept.length > 0) return kept
    this.problems.push(skip(type, document, field, 'has nothing published left in it: choose at least one'))
    return undefined
  }
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
  if (typeof doc.summary === 'string' && doc.summary.length > 300) {
    report(
      'summary',
      `is ${doc.summary.length} characters long: keep it to one or two sentences (300 characters)`,
      'shortened',
    )
    doc.summary = shorten(doc.summary, 300)
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
