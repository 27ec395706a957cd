import { serviceKinds, titleOf, weekdays } from '@findpeersupport/content-model/vocabulary'
import type {
  CourseData,
  OpportunityData,
  OrganisationData,
  Schedule,
  ServiceData,
  VenueData,
} from './content/schemas'
import { courseSessions } from './time/course'
import { isBritishSummerTime, londonInstant } from './time/london'
import { describeSchedule } from './time/schedule'
import { urls } from './urls'
import { absoluteUrl, organisationLink, type ListingIndex, type SiteContext } from './view/listing'

/*
 * Schema.org JSON-LD for listing pages. Each function describes only what its page shows,
 * and leaves a property out rather than guess it.
 */

type JsonLd = Record<string, unknown>

const context = 'https://schema.org'
const schemaOrg = (name: string) => `https://schema.org/${name}`

/** "2027-01-12T10:00:00Z" or "+01:00" in summer: a London wall-clock time with its offset. */
export function londonDateTime(date: string, time: string): string {
  const offset = isBritishSummerTime(londonInstant(date, time)) ? '+01:00' : 'Z'
  return `${date}T${time}:00${offset}`
}

/** The organisation as a schema.org `Organization`, pointing at its page here and its own website. */
export function organisationLd(organisation: OrganisationData, site: SiteContext): JsonLd {
  return {
    '@type': 'Organization',
    name: organisation.name,
    url: absoluteUrl(organisationLink(organisation).href, site),
    ...(organisation.website ? { sameAs: organisation.website } : {}),
  }
}

function placeLd(venue: VenueData): JsonLd {
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

const onlineLd = (url: string | undefined): JsonLd => ({
  '@type': 'VirtualLocation',
  name: 'Online',
  ...(url ? { url } : {}),
})

/** A schedule as a schema.org `Schedule`: days, times and how often, in London time. */
export function scheduleLd(schedule: Schedule, now: Date): JsonLd {
  const weeks = schedule.weeksOfMonth
  return {
    '@type': 'Schedule',
    name: describeSchedule(schedule, now),
    byDay: schedule.byday.map((day) => schemaOrg(titleOf(weekdays, day))),
    startTime: `${schedule.opensAt}:00`,
    endTime: `${schedule.closesAt}:00`,
    repeatFrequency: schedule.freq === 'monthly' ? `P${schedule.interval}M` : `P${schedule.interval}W`,
    // schema.org counts weeks of the month 1 to 5 only; "last" is left to the schedule's name.
    ...(schedule.freq === 'monthly' && !weeks.includes(-1) ? { byMonthWeek: weeks } : {}),
    scheduleTimezone: 'Europe/London',
    ...(schedule.validFrom ? { startDate: schedule.validFrom } : {}),
    ...(schedule.validTo ? { endDate: schedule.validTo } : {}),
  }
}

const eventStatus = (status: ServiceData['status']) =>
  schemaOrg(
    status === 'running' ? 'EventScheduled' : status === 'paused' ? 'EventPostponed' : 'EventCancelled',
  )

/**
 * A service with meeting times is an `Event` series (its `eventSchedule`); one without is a
 * `Service`. Either way the provider is its organisation.
 */
export function serviceStructuredData(
  service: ServiceData,
  index: ListingIndex,
  now: Date,
  site: SiteContext,
): JsonLd {
  const url = absoluteUrl(urls.service(service.slug), site)
  const organisation = organisationLd(index.organisation(service.organisation), site)
  const base = { '@context': context, name: service.name, description: service.summary, url }
  if (service.schedules.length === 0) {
    return {
      ...base,
      '@type': 'Service',
      serviceType: titleOf(serviceKinds, service.kind),
      provider: organisation,
      areaServed: service.areas.map((id) => ({ '@type': 'AdministrativeArea', name: index.area(id).name })),
      ...(service.cost === 'free' ? { isAccessibleForFree: true } : {}),
    }
  }
  const inPerson = service.delivery.includes('in-person')
  const online = service.delivery.includes('online')
  const locations = [
    ...(inPerson ? service.venues.map((id) => placeLd(index.venue(id))) : []),
    ...(online ? [onlineLd(service.contact.website)] : []),
  ]
  return {
    ...base,
    '@type': 'Event',
    organizer: organisation,
    eventSchedule: service.schedules.map((schedule) => scheduleLd(schedule, now)),
    eventStatus: eventStatus(service.status),
    eventAttendanceMode: schemaOrg(
      inPerson && online
        ? 'MixedEventAttendanceMode'
        : inPerson
          ? 'OfflineEventAttendanceMode'
          : 'OnlineEventAttendanceMode',
    ),
    ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    ...(service.cost === 'free' ? { isAccessibleForFree: true } : {}),
    inLanguage: service.languages,
  }
}

const courseModes = { 'in-person': 'onsite', online: 'online', blended: 'blended' } as const

/** A course as `Course` with one `CourseInstance`: its term, mode, venue and every session. */
export function courseStructuredData(course: CourseData, index: ListingIndex, site: SiteContext): JsonLd {
  const url = absoluteUrl(urls.course(course.slug), site)
  const sessions = courseSessions(course.sessions)
  const first = sessions[0]
  const last = sessions.at(-1)
  const locations = [
    ...(course.venue && course.format !== 'online' ? [placeLd(index.venue(course.venue))] : []),
    ...(course.format !== 'in-person' ? [onlineLd(undefined)] : []),
  ]
  return {
    '@context': context,
    '@type': 'Course',
    name: course.name,
    description: course.summary,
    url,
    provider: organisationLd(index.organisation(course.college), site),
    ...(course.cost === 'free' ? { isAccessibleForFree: true } : {}),
    hasCourseInstance: {
      '@type': 'CourseInstance',
      name: `${course.name}, ${course.term}`,
      courseMode: courseModes[course.format],
      eventStatus: eventStatus(course.status),
      ...(first && last
        ? {
            startDate: londonDateTime(first.date, first.startsAt),
            endDate: londonDateTime(last.date, last.endsAt),
          }
        : {}),
      ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
      ...(course.places ? { maximumAttendeeCapacity: course.places } : {}),
      subEvent: sessions.map((session, number) => ({
        '@type': 'Event',
        name: `${course.name}: session ${number + 1}`,
        startDate: londonDateTime(session.date, session.startsAt),
        endDate: londonDateTime(session.date, session.endsAt),
      })),
    },
  }
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
): JsonLd {
  const url = absoluteUrl(urls.opportunity(opportunity.slug), site)
  const organisation = organisationLd(index.organisation(opportunity.organisation), site)
  if (opportunity.kind === 'training') {
    return {
      '@context': context,
      '@type': 'EducationalOccupationalProgram',
      name: opportunity.name,
      description: opportunity.summary,
      url,
      provider: organisation,
      ...(opportunity.closingDate ? { applicationDeadline: opportunity.closingDate } : {}),
    }
  }
  const type = employmentType(opportunity)
  const remoteOnly = !opportunity.delivery.includes('in-person')
  return {
    '@context': context,
    '@type': 'JobPosting',
    title: opportunity.name,
    description: opportunity.summary,
    url,
    hiringOrganization: organisation,
    ...(opportunity.lastChecked ? { datePosted: opportunity.lastChecked } : {}),
    ...(opportunity.closingDate ? { validThrough: opportunity.closingDate } : {}),
    ...(type ? { employmentType: type } : {}),
    workHours: opportunity.commitment,
    ...(remoteOnly
      ? { jobLocationType: 'TELECOMMUTE' }
      : {
          jobLocation: opportunity.areas.map((id) => ({
            '@type': 'Place',
            address: { '@type': 'PostalAddress', addressLocality: index.area(id).name, addressCountry: 'GB' },
          })),
        }),
  }
}
