import { describe, expect, test } from 'vitest'
import {
  course,
  eveningGroup,
  linkworker,
  onlineCommunity,
  sessionOn,
} from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import type { HsdsService } from './hsds'
import { documentId } from './ids'
import { hsdsCourse, hsdsOpportunity, hsdsService, hsdsStatus } from './services'

const siteUrl = 'https://findpeersupport.example.org'

/** The published entry with this id: fixtures are valid, so a miss is a broken test. */
function byId<T extends { _id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((entry) => entry._id === id)
  if (!found) throw new Error(`No fixture entry has the id ${id}`)
  return found
}

/** The names of a service's attribute terms, grouped by taxonomy, as a reader would list them. */
const termNames = (service: HsdsService) =>
  service.attributes.map(({ taxonomy_term: term }) => `${term.taxonomy_detail.name}: ${term.name}`)

describe('hsdsStatus', () => {
  test.each([
    ['running', false, 'active'],
    ['paused', false, 'temporarily closed'],
    ['closed', false, 'defunct'],
    ['running', true, 'inactive'],
    ['paused', true, 'inactive'],
    ['closed', true, 'defunct'],
  ] as const)('a listing that is %s (ended: %s) is %s', (status, hasEnded, expected) => {
    expect(hsdsStatus(status, hasEnded)).toBe(expected)
  })
})

describe('hsdsService', () => {
  test('says what a group is, who runs it, how to join, what it costs and when it was checked', async () => {
    const index = await fixtureIndex()
    const service = hsdsService(byId(index.services, eveningGroup._id), index, siteUrl)
    expect(service).toMatchObject({
      id: documentId('service', eveningGroup._id),
      organization_id: documentId('organisation', 'org-hear-us'),
      name: 'Croydon Hearing Voices Group',
      url: 'https://findpeersupport.example.org/services/croydon-hearing-voices-group/',
      email: 'voices@example.org',
      status: 'active',
      application_process: 'You can just turn up. Someone will say hello at the door.',
      fees_description: 'Free',
      eligibility_description: 'Adults who hear voices or see visions',
      assured_date: '2026-10-15',
      organization: {
        name: 'Hear Us Croydon',
        uri: 'https://findpeersupport.example.org/organisations/hear-us-croydon/',
      },
      phones: [{ number: '020 7946 0123', type: 'voice' }],
      languages: [{ name: 'English', code: 'en' }],
      cost_options: [{ option: 'Free', currency: 'GBP', amount: 0 }],
      schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '18:00', closes_at: '19:30' }],
      service_areas: [{ name: 'Croydon', uri: 'https://findpeersupport.example.org/areas/croydon/' }],
    })
    expect(service.description).toBe(
      'A friendly evening group for adults who hear voices or see things others do not.\n\n' +
        'We meet every Tuesday evening. Come as you are.\n\n' +
        'Read more on our website. (https://example.org/hv)',
    )
  })

  test('gives the venue’s address, position and access facts, saying what is missing too', async () => {
    const index = await fixtureIndex()
    const [atHall] = hsdsService(byId(index.services, eveningGroup._id), index, siteUrl).service_at_locations
    expect(atHall?.location).toMatchObject({
      id: documentId('venue', 'venue-st-marys-hall'),
      location_type: 'physical',
      name: 'St Mary’s Church Hall',
      transportation: 'Trams and buses stop at West Croydon, a 5-minute walk.',
      latitude: 51.3727,
      longitude: -0.0999,
      addresses: [
        {
          address_1: '12 High Street',
          city: 'Croydon',
          state_province: 'Croydon',
          region: 'London',
          postal_code: 'CR0 1AB',
          country: 'GB',
          address_type: 'physical',
        },
      ],
    })
    expect(atHall?.location.accessibility.map((fact) => fact.description)).toEqual([
      'Step-free access',
      'Accessible toilet',
      'No hearing loop',
    ])
  })

  test('classifies it by kind, access, delivery, peer involvement, topic and audience', async () => {
    const index = await fixtureIndex()
    expect(termNames(hsdsService(byId(index.services, eveningGroup._id), index, siteUrl))).toEqual([
      'Find Peer Support: Kinds of listing: Peer support',
      'Find Peer Support: Kinds of listing: Peer support group',
      'Find Peer Support: How to get in: Open to all: just turn up',
      'Find Peer Support: How to get in: No referral needed',
      'Find Peer Support: How it happens: In person',
      'Find Peer Support: Peer involvement: Peer-led: run by people with their own experience',
      'Find Peer Support: Topics: Hearing voices',
      'Find Peer Support: Groups of people: Adults (18 and over)',
    ])
  })

  test('links a kind to its parent and a topic to its page, with the topic’s own id', async () => {
    const index = await fixtureIndex()
    const terms = hsdsService(byId(index.services, eveningGroup._id), index, siteUrl).attributes.map(
      (attribute) => attribute.taxonomy_term,
    )
    const [peerSupport, group] = terms
    expect(group?.parent_id).toBe(peerSupport?.id)
    expect(terms.find((term) => term.name === 'Hearing voices')).toMatchObject({
      id: documentId('topic', 'topic-hearing-voices'),
      code: 'hearing-voices',
      term_uri: 'https://findpeersupport.example.org/topics/hearing-voices/',
    })
  })

  test('writes an online service’s opening hours and website into its free text, as it has no schedule', async () => {
    const index = await fixtureIndex()
    const service = hsdsService(byId(index.services, onlineCommunity._id), index, siteUrl)
    expect(service.schedules).toEqual([])
    expect(service.service_at_locations).toEqual([])
    expect(service.description).toContain('Open all the time. Moderators are on from 9am to 9pm.')
    expect(service.application_process).toContain('Website: https://example.org/voices-forum')
  })

  test('marks a paused service temporarily closed and a closed one defunct', async () => {
    const paused = variantOf(eveningGroup, 'paused', { status: 'paused' })
    const closed = variantOf(eveningGroup, 'closed', { status: 'closed' })
    const index = await fixtureIndex([paused, closed])
    expect(hsdsService(byId(index.services, paused._id), index, siteUrl).status).toBe('temporarily closed')
    expect(hsdsService(byId(index.services, closed._id), index, siteUrl).status).toBe('defunct')
  })
})

describe('hsdsCourse', () => {
  test('makes a course a service run by its college, with a schedule for each session', async () => {
    const index = await fixtureIndex()
    const service = hsdsCourse(byId(index.courses, course._id), index, siteUrl)
    expect(service).toMatchObject({
      id: documentId('course', course._id),
      organization_id: documentId('organisation', 'org-croydon-recovery-college'),
      url: 'https://findpeersupport.example.org/courses/making-sense-of-voices/',
      status: 'active',
      assured_date: '2026-11-01',
    })
    expect(service.schedules.map((session) => [session.dtstart, session.count])).toEqual([
      ['2027-01-12', 1],
      ['2027-01-19', 1],
    ])
    expect(service.description).toContain('A recovery college course, Spring 2027 term.')
    expect(service.description).toContain('Places: 14.')
    expect(service.application_process).toContain('Enrol online: https://example.org/enrol')
    expect(termNames(service)).toEqual([
      'Find Peer Support: Kinds of listing: Recovery college course',
      'Find Peer Support: How to get in: Anyone can enrol themselves',
      'Find Peer Support: How to get in: No referral needed',
      'Find Peer Support: How it happens: In person',
      'Find Peer Support: Peer involvement: Co-taught by a peer tutor',
      'Find Peer Support: Topics: Hearing voices',
    ])
  })

  test('marks a course whose last session is over inactive: it ran, and may run again', async () => {
    const finished = variantOf(course, 'finished', { sessions: [sessionOn('2026-10-06')] })
    const index = await fixtureIndex([finished])
    expect(hsdsCourse(byId(index.courses, finished._id), index, siteUrl).status).toBe('inactive')
  })
})

describe('hsdsOpportunity', () => {
  test('makes a way to give peer support a service whose kind says what it is', async () => {
    const index = await fixtureIndex()
    const service = hsdsOpportunity(byId(index.opportunities, linkworker._id), index, siteUrl)
    expect(service).toMatchObject({
      id: documentId('opportunity', linkworker._id),
      url: 'https://findpeersupport.example.org/opportunities/volunteer-linkworker/',
      status: 'active',
      phones: [{ number: '020 7946 0100', type: 'voice' }],
      schedules: [],
      cost_options: [],
    })
    expect(service.description).toContain('Time needed: Half a day a week for at least 6 months')
    expect(service.description).toContain('Pay: Travel and lunch expenses paid')
    expect(termNames(service).slice(0, 2)).toEqual([
      'Find Peer Support: Kinds of listing: A way to give peer support',
      'Find Peer Support: Kinds of listing: Volunteer role',
    ])
  })

  test('marks a role whose closing date has passed inactive', async () => {
    const past = variantOf(linkworker, 'past', { closingDate: '2026-11-01' })
    const index = await fixtureIndex([past])
    const service = hsdsOpportunity(byId(index.opportunities, past._id), index, siteUrl)
    expect(service.status).toBe('inactive')
    expect(service.application_process).toContain('Closing date: 1 November 2026.')
  })
})
