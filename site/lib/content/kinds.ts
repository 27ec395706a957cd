import type { z } from 'astro/zod'
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
} from './schemas'

/*
 * Every kind of document the directory publishes, declared once: its query, its schema, what the
 * door does with a bad one, and how pages look it up. The content collections, the fetch, the door,
 * the directory index and the test fixtures are all derived from this list, so a new document type
 * is one entry here, one Studio file, one query and its pages.
 *
 * Kinds are checked in the order they are written, and a reference may only point to a kind
 * written above it: its published ids are known by then.
 */

/** How the door treats a reference that leads to no published document. */
export type Reference = {
  /** The list it points to, like `venues`: one declared above the kind that refers to it. */
  to: string
  /**
   * `one`: required, the document is skipped without it. `some`: a list that keeps what is
   * published, and skips the document when nothing is left. `any`: a list that keeps what is
   * published. `maybe`: an optional single reference, left out when it leads nowhere.
   */
  need: 'one' | 'some' | 'any' | 'maybe'
}

/** A reason the door skips an otherwise valid document, once its references are resolved. */
export type Refusal = { field: string; message: string }

type Kind<S extends z.ZodType, Q extends keyof SanityQueries, L extends string = never> = {
  /** The Sanity document type, as problems name it. */
  type: string
  query: Q
  schema: S
  /** Fields whose bad values are left out rather than holding the whole document back. */
  droppable: readonly string[]
  references?: Partial<Record<keyof z.output<S>, Reference>>
  /** What the document needs beyond its schema and references; a refusal skips it. */
  refuse?: (document: z.output<S>) => Refusal | undefined
  /** A build that would publish fewer than half of the source's documents of this kind stops. */
  guarded?: true
  /** The name pages look one up by id with, like `index.venue(id)`. */
  lookup?: L
}

const kind = <S extends z.ZodType, Q extends keyof SanityQueries, L extends string = never>(
  declared: Kind<S, Q, L>,
) => declared

const listingDroppable = [
  'previousSlugs.*',
  'alert',
  'lastChecked',
  'description.*',
  'audiences.*',
  'contact.name',
  'contact.phone',
  'contact.text',
  'contact.email',
  'contact.website',
] as const

/** The directory's lists, in the order the door checks them. */
export const documentKinds = {
  areas: kind({
    type: 'area',
    query: queries.areasQuery,
    schema: areaSchema,
    droppable: [],
    lookup: 'area',
  }),
  topics: kind({
    type: 'topic',
    query: queries.topicsQuery,
    schema: topicSchema,
    droppable: ['alsoKnownAs.*'],
    lookup: 'topic',
  }),
  venues: kind({
    type: 'venue',
    query: queries.venuesQuery,
    schema: venueSchema,
    droppable: ['accessNotes', 'transport', 'stepFree', 'accessibleToilet', 'hearingLoop', 'address.line2'],
    references: { area: { to: 'areas', need: 'one' } },
    lookup: 'venue',
  }),
  organisations: kind({
    type: 'organisation',
    query: queries.organisationsQuery,
    schema: organisationSchema,
    droppable: [
      'description.*',
      'previousSlugs.*',
      'website',
      'email',
      'phone',
      'charityNumber',
      'lastChecked',
    ],
    references: { areas: { to: 'areas', need: 'some' } },
    guarded: true,
    lookup: 'organisation',
  }),
  services: kind({
    type: 'service',
    query: queries.servicesQuery,
    schema: serviceSchema,
    droppable: [
      ...listingDroppable,
      'schedules.*',
      'costDetails',
      'onlineDetails',
      'accessibilityNotes',
      'languages.*',
    ],
    references: {
      organisation: { to: 'organisations', need: 'one' },
      areas: { to: 'areas', need: 'some' },
      topics: { to: 'topics', need: 'some' },
      venues: { to: 'venues', need: 'any' },
    },
    refuse: (service) =>
      service.delivery.includes('in-person') && service.venues.length === 0
        ? {
            field: 'venues',
            message:
              'happens in person but has no published venue: add a venue, or set how it happens to online or phone',
          }
        : service.schedules.length === 0 && !service.availability
          ? {
              field: 'schedules',
              message: 'has no meeting times and no "other times": add one so people know when to go',
            }
          : undefined,
    guarded: true,
    lookup: 'service',
  }),
  courses: kind({
    type: 'course',
    query: queries.coursesQuery,
    schema: courseSchema,
    droppable: [...listingDroppable, 'enrolUrl', 'places', 'onlineDetails', 'costDetails', 'sessions.*'],
    references: {
      college: { to: 'organisations', need: 'one' },
      areas: { to: 'areas', need: 'some' },
      topics: { to: 'topics', need: 'some' },
      venue: { to: 'venues', need: 'maybe' },
    },
    refuse: (course) =>
      course.format !== 'online' && !course.venue
        ? {
            field: 'venue',
            message: 'happens in person but has no published venue: add a venue, or set the format to online',
          }
        : undefined,
    guarded: true,
    lookup: 'course',
  }),
  opportunities: kind({
    type: 'opportunity',
    query: queries.opportunitiesQuery,
    schema: opportunitySchema,
    droppable: [...listingDroppable, 'pay', 'trainingProvided', 'applyUrl', 'closingDate'],
    references: {
      organisation: { to: 'organisations', need: 'one' },
      areas: { to: 'areas', need: 'some' },
      // Not `some`, as for services: a role is worth publishing on the get-involved page
      // whatever it is about, and roles saved before they had topics have none.
      topics: { to: 'topics', need: 'any' },
    },
    guarded: true,
    lookup: 'opportunity',
  }),
  pages: kind({
    type: 'page',
    query: queries.pagesQuery,
    schema: pageSchema,
    droppable: [],
  }),
}

/**
 * The one document every page needs (its crisis contacts): a build cannot go on without it,
 * so a bad one stops the build rather than being skipped.
 */
export const settingsKind = kind({
  type: 'siteSettings',
  query: queries.siteSettingsQuery,
  schema: siteSettingsSchema,
  droppable: [],
})

type Kinds = typeof documentKinds

/** The name of each list in the directory: `services`, `venues`, … */
export type ListKey = keyof Kinds

/** Every list, in the order the door checks them. */
export const listKeys = Object.keys(documentKinds) as ListKey[]

/** One published document of a kind, as pages read it. */
export type EntryOf<K extends ListKey> = z.output<Kinds[K]['schema']>

/** What a kind's query returns, typed by `sanity typegen` from the Studio schema and the query. */
export type QueryResultOf<K extends ListKey | 'settings'> = SanityQueries[(K extends ListKey
  ? Kinds[K]
  : typeof settingsKind)['query']]

type Row<Result> = Result extends readonly (infer Item)[] ? Item : NonNullable<Result>
type Queried<Result, Schema extends z.ZodType> =
  Exclude<keyof z.input<Schema>, keyof Row<Result>> extends never
    ? true
    : { notQueried: Exclude<keyof z.input<Schema>, keyof Row<Result>> }
type AllTrue<T extends Record<ListKey | 'settings', true>> = T

/**
 * Fails to compile when a schema checks a field its query does not fetch, so the queries, the
 * generated types and the validation cannot drift apart.
 */
export type EveryValidatedFieldIsQueried = AllTrue<
  { [K in ListKey]: Queried<QueryResultOf<K>, Kinds[K]['schema']> } & {
    settings: Queried<QueryResultOf<'settings'>, typeof settingsKind.schema>
  }
>

/** The kinds pages look up by id, by the name they look them up with. */
type LookupKinds = {
  [K in ListKey as Kinds[K] extends Kind<z.ZodType, keyof SanityQueries, infer Name> ? Name : never]: K
}

/** The lookups `index.venue(id)`, `index.area(id)`, … for every kind that declares one. */
export type Lookups = { [Name in keyof LookupKinds]: (id: string) => EntryOf<LookupKinds[Name]> }

/** Lookup names with the list each one reads. */
export const lookupKinds = listKeys.flatMap((key) => {
  const { lookup } = documentKinds[key] as { lookup?: string }
  return lookup ? [{ key, lookup }] : []
})
