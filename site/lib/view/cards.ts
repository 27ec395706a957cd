import { needsNoReferral } from '@findpeersupport/content-model/rules'
import {
  courseFormats,
  opportunityKinds,
  serviceKinds,
  titleOf,
} from '@findpeersupport/content-model/vocabulary'
import type { AreaData, CourseData, OpportunityData, OrganisationData, ServiceData } from '../content/schemas'
import type { ListingEntry } from '../search/facets'
import { labelOf } from '../search/filters'
import { courseDateRange } from '../time/course'
import { formatDate } from '../time/format'
import { describeSchedule } from '../time/schedule'
import { urls } from '../urls'
import { organisationLink, statusWords, type Link } from './listing'

/** What a card needs besides its listing: lookups from `directoryIndex()` and the build clock. */
export type CardContext = {
  area: (id: string) => AreaData
  organisation: (id: string) => OrganisationData
  now: Date
}

/** A listing as a compact card shows it, in a list or a search result, all in words. */
export type ListingCardView = {
  name: string
  href: string
  /** What kind of thing it is, like "Peer support group". */
  kind: string
  areas: string[]
  /** True when a person can go along or sign up without anyone sending them. */
  noReferralNeeded: boolean
  /** When it meets, as people say it, one line per pattern; empty when nothing is known. */
  when: string[]
  organisation: Link | undefined
  /** Said only when it is not running as usual, like "Paused for now". */
  status: string | undefined
  /** Short facts worth seeing in a list: course format, peer tutor, closing date. */
  details: string[]
}

/**
 * Whether a person can enrol on a course themselves, from the route its college chose. A course
 * saved before "who can enrol" existed has no route, and gets no badge rather than a guess.
 */
export const isSelfEnrol = (course: Pick<CourseData, 'enrolment'>): boolean =>
  course.enrolment !== undefined && needsNoReferral(course.enrolment)

const areaNames = (ids: readonly string[], context: CardContext) => ids.map((id) => context.area(id).name)

/** The card for a service: kind, areas, when it meets and whether it needs a referral. */
export function serviceCard(service: ServiceData, context: CardContext): ListingCardView {
  const schedules = service.schedules.map((schedule) => describeSchedule(schedule, context.now))
  return {
    name: service.name,
    href: urls.service(service.slug),
    kind: titleOf(serviceKinds, service.kind),
    areas: areaNames(service.areas, context),
    noReferralNeeded: needsNoReferral(service.accessRoute),
    when: schedules.length > 0 ? schedules : service.availability ? [service.availability] : [],
    organisation: organisationLink(context.organisation(service.organisation)),
    status: statusWords(service.status),
    details: [],
  }
}

/** The card for a recovery college course: its dates, format and whether a peer tutor co-delivers it. */
export function courseCard(course: CourseData, context: CardContext): ListingCardView {
  return {
    name: course.name,
    href: urls.course(course.slug),
    kind: labelOf('kind', 'course'),
    areas: areaNames(course.areas, context),
    noReferralNeeded: isSelfEnrol(course),
    when: [courseDateRange(course.sessions)].filter(Boolean),
    organisation: organisationLink(context.organisation(course.college)),
    status: statusWords(course.status),
    details: [
      titleOf(courseFormats, course.format),
      ...(course.peerTutor ? ['Co-taught by a peer tutor'] : []),
    ],
  }
}

/** The card for a way to give peer support: its kind, commitment and closing date. */
export function opportunityCard(opportunity: OpportunityData, context: CardContext): ListingCardView {
  return {
    name: opportunity.name,
    href: urls.opportunity(opportunity.slug),
    kind: titleOf(opportunityKinds, opportunity.kind),
    areas: areaNames(opportunity.areas, context),
    noReferralNeeded: false,
    when: [opportunity.commitment],
    organisation: organisationLink(context.organisation(opportunity.organisation)),
    status: statusWords(opportunity.status),
    details: [
      opportunity.closingDate ? `Apply by ${formatDate(opportunity.closingDate)}` : 'No closing date',
    ],
  }
}

/** The card for an organisation, as search lists it beside its listings. */
export function organisationCard(organisation: OrganisationData, context: CardContext): ListingCardView {
  return {
    name: organisation.name,
    href: organisationLink(organisation).href,
    kind: labelOf('kind', 'organisation'),
    areas: areaNames(organisation.areas, context),
    noReferralNeeded: false,
    when: [],
    organisation: undefined,
    status: undefined,
    details: [],
  }
}

/** The card for any listing search can find. */
export function listingCard(listing: ListingEntry, context: CardContext): ListingCardView {
  switch (listing.type) {
    case 'service':
      return serviceCard(listing.entry, context)
    case 'course':
      return courseCard(listing.entry, context)
    case 'opportunity':
      return opportunityCard(listing.entry, context)
    case 'organisation':
      return organisationCard(listing.entry, context)
  }
}
