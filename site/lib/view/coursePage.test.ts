import { describe, expect, test } from 'vitest'
import { course } from '../../../tests/fixtures/directory'
import { coursePage } from './coursePage'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'

const site = { url: 'https://findpeersupport.example.org', updatesEmail: 'updates@example.org' }
const session = (key: string, date: string) => ({
  _key: key,
  _type: 'courseSession',
  date,
  startsAt: '10:00',
  endsAt: '12:30',
})

async function pageFor(id: string, extra: object[] = [], now = fixtureNow) {
  const index = await fixtureIndex(extra)
  const entry = index.courses.find((candidate) => candidate._id === id)
  if (!entry) throw new Error(`no course ${id}`)
  return coursePage(entry, index, now, site)
}

describe('coursePage', () => {
  test('names its topics, the college, term, dates, format, peer tutor and places', async () => {
    const page = await pageFor(course._id)
    expect(page.kindLine).toBe('Recovery college course · Croydon · Spring 2027')
    expect(page.noReferralBadge, 'anyone can enrol, and it runs').toBe(true)
    expect(page.facts).toEqual([
      { term: 'Who it is for', detail: 'Adults in Croydon' },
      {
        term: 'Topic',
        detail: 'Hearing voices',
        links: [{ text: 'Hearing voices', href: '/topics/hearing-voices/' }],
      },
      {
        term: 'College',
        detail: 'Croydon Recovery College',
        href: '/recovery-colleges/croydon-recovery-college/',
      },
      { term: 'Term', detail: 'Spring 2027' },
      { term: 'Dates', detail: '12 January to 19 January 2027' },
      { term: 'Format', detail: 'In person' },
      {
        term: 'Peer tutor',
        detail: 'Yes: taught together with a peer tutor, who has their own experience of mental distress',
      },
      { term: 'Places', detail: '14 places' },
      { term: 'Cost', detail: 'Free' },
    ])
  })

  test('lists every session, the next one and a calendar of them all', async () => {
    const page = await pageFor(course._id)
    expect(page.sessions).toEqual([
      { text: 'Tuesday 12 January 2027, 10am to 12:30pm', past: false },
      { text: 'Tuesday 19 January 2027, 10am to 12:30pm', past: false },
    ])
    expect(page.next).toBe('Tuesday 12 January 2027, 10am to 12:30pm')
    expect(page.calendarHref).toBe('/courses/making-sense-of-voices.ics')
    expect(page.searchable).toBe(true)
  })

  test('says first that you can enrol yourself, and links to the enrolment page', async () => {
    const page = await pageFor(course._id)
    expect(page.enrol.noReferral).toBe('You can enrol yourself, no referral needed.')
    expect(page.enrol.action).toEqual({ text: 'Enrol online', href: 'https://example.org/enrol' })
    expect(page.where.venues[0]?.name).toBe('St Mary’s Church Hall')
  })

  test('says who must refer you when a course needs a referral, and never that none is needed', async () => {
    const referral = variantOf(course, 'referral', { enrolment: 'referral' })
    const page = await pageFor(referral._id, [referral])
    expect(page.enrol.noReferral).toBeUndefined()
    expect(page.enrol.referral).toMatch(/You need a referral from a professional/)
  })

  test('marks sessions already over while the course runs on', async () => {
    const page = await pageFor(course._id, [], new Date('2027-01-15T09:00:00Z'))
    expect(page.sessions.map((entry) => entry.past)).toEqual([true, false])
    expect(page.next).toBe('Tuesday 19 January 2027, 10am to 12:30pm')
  })

  test('a finished course says so at the top, points to the prospectus and leaves search', async () => {
    const finished = variantOf(course, 'finished', {
      sessions: [session('a', '2026-10-06'), session('b', '2026-10-13')],
    })
    const page = await pageFor(finished._id, [finished])
    expect(page.finished).toBe(true)
    expect(page.status?.heading).toBe('This course has finished')
    expect(page.status?.text).toBe('Its last session was on 13 October 2026.')
    expect(page.status?.onward?.href).toBe('/recovery-colleges/croydon-recovery-college/')
    expect(page.searchable).toBe(false)
    expect(page.calendarHref).toBeUndefined()
    expect(page.enrol.action).toBeUndefined()
    expect(page.next).toBeUndefined()
  })

  test('a cancelled course points to other courses at the same college that still run', async () => {
    const cancelled = variantOf(course, 'cancelled', { status: 'closed' })
    const page = await pageFor(cancelled._id, [cancelled])
    expect(page.status?.heading).toBe('This course has been cancelled')
    expect(page.noReferralBadge, 'no badge above a cancelled notice').toBe(false)
    expect(page.status?.similar).toEqual([
      { text: 'Making sense of voices', href: '/courses/making-sense-of-voices/' },
    ])
    expect(page.searchable).toBe(false)
  })

  test('an online course says how to join online and has no venue', async () => {
    const online = variantOf(course, 'online', {
      format: 'online',
      venue: undefined,
      onlineDetails: 'On Zoom. We send the link.',
    })
    const page = await pageFor(online._id, [online])
    expect(page.where).toEqual({ venues: [], online: 'On Zoom. We send the link.' })
  })
})
