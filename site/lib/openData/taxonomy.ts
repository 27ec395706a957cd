import {
  accessRoutes,
  audiences,
  courseFormats,
  deliveryModes,
  enrolmentRoutes,
  opportunityKinds,
  serviceKinds,
  titleOf,
} from '@findpeersupport/content-model/vocabulary'
import type { TopicData } from '../content/schemas'
import { urls } from '../urls'
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds'
import { documentId, partId, taxonomyId } from './ids'

/*
 * The directory's own classifications as HSDS taxonomies. HSDS has no field for a listing's
 * topics, audiences or kind, or for a recovery college course at all; its `attributes` are the
 * standard's way to add such facts without new fields, so that is where they go.
 */

/** Each taxonomy the directory publishes, with its id and plain-English name. */
const taxonomyList = {
  topic: [
    'topics',
    'Topics',
    'What a listing is about, like hearing voices. Each topic has a page on the site.',
  ],
  audience: ['audiences', 'Groups of people', 'Groups of people a listing is especially for.'],
  kind: [
    'listing-kinds',
    'Kinds of listing',
    'Peer support services, recovery college courses and ways to give peer support, and their kinds.',
  ],
  access: ['access-routes', 'How to get in', 'Whether a person can join by themselves or needs a referral.'],
  delivery: ['delivery', 'How it happens', 'In person, online or by phone.'],
  peer: ['peer-involvement', 'Peer involvement', 'How people with their own experience run or teach it.'],
} as const

export type TaxonomyKey = keyof typeof taxonomyList

/** The taxonomies as the open-data page lists them: each one's code (its anchor there), name and meaning. */
export const taxonomyGuide = Object.values(taxonomyList).map(([code, name, description]) => ({
  code,
  name,
  description,
}))

/** A taxonomy's HSDS record; `siteUrl` makes its address, the open-data page that explains it. */
export function taxonomy(key: TaxonomyKey, siteUrl: string | URL): HsdsTaxonomy {
  const [code, name, description] = taxonomyList[key]
  return {
    id: taxonomyId(code),
    name: `Find Peer Support: ${name}`,
    description,
    uri: new URL(`${urls.openData}#${code}`, siteUrl).href,
  }
}

type TermInput = {
  /** The term's own id, where it has one (a topic's document); otherwise made from its code. */
  id?: string
  code: string
  name: string
  description?: string
  parent?: HsdsTaxonomyTerm
  uri?: string
}

/*
 * Every listing carries a handful of the same few dozen terms. Each term is made once and shared,
 * rather than made again (with its ids hashed again) for each of tens of thousands of listings.
 */
const madeTerms = new Map<string, HsdsTaxonomyTerm>()

/** A term in one of the directory's taxonomies. */
function term(key: TaxonomyKey, input: TermInput, siteUrl: string | URL): HsdsTaxonomyTerm {
  const cacheKey = JSON.stringify([
    key,
    input.id,
    input.code,
    input.name,
    input.description,
    input.parent?.id,
    input.uri,
    String(siteUrl),
  ])
  let made = madeTerms.get(cacheKey)
  if (!made) {
    made = makeTerm(key, input, siteUrl)
    madeTerms.set(cacheKey, made)
  }
  return made
}

function makeTerm(key: TaxonomyKey, input: TermInput, siteUrl: string | URL): HsdsTaxonomyTerm {
  const detail = taxonomy(key, siteUrl)
  return {
    id: input.id ?? partId(detail.id, 'term', input.code),
    code: input.code,
    name: input.name,
    // HSDS needs a description; the vocabulary's titles already say what a value means.
    description: input.description ?? input.name,
    ...(input.parent ? { parent_id: input.parent.id } : {}),
    taxonomy: detail.name,
    taxonomy_id: detail.id,
    taxonomy_detail: detail,
    ...(input.uri ? { term_uri: input.uri } : {}),
  }
}

/** The term for a topic: the topic's own id, name and page. */
export const topicTerm = (topic: TopicData, siteUrl: string | URL): HsdsTaxonomyTerm =>
  term(
    'topic',
    {
      id: documentId('topic', topic._id),
      code: topic.slug,
      name: topic.name,
      description: topic.description,
      uri: new URL(urls.topic(topic.slug), siteUrl).href,
    },
    siteUrl,
  )

/** The term for an audience, like "Carers, family and friends". */
export const audienceTerm = (value: (typeof audiences)[number]['value'], siteUrl: string | URL) =>
  term('audience', { code: value, name: titleOf(audiences, value) }, siteUrl)

/** The three kinds of listing, each the parent of its own kinds. */
const listingTypes = {
  service: { code: 'peer-support', name: 'Peer support' },
  course: { code: 'recovery-college-course', name: 'Recovery college course' },
  opportunity: { code: 'get-involved', name: 'A way to give peer support' },
} as const

/** The term for a kind of listing: a service, a recovery college course, or a way to get involved. */
export const listingTypeTerm = (type: keyof typeof listingTypes, siteUrl: string | URL) =>
  term('kind', listingTypes[type], siteUrl)

/** The term for a service's kind, like "Peer support group", under "Peer support". */
export const serviceKindTerm = (value: (typeof serviceKinds)[number]['value'], siteUrl: string | URL) =>
  term(
    'kind',
    { code: value, name: titleOf(serviceKinds, value), parent: listingTypeTerm('service', siteUrl) },
    siteUrl,
  )

/** The term for a way to get involved, like "Volunteer role", under "A way to give peer support". */
export const opportunityKindTerm = (
  value: (typeof opportunityKinds)[number]['value'],
  siteUrl: string | URL,
) =>
  term(
    'kind',
    { code: value, name: titleOf(opportunityKinds, value), parent: listingTypeTerm('opportunity', siteUrl) },
    siteUrl,
  )

/** The term for how a person gets into a service or onto a course. */
export const accessTerm = (
  value: (typeof accessRoutes)[number]['value'] | (typeof enrolmentRoutes)[number]['value'],
  siteUrl: string | URL,
) =>
  term(
    'access',
    { code: value, name: titleOf<string>([...accessRoutes, ...enrolmentRoutes], value) },
    siteUrl,
  )

/** The term for how a service or course happens: in person, online, by phone, or both for a course. */
export const deliveryTerm = (
  value: (typeof deliveryModes)[number]['value'] | (typeof courseFormats)[number]['value'],
  siteUrl: string | URL,
) =>
  term(
    'delivery',
    { code: value, name: titleOf<string>([...deliveryModes, ...courseFormats], value) },
    siteUrl,
  )

const peerInvolvement = {
  'peer-led': 'Peer-led: run by people with their own experience',
  'co-produced': 'Co-produced with people who use it',
  'peer-tutor': 'Co-taught by a peer tutor',
} as const

/** The term for how people with lived experience are involved. */
export const peerTerm = (value: keyof typeof peerInvolvement, siteUrl: string | URL) =>
  term('peer', { code: value, name: peerInvolvement[value] }, siteUrl)

/** Links a term to a service or organisation, as an HSDS attribute. */
export const attribute = (
  linkId: string,
  linkEntity: HsdsAttribute['link_entity'],
  taxonomyTerm: HsdsTaxonomyTerm,
): HsdsAttribute => ({
  id: partId(linkId, 'attribute', taxonomyTerm.id),
  link_id: linkId,
  link_entity: linkEntity,
  taxonomy_term_id: taxonomyTerm.id,
  taxonomy_term: taxonomyTerm,
})

/** The term every listing a person can join without anyone sending them carries, whatever its route. */
export const noReferralTerm = (siteUrl: string | URL) =>
  term(
    'access',
    {
      code: 'no-referral-needed',
      name: 'No referral needed',
      description: 'A person can join, enrol or turn up without a referral from anyone.',
    },
    siteUrl,
  )
