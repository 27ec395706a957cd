import { describe, expect, test } from 'vitest'
import {
  college,
  course,
  hearingVoices,
  referenceItem,
  sessionOn as session,
} from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { coursesView, isStartingSoon } from './courseIndex'

// fixtureNow is Sunday 22 November 2026; eight weeks on is Sunday 17 January 2027.
const anxiety = variantOf(hearingVoices, 'anxiety', { name: 'Anxiety' })

const variants = [
  anxiety,
  variantOf(course, 'next-week', { term: 'Autumn 2026', sessions: [session('2026-11-30')] }),
  variantOf(course, 'summer', {
    term: 'Summer 2027',
    topics: [referenceItem(anxiety._id)],
    sessions: [session('2027-05-04')],
  }),
  variantOf(course, 'just-too-late', { term: 'Winter 2027', sessions: [session('2027-01-18')] }),
  variantOf(course, 'under-way', {
    term: 'Autumn 2026',
    sessions: [session('2026-11-10'), session('2026-12-01')],
  }),
  variantOf(course, 'referral', {
    term: 'Summer 2027',
    enrolment: 'referral',
    format: 'online',
    venue: undefined,
    sessions: [session('2027-06-01')],
  }),
  variantOf(course, 'finished', { term: 'Autumn 2026', sessions: [session('2026-10-06')] }),
  variantOf(course, 'closed', { status: 'closed' }),
]

describe('isStartingSoon', () => {
  test('takes courses whose first session is in the next eight weeks', async () => {
    const index = await fixtureIndex(variants)
    const soon = index.courses.filter((entry) => isStartingSoon(entry, fixtureNow)).map((entry) => entry.name)
    expect(soon.sort()).toEqual([course.name, 'Variant closed', 'Variant next-week'].sort())
  })
})

describe('coursesView', () => {
  test('puts courses starting soon first, in the order they start', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    expect(view.soon.map((card) => card.name)).toEqual(['Variant next-week', course.name])
  })

  test('lists the rest by college, then by term in date order, then by topic', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    expect(
      view.colleges.map((entry) => [
        entry.name,
        entry.href,
        entry.terms.map((term) => [term.term, term.id, term.cards.map((card) => card.name)]),
      ]),
    ).toEqual([
      [
        college.name,
        '/recovery-colleges/croydon-recovery-college/',
        [
          ['Autumn 2026', 'croydon-recovery-college-autumn-2026', ['Variant under-way']],
          ['Winter 2027', 'croydon-recovery-college-winter-2027', ['Variant just-too-late']],
          ['Summer 2027', 'croydon-recovery-college-summer-2027', ['Variant summer', 'Variant referral']],
        ],
      ],
    ])
  })

  test('leaves out finished and closed courses', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    const names = [
      ...view.soon,
      ...view.colleges.flatMap((entry) => entry.terms.flatMap((t) => t.cards)),
    ].map((card) => card.name)
    expect(names).not.toContain('Variant finished')
    expect(names).not.toContain('Variant closed')
    expect(view.total).toBe(names.length)
  })

  test('says who can enrol and marks online courses', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    const cards = view.colleges.flatMap((entry) => entry.terms.flatMap((term) => term.cards))
    const referral = cards.find((card) => card.name === 'Variant referral')
    expect(referral?.noReferralNeeded).toBe(false)
    expect(referral?.details).toEqual([
      'Needs a referral from a professional',
      'Online',
      'Co-taught by a peer tutor',
      'Topics: Hearing voices',
    ])
    const selfEnrol = view.soon.find((card) => card.name === course.name)
    expect(selfEnrol?.noReferralNeeded).toBe(true)
    expect(selfEnrol?.details).toContain('In person')
  })

  test('says what each course is about', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    const summer = view.colleges[0]?.terms.at(-1)?.cards.find((card) => card.name === 'Variant summer')
    expect(summer?.details.at(-1)).toBe('Topics: Anxiety')
  })

  test('links each topic that has courses to its courses', async () => {
    const view = coursesView(await fixtureIndex(variants), fixtureNow)
    expect(view.topics).toEqual([
      { text: 'Anxiety', href: '/topics/variant-anxiety/#courses', count: 1 },
      { text: 'Hearing voices', href: '/topics/hearing-voices/#courses', count: 5 },
    ])
  })
})
