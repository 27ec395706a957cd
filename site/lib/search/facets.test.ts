import { describe, expect, test } from 'vitest'
import { searchFacets, noNextSession } from './facets'
import { fixtureIndex } from '../../../tests/fixtures/index'

const now = new Date('2026-11-22T09:00:00Z')

describe('searchFacets', async () => {
  const directory = await fixtureIndex()
  const first = <T>(list: readonly T[]): T => {
    const [entry] = list
    if (entry === undefined) throw new Error('the fixture should have one of these')
    return entry
  }
  const service = (id: string) => ({
    type: 'service' as const,
    entry: first(directory.services.filter((entry) => entry._id === id)),
  })

  test('gives an evening group in Croydon its area, access, day, evening and step-free filters', () => {
    const { filters } = searchFacets(service('service-croydon-hearing-voices'), directory, now)
    expect(filters).toEqual(
      expect.arrayContaining([
        ['kind', 'Peer support group'],
        ['area', 'Croydon'],
        ['topic', 'Hearing voices'],
        ['for', 'Adults (18 and over)'],
        ['access', 'No referral needed'],
        ['cost', 'Free'],
        ['how', 'In person'],
        ['day', 'Tuesday'],
        ['when', 'Evenings (5pm or later)'],
        ['language', 'English'],
        ['feature', 'Step-free access'],
        ['feature', 'Peer-led'],
      ]),
    )
    expect(filters.some(([key, value]) => key === 'when' && value === 'Weekends')).toBe(false)
  })

  test('sorts by the next session as a London date and time, and says it in words', () => {
    const { sorts, meta } = searchFacets(service('service-croydon-hearing-voices'), directory, now)
    expect(sorts.next).toBe('2026-11-24T18:00')
    expect(meta.next).toBe('Tuesday 24 November 2026, 6pm')
    expect(meta.checked).toBe('Last checked on 15 October 2026')
    expect(meta.places).toBe('51.3727,-0.0999')
  })

  test('an online community with no venue or schedule still gets every sort key, sorting last for next session', () => {
    const { sorts, meta, filters } = searchFacets(service('service-online-voices-forum'), directory, now)
    expect(sorts).toEqual({ next: noNextSession, name: 'voices online forum', checked: '2025-06-01' })
    expect(meta.places).toBeUndefined()
    expect(filters).toContainEqual(['how', 'Online'])
    expect(filters).toContainEqual(['area', 'National and online'])
  })

  test('a course that needs a referral says so', () => {
    const entry = { ...first(directory.courses), enrolment: 'referral' as const }
    const { filters } = searchFacets({ type: 'course', entry }, directory, now)
    expect(filters).toContainEqual(['access', 'Referral needed'])
    expect(filters).not.toContainEqual(['access', 'No referral needed'])
  })

  test('a course that does not say who can enrol makes no claim about referrals', () => {
    const entry = { ...first(directory.courses), enrolment: undefined }
    const { filters } = searchFacets({ type: 'course', entry }, directory, now)
    expect(filters.filter(([key]) => key === 'access')).toEqual([])
  })

  test('a course anyone can enrol on needs no referral and meets on the weekdays of its sessions', () => {
    const entry = first(directory.courses)
    const { filters, sorts } = searchFacets({ type: 'course', entry }, directory, now)
    expect(filters).toContainEqual(['kind', 'Recovery college course'])
    expect(filters).toContainEqual(['access', 'No referral needed'])
    expect(filters).toContainEqual(['day', 'Tuesday'])
    expect(filters).toContainEqual(['feature', 'Peer-led'])
    expect(sorts.next).toBe('2027-01-12T10:00')
  })

  test('a referral-only service says a referral is needed', () => {
    const entry = { ...service('service-croydon-hearing-voices').entry, accessRoute: 'gp-referral' as const }
    const { filters } = searchFacets({ type: 'service', entry }, directory, now)
    expect(filters).toContainEqual(['access', 'Referral needed'])
    expect(filters).not.toContainEqual(['access', 'No referral needed'])
  })

  test('a paused service shows no next session', () => {
    const entry = { ...service('service-croydon-hearing-voices').entry, status: 'paused' as const }
    expect(searchFacets({ type: 'service', entry }, directory, now).meta.next).toBeUndefined()
  })

  test('an opportunity is filtered by its topics and the groups of people it supports, as services are', () => {
    const { filters } = searchFacets(
      { type: 'opportunity', entry: first(directory.opportunities) },
      directory,
      now,
    )
    expect(filters).toEqual(
      expect.arrayContaining([
        ['kind', 'Volunteer role'],
        ['area', 'Croydon'],
        ['topic', 'Hearing voices'],
        ['for', 'People staying in hospital'],
        ['how', 'In person'],
      ]),
    )
  })

  test('an opportunity saved before it had topics or audiences gets neither filter', () => {
    const entry = { ...first(directory.opportunities), topics: [], audiences: [] }
    const { filters } = searchFacets({ type: 'opportunity', entry }, directory, now)
    expect(filters.filter(([key]) => key === 'topic' || key === 'for')).toEqual([])
  })

  test('opportunities and organisations have no access or day filters', () => {
    const opportunity = searchFacets(
      { type: 'opportunity', entry: first(directory.opportunities) },
      directory,
      now,
    )
    expect(opportunity.filters.map(([key]) => key)).not.toContain('access')
    expect(opportunity.filters).toContainEqual(['kind', 'Volunteer role'])
    const organisation = searchFacets(
      { type: 'organisation', entry: first(directory.organisations) },
      directory,
      now,
    )
    expect(organisation.filters).toContainEqual(['kind', 'Organisation'])
  })
})

describe('searchFacets with people’s words', async () => {
  const directory = await fixtureIndex()
  const { peoplesWords } = await import('./peoplesWords')
  const { concepts } = peoplesWords(directory)

  test('indexes the ways people say what a listing is tagged with, and nothing it is not', () => {
    const [group] = directory.services
    if (!group) throw new Error('the fixture has services')
    const { words } = searchFacets({ type: 'service', entry: group }, directory, now, concepts)
    expect(words).toContain('visions')
    expect(words).not.toContain('gay')
  })

  test('indexes the ways people say what an opportunity is about, so a role is found in their words', () => {
    const [role] = directory.opportunities
    if (!role) throw new Error('the fixture has opportunities')
    const { words } = searchFacets({ type: 'opportunity', entry: role }, directory, now, concepts)
    expect(words).toContain('visions')
    expect(words).not.toContain('gay')
  })
})
