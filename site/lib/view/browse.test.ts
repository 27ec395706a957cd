import { describe, expect, test } from 'vitest'
import {
  course,
  croydon,
  eveningGroup,
  hearingVoices,
  linkworker,
  national,
  onlineCommunity,
} from '../../../tests/fixtures/directory'
import { areaSummaries, areaView, groupByKind, kindCounts, topicSummaries, topicView } from './browse'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'

const ref = (id: string) => ({ _type: 'reference', _ref: id, _key: id })

const variants = [
  variantOf(eveningGroup, 'gp-group', { name: 'A GP referral group', accessRoute: 'gp-referral' }),
  variantOf(eveningGroup, 'paused-group', { name: 'B paused group', status: 'paused' }),
  variantOf(eveningGroup, 'closed-group', { status: 'closed' }),
  variantOf(eveningGroup, 'drop-in', { kind: 'drop-in' }),
  variantOf(course, 'finished-course', {
    sessions: [
      { _key: 'f1', _type: 'courseSession', date: '2026-10-01', startsAt: '10:00', endsAt: '12:00' },
    ],
  }),
  variantOf(linkworker, 'closed-role', { closingDate: '2026-11-21' }),
  variantOf(linkworker, 'closes-today', { closingDate: '2026-11-22' }),
]

const names = (cards: readonly { name: string }[]) => cards.map((card) => card.name)

describe('groupByKind', () => {
  test('groups in the vocabulary order, no-referral listings first, paused after running', async () => {
    const index = await fixtureIndex(variants)
    const groups = groupByKind(index.services, { ...index, now: fixtureNow })
    expect(groups.map((group) => group.title)).toEqual(['Peer support group', 'Drop-in', 'Online community'])
    expect(names(groups[0]?.cards ?? [])).toEqual([
      'Croydon Hearing Voices Group',
      'B paused group',
      'A GP referral group',
    ])
  })

  test('leaves closed listings out', async () => {
    const index = await fixtureIndex(variants)
    const all = groupByKind(index.services, { ...index, now: fixtureNow }).flatMap((group) =>
      names(group.cards),
    )
    expect(all).not.toContain('Variant closed-group')
  })
})

describe('kindCounts', () => {
  test('counts listed services of each kind and links each to its search', async () => {
    const index = await fixtureIndex(variants)
    expect(kindCounts(index.services)).toEqual([
      { kind: 'group', title: 'Peer support group', count: 3, href: '/search/?kind=group' },
      { kind: 'drop-in', title: 'Drop-in', count: 1, href: '/search/?kind=drop-in' },
      {
        kind: 'online-community',
        title: 'Online community',
        count: 1,
        href: '/search/?kind=online-community',
      },
    ])
  })
})

describe('areaView', () => {
  test('puts local listings by kind and national ones in their own section', async () => {
    const index = await fixtureIndex()
    const view = areaView(index, index.area(croydon._id), fixtureNow)
    expect(view.local.flatMap((group) => names(group.cards))).toEqual(['Croydon Hearing Voices Group'])
    expect(view.national.flatMap((group) => names(group.cards))).toEqual([onlineCommunity.name])
    expect(view.localCount).toBe(1)
  })

  test('the national area lists its own services without a second national section', async () => {
    const index = await fixtureIndex()
    const view = areaView(index, index.area(national._id), fixtureNow)
    expect(view.local.flatMap((group) => names(group.cards))).toEqual([onlineCommunity.name])
    expect(view.national).toEqual([])
  })

  test('lists current courses at colleges serving the area and drops finished ones', async () => {
    const index = await fixtureIndex(variants)
    expect(names(areaView(index, index.area(croydon._id), fixtureNow).courses)).toEqual([course.name])
  })

  test('lists a course whose college serves the area even when the course names another area', async () => {
    const index = await fixtureIndex([variantOf(course, 'online-course', { areas: [ref(national._id)] })])
    expect(names(areaView(index, index.area(croydon._id), fixtureNow).courses)).toContain(
      'Variant online-course',
    )
  })

  test('lists opportunities until their closing date has passed, soonest closing first', async () => {
    const index = await fixtureIndex(variants)
    expect(names(areaView(index, index.area(croydon._id), fixtureNow).opportunities)).toEqual([
      'Variant closes-today',
      linkworker.name,
    ])
  })
})

describe('topicView', () => {
  test('lists services and current courses on the topic', async () => {
    const index = await fixtureIndex(variants)
    const view = topicView(index, index.topic(hearingVoices._id), fixtureNow)
    expect(view.groups.map((group) => group.kind)).toEqual(['group', 'drop-in', 'online-community'])
    expect(names(view.courses)).toEqual([course.name])
  })

  test('lists open roles on the topic, soonest closing first, and leaves out closed ones', async () => {
    const offTopic = variantOf(linkworker, 'off-topic', { topics: [] })
    const closed = variantOf(linkworker, 'closed', { status: 'closed' })
    const index = await fixtureIndex([...variants, offTopic, closed])
    const view = topicView(index, index.topic(hearingVoices._id), fixtureNow)
    expect(names(view.opportunities)).toEqual(['Variant closes-today', linkworker.name])
  })
})

describe('summaries', () => {
  test('areas come by name with national ones last, each with its count', async () => {
    const index = await fixtureIndex(variants)
    expect(areaSummaries(index)).toEqual([
      { name: 'Croydon', region: 'London', href: '/areas/croydon/', count: 4 },
      { name: 'National and online', region: 'England', href: '/areas/national-and-online/', count: 1 },
    ])
  })

  test('topics count listed services and current courses', async () => {
    const index = await fixtureIndex(variants)
    expect(topicSummaries(index, fixtureNow)).toMatchObject([
      { name: 'Hearing voices', href: '/topics/hearing-voices/', count: 6 },
    ])
  })
})
