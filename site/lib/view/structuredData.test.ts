import { describe, expect, test } from 'vitest'
import { course, eveningGroup, linkworker, onlineCommunity } from '../../../tests/fixtures/directory'
import {
  courseStructuredData,
  londonDateTime,
  opportunityStructuredData,
  serviceStructuredData,
} from './structuredData'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'

const site = { url: 'https://findpeersupport.example.org', updatesEmail: 'updates@example.org' }
/** What a page prints into its script tag, read back as a search engine would. */
const roundTrip = (value: object) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>

async function entries(extra: object[] = []) {
  const index = await fixtureIndex(extra)
  const find = <T extends { _id: string }>(list: readonly T[], id: string): T => {
    const found = list.find((entry) => entry._id === id)
    if (!found) throw new Error(`missing ${id}`)
    return found
  }
  return { index, find }
}

describe('serviceStructuredData', () => {
  test('a group with meeting times is an Event series with its weekly schedule, venue and organiser', async () => {
    const { index, find } = await entries()
    const data = roundTrip(
      serviceStructuredData(find(index.services, eveningGroup._id), index, fixtureNow, site),
    )
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Croydon Hearing Voices Group',
      url: 'https://findpeersupport.example.org/services/croydon-hearing-voices-group/',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Hear Us Croydon', sameAs: 'https://example.org/hear-us' },
      eventSchedule: [
        {
          '@type': 'Schedule',
          byDay: ['https://schema.org/Tuesday'],
          startTime: '18:00:00',
          endTime: '19:30:00',
          repeatFrequency: 'P1W',
          scheduleTimezone: 'Europe/London',
        },
      ],
      location: {
        '@type': 'Place',
        name: 'St Mary’s Church Hall',
        address: { '@type': 'PostalAddress', postalCode: 'CR0 1AB', addressCountry: 'GB' },
      },
      isAccessibleForFree: true,
    })
  })

  test('a monthly schedule names its weeks of the month', async () => {
    const monthly = variantOf(eveningGroup, 'monthly', {
      schedules: [
        {
          _key: 'm',
          _type: 'schedule',
          freq: 'monthly',
          byday: ['TH'],
          weeksOfMonth: [2, 4],
          opensAt: '18:30',
          closesAt: '20:00',
        },
      ],
    })
    const { index, find } = await entries([monthly])
    const data = roundTrip(serviceStructuredData(find(index.services, monthly._id), index, fixtureNow, site))
    expect(data.eventSchedule).toMatchObject([
      { repeatFrequency: 'P1M', byMonthWeek: [2, 4], byDay: ['https://schema.org/Thursday'] },
    ])
  })

  test('a service with no meeting times is a Service from its provider', async () => {
    const { index, find } = await entries()
    const data = roundTrip(
      serviceStructuredData(find(index.services, onlineCommunity._id), index, fixtureNow, site),
    )
    expect(data['@type']).toBe('Service')
    expect(data).toMatchObject({
      provider: { '@type': 'Organization', name: 'Hear Us Croydon' },
      serviceType: 'Online community',
    })
    expect(data).not.toHaveProperty('eventSchedule')
  })

  test('a free service says so with an offer at no cost, as schema.org has no free flag for a service', async () => {
    const paid = variantOf(onlineCommunity, 'paid', { cost: 'paid' })
    const { index, find } = await entries([paid])
    const free = roundTrip(
      serviceStructuredData(find(index.services, onlineCommunity._id), index, fixtureNow, site),
    )
    expect(free.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'GBP' })
    expect(free).not.toHaveProperty('isAccessibleForFree')
    expect(
      roundTrip(serviceStructuredData(find(index.services, paid._id), index, fixtureNow, site)),
    ).not.toHaveProperty('offers')
  })

  test('a closed group is a cancelled event', async () => {
    const closed = variantOf(eveningGroup, 'closed', { status: 'closed' })
    const { index, find } = await entries([closed])
    const data = roundTrip(serviceStructuredData(find(index.services, closed._id), index, fixtureNow, site))
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled')
  })
})

describe('courseStructuredData', () => {
  test('is a Course with one CourseInstance: mode, venue, places and every session in London time', async () => {
    const { index, find } = await entries()
    const data = roundTrip(courseStructuredData(find(index.courses, course._id), index, site))
    expect(data).toMatchObject({
      '@type': 'Course',
      name: 'Making sense of voices',
      provider: {
        '@type': 'Organization',
        url: 'https://findpeersupport.example.org/recovery-colleges/croydon-recovery-college/',
      },
      hasCourseInstance: {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2027-01-12T10:00:00Z',
        endDate: '2027-01-19T12:30:00Z',
        maximumAttendeeCapacity: 14,
        location: { '@type': 'Place', name: 'St Mary’s Church Hall' },
        subEvent: [
          { '@type': 'Event', startDate: '2027-01-12T10:00:00Z', endDate: '2027-01-12T12:30:00Z' },
          { '@type': 'Event', startDate: '2027-01-19T10:00:00Z', endDate: '2027-01-19T12:30:00Z' },
        ],
      },
    })
  })
})

describe('opportunityStructuredData', () => {
  test('a volunteer role is a JobPosting posted when last checked', async () => {
    const { index, find } = await entries()
    const data = roundTrip(opportunityStructuredData(find(index.opportunities, linkworker._id), index, site))
    expect(data).toMatchObject({
      '@type': 'JobPosting',
      title: 'Volunteer Linkworker',
      datePosted: '2026-08-20',
      employmentType: 'VOLUNTEER',
      hiringOrganization: { '@type': 'Organization', name: 'Hear Us Croydon' },
      jobLocation: [{ '@type': 'Place', address: { addressLocality: 'Croydon', addressCountry: 'GB' } }],
    })
    expect(data).not.toHaveProperty('validThrough')
  })

  test('a paid post is valid to its closing date and part-time only when it says so', async () => {
    const paid = variantOf(linkworker, 'paid', {
      kind: 'paid',
      commitment: 'Part-time, 22.5 hours a week',
      closingDate: '2027-01-31',
    })
    const unsaid = variantOf(linkworker, 'unsaid', { kind: 'paid', commitment: '22.5 hours a week' })
    const { index, find } = await entries([paid, unsaid])
    const data = roundTrip(opportunityStructuredData(find(index.opportunities, paid._id), index, site))
    expect(data).toMatchObject({ validThrough: '2027-01-31', employmentType: 'PART_TIME' })
    expect(
      roundTrip(opportunityStructuredData(find(index.opportunities, unsaid._id), index, site)),
    ).not.toHaveProperty('employmentType')
  })

  test('training is an educational programme, not a job', async () => {
    const training = variantOf(linkworker, 'training', { kind: 'training', closingDate: '2027-02-12' })
    const { index, find } = await entries([training])
    const data = roundTrip(opportunityStructuredData(find(index.opportunities, training._id), index, site))
    expect(data).toMatchObject({
      '@type': 'EducationalOccupationalProgram',
      applicationDeadline: '2027-02-12',
    })
  })
})

describe('londonDateTime', () => {
  test('adds an hour offset in British Summer Time', () => {
    expect(londonDateTime('2027-06-01', '18:30')).toBe('2027-06-01T18:30:00+01:00')
    expect(londonDateTime('2027-01-12', '10:00')).toBe('2027-01-12T10:00:00Z')
  })
})
