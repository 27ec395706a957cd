import {
  courseFormats,
  listingStatuses,
  opportunityKinds,
  serviceKinds,
  titleOf,
} from '@findpeersupport/content-model/vocabulary'
import type { AreaData, CourseData, OpportunityData, OrganisationData, ServiceData } from '../content/schemas'
import { courseDateRange } from '../time/course'
import { formatDate } from '../time/format'
import { describeSchedule } from '../time/schedule'
import { urls } from '../urls'

/** What a card needs besides its listing: lookups from `directoryIndex()` and the build clock. */
export type CardContext = {
  area: (id: string) => AreaData
  organisation: (id: string) => OrganisationData
  now: Date
}

/** A service, course or opportunity as a compact card in a list shows it, all in words. */
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
  organisation: { name: string; href: string } | undefined
  /** Said only when it is not running as usual, like "Paused for now". */
  status: string | undefined
  /** Short facts worth seeing in a list: course format, peer tutor, closing date. */
  details: string[]
}

/** Whether a service can be joined without a referral from a professional. */
export const isSelfReferral = (service: Pick<ServiceData, 'accessRoute'>): boolean =>
  service.accessRoute === 'open-to-all' || service.accessRoute === 'self-referral'

/**
 * Whether a person can enrol on a course themselves. The course model has no access route:
 * recovery colleges take enrolments directly, so only enrolment text that asks for a referral
 * (and does not say "no referral") counts against it.
 */
export function isSelfEnrol(course: Pick<CourseData, 'enrolment'>): boolean {
  return course.enrolment === 'self-enrol'
}

const statusWords = (status: ServiceData['status']) =>
  status === 'running' ? undefined : titleOf(listingStatuses, status)

const organisationLink = (organisation: OrganisationData) => ({
  name: organisation.name,
  href:
    organisation.kind === 'recovery-college'
      ? urls.recoveryCollege(organisation.slug)
      : urls.organisation(organisation.slug),
})

const areaNames = (ids: readonly string[], context: CardContext) => ids.map((id) => context.area(id).name)

/** The card for a service: kind, areas, when it meets and whether it needs a referral. */
export function serviceCard(service: ServiceData, context: CardContext): ListingCardView {
  const schedules = service.schedules.map((schedule) => describeSchedule(schedule, context.now))
  return {
    name: service.name,
    href: urls.service(service.slug),
    kind: titleOf(serviceKinds, service.kind),
    areas: areaNames(service.areas, context),
    noReferralNeeded: isSelfReferral(service),
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
    kind: 'Recovery college course',
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
