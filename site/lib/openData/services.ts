import { needsNoReferral } from '@findpeersupport/content-model/rules'
import {
  costTypes,
  courseFormats,
  languages,
  titleOf,
  type CostType,
  type ListingStatus,
} from '@findpeersupport/content-model/vocabulary'
import type {
  AreaData,
  Contact,
  CourseData,
  OpportunityData,
  OrganisationData,
  ServiceData,
  TopicData,
  VenueData,
} from '../content/schemas'
import { courseHasFinished } from '../time/course'
import { formatDate } from '../time/format'
import { londonDate } from '../time/london'
import { listingPages } from '../urls'
import { isSelfEnrol } from '../view/cards'
import type {
  HsdsContact,
  HsdsCostOption,
  HsdsPhone,
  HsdsService,
  HsdsServiceSummary,
  HsdsStatus,
  HsdsTaxonomyTerm,
} from './hsds'
import { documentId, partId } from './ids'
import { serviceArea, serviceAtLocation, venueLocation } from './locations'
import { organizationSummary } from './organizations'
import { courseSchedules, serviceSchedule } from './schedules'
import {
  accessTerm,
  attribute,
  audienceTerm,
  deliveryTerm,
  listingTypeTerm,
  noReferralTerm,
  opportunityKindTerm,
  peerTerm,
  serviceKindTerm,
  topicTerm,
} from './taxonomy'
import { paragraphs, plainText } from './text'

/*
 * Every kind of listing as an HSDS service. Services map field for field; a recovery college
 * course becomes a service whose schedules are its sessions, and a way to give peer support a
 * service whose kind says so. What HSDS has no field for is said in the free-text fields or as
 * attributes, never as fields the standard does not define.
 */

/** The lookups and clock from `directoryIndex()` the mapping reads. */
export type OpenDataIndex = {
  organisation: (id: string) => OrganisationData
  venue: (id: string) => VenueData
  area: (id: string) => AreaData
  topic: (id: string) => TopicData
  now: Date
}

/**
 * A listing's status in HSDS's words. "Closed" is for good (`defunct`); a course whose last
 * session is over or a role whose closing date has passed has simply ended (`inactive`); "paused"
 * is `temporarily closed`.
 */
export function hsdsStatus(status: ListingStatus, hasEnded: boolean): HsdsStatus {
  if (status === 'closed') return 'defunct'
  if (hasEnded) return 'inactive'
  return status === 'paused' ? 'temporarily closed' : 'active'
}

/** The phone and text numbers of a listing's contact. */
function phones(contact: Contact, serviceId: string): HsdsPhone[] {
  return [
    ...(contact.phone
      ? [{ id: partId(serviceId, 'phone', contact.phone), number: contact.phone, type: 'voice' as const }]
      : []),
    ...(contact.text
      ? [
          {
            id: partId(serviceId, 'text', contact.text),
            number: contact.text,
            type: 'text' as const,
            description: 'Send a text message',
          },
        ]
      : []),
  ]
}

/** The named person to contact, when the listing names one. */
const contacts = (contact: Contact, serviceId: string): HsdsContact[] =>
  contact.name
    ? [
        {
          id: partId(serviceId, 'contact'),
          service_id: serviceId,
          name: contact.name,
          ...(contact.email ? { email: contact.email } : {}),
        },
      ]
    : []

/** What it costs, in HSDS's structured form: an amount only when the listing is free. */
function costOptions(cost: CostType, details: string | undefined, serviceId: string): HsdsCostOption[] {
  return [
    {
      id: partId(serviceId, 'cost', cost),
      service_id: serviceId,
      option: titleOf(costTypes, cost),
      currency: 'GBP',
      ...(cost === 'free' ? { amount: 0 } : {}),
      ...(details ? { amount_description: details } : {}),
    },
  ]
}

const feesDescription = (cost: CostType, details: string | undefined) =>
  details ? `${titleOf(costTypes, cost)}: ${details}` : titleOf(costTypes, cost)

/** A line giving a web address, for free-text fields. */
const webLine = (label: string, url: string | undefined) => (url ? `${label}: ${url}` : undefined)

type Listing = ServiceData | CourseData | OpportunityData
type ListingType = keyof typeof listingPages

/** What differs between kinds of listing; the rest is read the same way from every one. */
type ListingParts = {
  type: ListingType
  organisation: string
  hasEnded: boolean
  description: string
  applicationProcess: string
  fees?: string | undefined
}

function summary(
  listing: Listing,
  parts: ListingParts,
  index: OpenDataIndex,
  siteUrl: string | URL,
): HsdsServiceSummary {
  const organization = organizationSummary(index.organisation(parts.organisation), siteUrl)
  return {
    id: documentId(parts.type, listing._id),
    organization_id: organization.id,
    name: listing.name,
    description: parts.description,
    url: new URL(listingPages[parts.type](listing.slug), siteUrl).href,
    ...(listing.contact.email ? { email: listing.contact.email } : {}),
    status: hsdsStatus(listing.status, parts.hasEnded),
    application_process: parts.applicationProcess,
    ...(parts.fees ? { fees_description: parts.fees } : {}),
    eligibility_description: listing.whoFor,
    ...(listing.lastChecked ? { assured_date: listing.lastChecked } : {}),
    ...(listing.alert ? { alert: listing.alert } : {}),
    organization,
  }
}

/** What a full service adds to its summary, besides the parts every listing has. */
type FullParts = Pick<HsdsService, 'schedules' | 'languages' | 'cost_options'> & {
  venues: readonly string[]
  terms: readonly HsdsTaxonomyTerm[]
}

function full(
  listing: Listing,
  head: HsdsServiceSummary,
  parts: FullParts,
  index: OpenDataIndex,
  siteUrl: string | URL,
): HsdsService {
  const terms = [...parts.terms, ...listing.topics.map((id) => topicTerm(index.topic(id), siteUrl))]
  return {
    ...head,
    phones: phones(listing.contact, head.id),
    schedules: parts.schedules,
    service_areas: listing.areas.map((id) => serviceArea(head.id, index.area(id), siteUrl)),
    service_at_locations: parts.venues.map((id) => {
      const venue = index.venue(id)
      return serviceAtLocation(head.id, venueLocation(venue, index.area(venue.area)))
    }),
    languages: parts.languages,
    cost_options: parts.cost_options,
    contacts: contacts(listing.contact, head.id),
    attributes: [...terms, ...listing.audiences.map((audience) => audienceTerm(audience, siteUrl))].map(
      (term) => attribute(head.id, 'service', term),
    ),
  }
}

/** A peer support service's one-to-one HSDS fields. */
function serviceSummary(
  service: ServiceData,
  index: OpenDataIndex,
  siteUrl: string | URL,
): HsdsServiceSummary {
  return summary(
    service,
    {
      type: 'service',
      organisation: service.organisation,
      hasEnded: false,
      description: paragraphs(
        service.summary,
        plainText(service.description),
        service.schedules.length === 0 ? service.availability : undefined,
        service.onlineDetails,
        service.accessibilityNotes ? `Accessibility: ${service.accessibilityNotes}` : undefined,
      ),
      applicationProcess: paragraphs(service.howToJoin, webLine('Website', service.contact.website)),
      fees: feesDescription(service.cost, service.costDetails),
    },
    index,
    siteUrl,
  )
}

/** A peer support service as a full HSDS service. */
export function hsdsService(service: ServiceData, index: OpenDataIndex, siteUrl: string | URL): HsdsService {
  const head = serviceSummary(service, index, siteUrl)
  return full(
    service,
    head,
    {
      schedules: service.schedules.map((schedule, position) => serviceSchedule(schedule, head.id, position)),
      languages: service.languages.map((code) => ({
        id: partId(head.id, 'language', code),
        service_id: head.id,
        name: titleOf(languages, code),
        code,
      })),
      cost_options: costOptions(service.cost, service.costDetails, head.id),
      venues: service.venues,
      terms: [
        listingTypeTerm('service', siteUrl),
        serviceKindTerm(service.kind, siteUrl),
        accessTerm(service.accessRoute, siteUrl),
        ...(needsNoReferral(service.accessRoute) ? [noReferralTerm(siteUrl)] : []),
        ...service.delivery.map((mode) => deliveryTerm(mode, siteUrl)),
        ...(service.peerLed ? [peerTerm('peer-led', siteUrl)] : []),
        ...(service.coProduced ? [peerTerm('co-produced', siteUrl)] : []),
      ],
    },
    index,
    siteUrl,
  )
}

/** A recovery college course's one-to-one HSDS fields. */
function courseSummary(course: CourseData, index: OpenDataIndex, siteUrl: string | URL): HsdsServiceSummary {
  return summary(
    course,
    {
      type: 'course',
      organisation: course.college,
      hasEnded: courseHasFinished(course.sessions, index.now),
      description: paragraphs(
        course.summary,
        plainText(course.description),
        `A recovery college course, ${course.term} term.`,
        course.places ? `Places: ${course.places}.` : undefined,
        course.onlineDetails,
      ),
      applicationProcess: paragraphs(
        course.howToEnrol,
        webLine('Enrol online', course.enrolUrl),
        webLine('Website', course.contact.website),
      ),
      fees: feesDescription(course.cost, course.costDetails),
    },
    index,
    siteUrl,
  )
}

/** A recovery college course as a full HSDS service: each session is a one-off schedule. */
export function hsdsCourse(course: CourseData, index: OpenDataIndex, siteUrl: string | URL): HsdsService {
  const head = courseSummary(course, index, siteUrl)
  return full(
    course,
    head,
    {
      schedules: courseSchedules(course, {
        serviceId: head.id,
        attendingType: titleOf(courseFormats, course.format),
        enrolUrl: course.enrolUrl,
      }),
      languages: [],
      cost_options: costOptions(course.cost, course.costDetails, head.id),
      venues: course.venue ? [course.venue] : [],
      terms: [
        listingTypeTerm('course', siteUrl),
        ...(course.enrolment ? [accessTerm(course.enrolment, siteUrl)] : []),
        ...(isSelfEnrol(course) ? [noReferralTerm(siteUrl)] : []),
        deliveryTerm(course.format, siteUrl),
        ...(course.peerTutor ? [peerTerm('peer-tutor', siteUrl)] : []),
      ],
    },
    index,
    siteUrl,
  )
}

/** Whether an opportunity's closing date has passed in the UK. */
const closingDatePassed = (opportunity: OpportunityData, now: Date) =>
  opportunity.closingDate !== undefined && opportunity.closingDate < londonDate(now)

/** A way to give peer support's one-to-one HSDS fields. */
function opportunitySummary(
  opportunity: OpportunityData,
  index: OpenDataIndex,
  siteUrl: string | URL,
): HsdsServiceSummary {
  return summary(
    opportunity,
    {
      type: 'opportunity',
      organisation: opportunity.organisation,
      hasEnded: closingDatePassed(opportunity, index.now),
      description: paragraphs(
        opportunity.summary,
        plainText(opportunity.description),
        `Time needed: ${opportunity.commitment}`,
        opportunity.pay ? `Pay: ${opportunity.pay}` : undefined,
        opportunity.trainingProvided ? `Training: ${opportunity.trainingProvided}` : undefined,
      ),
      applicationProcess: paragraphs(
        opportunity.howToApply,
        opportunity.closingDate ? `Closing date: ${formatDate(opportunity.closingDate)}.` : undefined,
        webLine('Apply online', opportunity.applyUrl),
        webLine('Website', opportunity.contact.website),
      ),
    },
    index,
    siteUrl,
  )
}

/** A way to give peer support as a full HSDS service, its kind (volunteer, paid, training) an attribute. */
export function hsdsOpportunity(
  opportunity: OpportunityData,
  index: OpenDataIndex,
  siteUrl: string | URL,
): HsdsService {
  const head = opportunitySummary(opportunity, index, siteUrl)
  return full(
    opportunity,
    head,
    {
      schedules: [],
      languages: [],
      cost_options: [],
      venues: [],
      terms: [
        listingTypeTerm('opportunity', siteUrl),
        opportunityKindTerm(opportunity.kind, siteUrl),
        ...opportunity.delivery.map((mode) => deliveryTerm(mode, siteUrl)),
      ],
    },
    index,
    siteUrl,
  )
}
