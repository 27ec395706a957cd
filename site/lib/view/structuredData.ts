import {
  serviceKinds,
  titleOf,
  weekdays,
  type ListingStatus,
} from '@findpeersupport/content-model/vocabulary'
import type {
  AdministrativeAreaLeaf,
  Course,
  CourseInstance,
  EducationalOccupationalProgram,
  EducationalOccupationalProgramLeaf,
  Event,
  EventAttendanceModeEnumeration,
  EventLeaf,
  EventStatusType,
  JobPosting,
  Organization,
  OrganizationLeaf,
  PlaceLeaf,
  Schedule as ScheduleNode,
  Service,
  ServiceLeaf,
  VirtualLocation,
  WithContext,
} from 'schema-dts'
import type {
  CourseData,
  OpportunityData,
  OrganisationData,
  Schedule,
  ServiceData,
  VenueData,
} from '../content/schemas'
import { courseSessions } from '../time/course'
import { isBritishSummerTime, londonInstant } from '../time/london'
import { describeSchedule } from '../time/schedule'
import { urls } from '../urls'
import { absoluteUrl, organisationLink, type ListingIndex, type SiteContext } from './listing'

/*
 * Schema.org JSON-LD for listing pages. Each function describes only what its page shows,
 * and leaves a property out rather than guess it.
 */

/**
 * A schema.org node without the properties that have no value. Each call names the one type it
 * builds, so a misspelt or misplaced property fails to compile, optional ones included.
 */
function jsonLd<T extends object>(properties: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as T
}

/** One value as itself, several as a list, and none as no property at all. */
const oneOrMore = <T>(values: readonly T[]): T | readonly T[] | undefined =>
  values.length > 1 ? values : values[0]

/** "2027-01-12T10:00:00Z" or "+01:00" in summer: a London wall-clock time with its offset. */
export function londonDateTime(date: string, time: string): string {
  const offset = isBritishSummerTime(londonInstant(date, time)) ? '+01:00' : 'Z'
  return `${date}T${time}:00${offset}`
}

/** The organisation as a schema.org `Organization`, pointing at its page here and its own website. */
export function organisationLd(organisation: OrganisationData, site: SiteContext): Organization {
  return jsonLd<OrganizationLeaf>({
    '@type': 'Organization',
    name: organisation.name,
    url: absoluteUrl(organisationLink(organisation).href, site),
    sameAs: organisation.website,
  })
}

/** Schema.org `Organization` for what the organisation's own page shows. */
export function organisationPageStructuredData(
  organisation: OrganisationData,
  areaNames: readonly string[],
): WithContext<OrganizationLeaf> {
  return jsonLd<WithContext<OrganizationLeaf>>({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    description: organisation.summary,
    url: organisation.website,
    email: organisation.email,
    telephone: organisation.phone,
    areaServed: areaNames.map((name): AdministrativeAreaLeaf => ({ '@type': 'AdministrativeArea', name })),
  })
}

function placeLd(venue: VenueData): PlaceLeaf {
  const { line1, line2, town, postcode } = venue.address
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [line1, line2].filter(Boolean).join(', '),
      addressLocality: town,
      postalCode: postcode,
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: venue.location.lat, longitude: venue.location.lng },
  }
}

const onlineLd = (url: string | undefined): VirtualLocation =>
  jsonLd<VirtualLocation>({ '@type': 'VirtualLocation', name: 'Online', url })

/** A schedule as a schema.org `Schedule`: days, times and how often, in London time. */
export function scheduleLd(schedule: Schedule, now: Date): ScheduleNode {
  const weeks = schedule.weeksOfMonth
  return jsonLd<ScheduleNode>({
    '@type': 'Schedule',
    name: describeSchedule(schedule, now),
    byDay: schedule.byday.map((day) => `https://schema.org/${titleOf(weekdays, day)}`),
    startTime: `${schedule.opensAt}:00`,
    endTime: `${schedule.closesAt}:00`,
    repeatFrequency: schedule.freq === 'monthly' ? `P${schedule.interval}M` : `P${schedule.interval}W`,
    // schema.org counts weeks of the month 1 to 5 only; "last" is left to the schedule's name.
    byMonthWeek: schedule.freq === 'monthly' && !weeks.includes(-1) ? weeks : undefined,
    scheduleTimezone: 'Europe/London',
    startDate: schedule.validFrom,
    endDate: schedule.validTo,
  })
}

const eventStatus = {
  running: 'https://schema.org/EventScheduled',
  paused: 'https://schema.org/EventPostponed',
  closed: 'https://schema.org/EventCancelled',
} as const satisfies Record<ListingStatus, EventStatusType>

function attendanceMode(inPerson: boolean, online: boolean): EventAttendanceModeEnumeration {
  if (inPerson && online) return 'https://schema.org/MixedEventAttendanceMode'
  return inPerson
    ? 'https://schema.org/OfflineEventAttendanceMode'
    : 'https://schema.org/OnlineEventAttendanceMode'
}

/**
 * A service with meeting times is an `Event` series (its `eventSchedule`); one without is a
 * `Service`. Either way the provider is its organisation.
 */
export function serviceStructuredData(
  service: ServiceData,
  index: ListingIndex,
  now: Date,
  site: SiteContext,
): WithContext<Event> | WithContext<Service> {
  const url = absoluteUrl(urls.service(service.slug), site)
  const organisation = organisationLd(index.organisation(service.organisation), site)
  const free = service.cost === 'free'
  const base = {
    '@context': 'https://schema.org',
    name: service.name,
    description: service.summary,
    url,
  } as const
  if (service.schedules.length === 0) {
    return jsonLd<WithContext<ServiceLeaf>>({
      ...base,
      '@type': 'Service',
      serviceType: titleOf(serviceKinds, service.kind),
      provider: organisation,
      areaServed: service.areas.map((id) => ({ '@type': 'AdministrativeArea', name: index.area(id).name })),
      // schema.org has no `isAccessibleForFree` for a service: it says "free" with an offer at no cost.
      offers: free ? { '@type': 'Offer', price: 0, priceCurrency: 'GBP' } : undefined,
    })
  }
  const inPerson = service.delivery.includes('in-person')
  const online = service.delivery.includes('online')
  return jsonLd<WithContext<EventLeaf>>({
    ...base,
    '@type': 'Event',
    organizer: organisation,
    eventSchedule: service.schedules.map((schedule) => scheduleLd(schedule, now)),
    eventStatus: eventStatus[service.status],
    eventAttendanceMode: attendanceMode(inPerson, online),
    location: oneOrMore([
      ...(inPerson ? service.venues.map((id) => placeLd(index.venue(id))) : []),
      ...(online ? [onlineLd(service.contact.website)] : []),
    ]),
    isAccessibleForFree: free ? true : undefined,
    inLanguage: service.languages,
  })
}

const courseModes = { 'in-person': 'onsite', online: 'online', blended: 'blended' } as const

/** A course as `Course` with one `CourseInstance`: its term, mode, venue and every session. */
export function courseStructuredData(
  course: CourseData,
  index: ListingIndex,
  site: SiteContext,
): WithContext<Course> {
  const sessions = courseSessions(course.sessions)
  const first = sessions[0]
  const last = sessions.at(-1)
  return jsonLd<WithContext<Course>>({
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.name,
    description: course.summary,
    url: absoluteUrl(urls.course(course.slug), site),
    provider: organisationLd(index.organisation(course.college), site),
    isAccessibleForFree: course.cost === 'free' ? true : undefined,
    hasCourseInstance: jsonLd<CourseInstance>({
      '@type': 'CourseInstance',
      name: `${course.name}, ${course.term}`,
      courseMode: courseModes[course.format],
      eventStatus: eventStatus[course.status],
      startDate: first ? londonDateTime(first.date, first.startsAt) : undefined,
      endDate: last ? londonDateTime(last.date, last.endsAt) : undefined,
      location: oneOrMore([
        ...(course.venue && course.format !== 'online' ? [placeLd(index.venue(course.venue))] : []),
        ...(course.format !== 'in-person' ? [onlineLd(undefined)] : []),
      ]),
      maximumAttendeeCapacity: course.places,
      subEvent: sessions.map((session, number): EventLeaf => ({
        '@type': 'Event',
        name: `${course.name}: session ${number + 1}`,
        startDate: londonDateTime(session.date, session.startsAt),
        endDate: londonDateTime(session.date, session.endsAt),
      })),
    }),
  })
}

/** What the role's time commitment says about its hours, if it says anything schema.org knows. */
function employmentType(opportunity: OpportunityData): string | undefined {
  if (opportunity.kind === 'volunteer') return 'VOLUNTEER'
  if (/\bfull[- ]time\b/i.test(opportunity.commitment)) return 'FULL_TIME'
  if (/\bpart[- ]time\b/i.test(opportunity.commitment)) return 'PART_TIME'
  return undefined
}

/**
 * Volunteer and paid roles are a `JobPosting` (posted on the day it was last checked, valid to
 * its closing date); training to become a peer supporter is an `EducationalOccupationalProgram`.
 */
export function opportunityStructuredData(
  opportunity: OpportunityData,
  index: ListingIndex,
  site: SiteContext,
): WithContext<JobPosting> | WithContext<EducationalOccupationalProgram> {
  const url = absoluteUrl(urls.opportunity(opportunity.slug), site)
  const organisation = organisationLd(index.organisation(opportunity.organisation), site)
  if (opportunity.kind === 'training') {
    return jsonLd<WithContext<EducationalOccupationalProgramLeaf>>({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalProgram',
      name: opportunity.name,
      description: opportunity.summary,
      url,
      provider: organisation,
      applicationDeadline: opportunity.closingDate,
    })
  }
  const remoteOnly = !opportunity.delivery.includes('in-person')
  return jsonLd<WithContext<JobPosting>>({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: opportunity.name,
    description: opportunity.summary,
    url,
    hiringOrganization: organisation,
    datePosted: opportunity.lastChecked,
    validThrough: opportunity.closingDate,
    employmentType: employmentType(opportunity),
    workHours: opportunity.commitment,
    jobLocationType: remoteOnly ? 'TELECOMMUTE' : undefined,
    jobLocation: remoteOnly
      ? undefined
      : opportunity.areas.map((id): PlaceLeaf => ({
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: index.area(id).name, addressCountry: 'GB' },
        })),
  })
}
