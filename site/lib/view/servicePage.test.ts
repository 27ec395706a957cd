import { describe, expect, test } from 'vitest'
import { eveningGroup, onlineCommunity } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { servicePage, similarServices } from './servicePage'

const site = { url: 'https://findpeersupport.example.org', updatesEmail: 'updates@example.org' }

async function pageFor(id: string, extra: object[] = []) {
  const index = await fixtureIndex(extra)
  const service = index.services.find((entry) => entry._id === id)
  if (!service) throw new Error(`no service ${id}`)
  return { page: servicePage(service, index, fixtureNow, site), index, service }
}

describe('servicePage', () => {
  test('says what the group is, when it next meets and that nobody needs a referral', async () => {
    const { page } = await pageFor(eveningGroup._id)
    expect(page.name).toBe('Croydon Hearing Voices Group')
    expect(page.kindLine).toBe('Peer support group · Croydon')
    expect(page.when.schedules).toEqual([
      { text: 'Every Tuesday, 6pm to 7:30pm. Not on bank holidays.', notes: undefined },
    ])
    expect(page.when.next).toBe('Tuesday 24 November 2026, 6pm to 7:30pm')
    expect(page.when.calendarHref).toBe('/services/croydon-hearing-voices-group.ics')
    expect(page.join.noReferral).toBe('You can go along without a referral.')
    expect(page.join.referral).toBeUndefined()
    expect(page.noReferralBadge).toBe(true)
    expect(page.status).toBeUndefined()
    expect(page.searchable).toBe(true)
  })

  test('lists who it is for, its topic, cost, languages, the organisation and peer-led as facts', async () => {
    const { page } = await pageFor(eveningGroup._id)
    expect(page.facts).toEqual([
      { term: 'Who it is for', detail: 'Adults who hear voices or see visions' },
      {
        term: 'Topic',
        detail: 'Hearing voices',
        links: [{ text: 'Hearing voices', href: '/topics/hearing-voices/' }],
      },
      { term: 'Cost', detail: 'Free' },
      { term: 'Languages', detail: 'English' },
      { term: 'Run by', detail: 'Hear Us Croydon', href: '/organisations/hear-us-croydon/' },
      { term: 'Peer-led', detail: 'Yes: run by people with their own experience of mental distress' },
    ])
  })

  test('gives the venue address, access and a map link', async () => {
    const { page } = await pageFor(eveningGroup._id)
    const [venue] = page.where.venues
    expect(venue?.addressLines).toEqual(['12 High Street', 'Croydon', 'CR0 1AB'])
    expect(venue?.access.map((fact) => `${fact.term}: ${fact.detail}`)).toEqual([
      'Step-free access: Yes',
      'Accessible toilet: Yes',
      'Hearing loop: No',
    ])
    expect(venue?.map.href).toBe(
      'https://www.openstreetmap.org/?mlat=51.3727&mlon=-0.0999#map=17/51.3727/-0.0999',
    )
  })

  test('says when it was last checked, and warns only when that was over a year ago', async () => {
    expect((await pageFor(eveningGroup._id)).page.checked).toEqual({
      text: 'Last checked on 15 October 2026.',
      warning: undefined,
    })
    const forum = (await pageFor(onlineCommunity._id)).page
    expect(forum.checked.text).toBe('Last checked on 1 June 2025.')
    expect(forum.checked.warning).toBe(
      'It was last checked over a year ago, so it may have changed. Phone or email them first.',
    )
  })

  test('says plainly when it has never been checked, and to get in touch first', async () => {
    const unchecked = variantOf(eveningGroup, 'unchecked', { lastChecked: undefined })
    const { page } = await pageFor(unchecked._id, [unchecked])
    expect(page.checked).toEqual({
      text: 'We do not know when this was last checked.',
      warning: 'We have not been able to check this yet. Phone or email them first.',
    })
  })

  test('an online community with no meeting times says how to join online and offers no calendar', async () => {
    const { page } = await pageFor(onlineCommunity._id)
    expect(page.where.venues).toEqual([])
    expect(page.where.online).toBe('It happens online. Use the contact details below to join.')
    expect(page.when.availability).toBe('Open all the time. Moderators are on from 9am to 9pm.')
    expect(page.when.calendarHref).toBeUndefined()
    expect(page.join.noReferral).toBe('You can contact them yourself, no referral needed.')
  })

  test('a referral-only service says who must refer you', async () => {
    const gp = variantOf(eveningGroup, 'gp', { accessRoute: 'gp-referral' })
    const { page } = await pageFor(gp._id, [gp])
    expect(page.join.noReferral).toBeUndefined()
    expect(page.join.referral).toBe('You need a referral from your GP.')
    expect(page.noReferralBadge).toBe(false)
  })

  test('a paused group says so at the top, points to running groups nearby and has no next session', async () => {
    const paused = variantOf(eveningGroup, 'paused', { status: 'paused' })
    const { page } = await pageFor(paused._id, [paused])
    expect(page.status?.heading).toBe('This group is paused for now')
    expect(page.noReferralBadge, 'no badge above a paused notice').toBe(false)
    expect(page.status?.similarHeading).toBe('Other peer support groups in Croydon')
    expect(page.status?.similar).toEqual([
      { text: 'Croydon Hearing Voices Group', href: '/services/croydon-hearing-voices-group/' },
    ])
    expect(page.when.next).toBeUndefined()
    expect(page.when.noNext).toMatch(/paused/)
    expect(page.when.calendarHref).toBeUndefined()
    expect(page.searchable).toBe(true)
  })

  test('a closed group leaves search, offers no calendar and no longer invites people along', async () => {
    const closed = variantOf(eveningGroup, 'closed', { status: 'closed', lastChecked: '2024-01-01' })
    const { page } = await pageFor(closed._id, [closed])
    expect(page.status?.heading).toBe('This group has closed')
    expect(page.searchable).toBe(false)
    expect(page.when.calendarHref).toBeUndefined()
    expect(page.join.noReferral).toBeUndefined()
    expect(page.checked.warning).toBeUndefined()
  })

  test('share links carry the full page address', async () => {
    const { page } = await pageFor(eveningGroup._id)
    const url = 'https://findpeersupport.example.org/services/croydon-hearing-voices-group/'
    expect(page.share.url).toBe(url)
    expect(page.share.smsHref).toBe(`sms:?&body=${encodeURIComponent(`Croydon Hearing Voices Group ${url}`)}`)
    expect(page.share.qrSrc).toBe('/services/croydon-hearing-voices-group/qr.svg')
    expect(page.share.qrAlt).toContain(url)
  })

  test('"Suggest an update" names the listing, its id and address', async () => {
    const { page } = await pageFor(eveningGroup._id)
    const href = decodeURIComponent(page.suggestUpdateHref)
    expect(href).toMatch(
      /^mailto:updates@example\.org\?subject=Update for Croydon Hearing Voices Group \(service-croydon-hearing-voices\)/,
    )
    expect(href).toContain('https://findpeersupport.example.org/services/croydon-hearing-voices-group/')
  })
})

describe('similarServices', () => {
  test('offers only running services of the same kind that share an area, at most three', async () => {
    const others = ['a', 'b', 'c', 'd'].map((name) => variantOf(eveningGroup, name))
    const closedOne = variantOf(eveningGroup, 'shut', { status: 'closed' })
    const index = await fixtureIndex([...others, closedOne])
    const group = index.services.find((entry) => entry._id === eveningGroup._id)
    if (!group) throw new Error('fixture missing')
    const similar = similarServices(group, index)
    expect(similar).toHaveLength(3)
    expect(similar.map((link) => link.text)).not.toContain('Variant shut')
    expect(similar.map((link) => link.text)).not.toContain('Voices Online Forum')
  })
})
