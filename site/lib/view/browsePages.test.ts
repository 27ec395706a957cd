/**
 * Long browse lists split into pages: on a directory far bigger than the sample, every listing
 * that the one long page showed is on exactly one page, and no page holds more than its limit.
 */
import { describe, expect, test } from 'vitest'
import {
  course,
  croydon,
  eveningGroup,
  hearingVoices,
  hearUs,
  linkworker,
  onlineCommunity,
  sessionOn,
} from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { areaPages, areaView, topicPages, topicView } from './browse'
import { getInvolvedPages, organisationPages } from './browsePages'
import { coursePages, coursesView } from './courseIndex'
import { getInvolvedView } from './getInvolved'
import { organisationsByLetter } from './organisationIndex'
import { cardsPerPage, opportunitiesPerPage, organisationsPerPage } from './pages'

const many = (document: object, name: string, count: number, changes: (n: number) => object = () => ({})) =>
  Array.from({ length: count }, (_, n) => variantOf(document, `${name}-${n}`, changes(n)))

// Over two pages of each kind of list: local groups and drop-ins, national online communities,
// courses, roles and organisations, all in Croydon and about hearing voices.
const index = await fixtureIndex([
  ...many(eveningGroup, 'group', 95),
  ...many(eveningGroup, 'drop-in', 30, () => ({ kind: 'drop-in' })),
  ...many(onlineCommunity, 'online', 70),
  // Half start soon; the rest start in the summer term, beyond "starting soon".
  ...many(course, 'course', 2 * cardsPerPage + 5, (n) =>
    n % 2 === 0 ? {} : { term: 'Summer 2027', sessions: [sessionOn('2027-04-13')] },
  ),
  ...many(linkworker, 'role', 2 * opportunitiesPerPage + 3),
  ...many(hearUs, 'organisation', 2 * organisationsPerPage, (n) => ({
    name: `${'ABCMSTZ'[n % 7]} Peer Project ${n}`,
  })),
])
const topic = index.topic(hearingVoices._id)
const area = index.area(croydon._id)

type Card = { href: string }
const hrefs = (cards: readonly Card[]) => cards.map((card) => card.href)
const sizes = (pages: readonly { sections: readonly { items: readonly unknown[] }[] }[]) =>
  pages.map((page) => page.sections.reduce((sum, section) => sum + section.items.length, 0))

/** Every card the one long page showed is on exactly one page, in the same order. */
function expectEachOnce(onPages: readonly string[], onLongPage: readonly string[]) {
  expect(onPages).toEqual(onLongPage)
  expect(new Set(onPages).size).toBe(onPages.length)
}

describe('topicPages', () => {
  const pages = topicPages(index, topic, fixtureNow)
  const view = topicView(index, topic, fixtureNow)

  test('puts every service, course and role on the topic on exactly one page', () => {
    const long = [
      ...view.groups.flatMap((group) => hrefs(group.cards)),
      ...hrefs(view.courses),
      ...hrefs(view.opportunities),
    ]
    const split = pages.flatMap((page) => [
      ...page.groups.flatMap((group) => hrefs(group.cards)),
      ...hrefs(page.courses?.items ?? []),
      ...hrefs(page.opportunities?.items ?? []),
    ])
    expect(long.length).toBeGreaterThan(4 * cardsPerPage)
    expectEachOnce(split, long)
  })

  test('fills each page up to the limit, the last with what is left', () => {
    const counts = sizes(pages)
    expect(counts.slice(0, -1).every((count) => count === cardsPerPage)).toBe(true)
    expect(counts.at(-1)).toBeGreaterThan(0)
    expect(counts.at(-1)).toBeLessThanOrEqual(cardsPerPage)
  })

  test('a kind that carries on to the next page says so there, with the full count', () => {
    const second = pages[1]?.groups[0]
    expect(second).toMatchObject({ kind: 'group', continued: true, total: 96 })
    expect(pages[0]?.groups[0]).toMatchObject({ kind: 'group', continued: false, total: 96 })
  })

  test('links each part of the topic to the page where it starts', () => {
    expect(pages[1]?.contents.map(({ title, href }) => `${title} ${href}`)).toEqual([
      'Peer support group /topics/hearing-voices/#group',
      'Drop-in #drop-in',
      'Online community /topics/hearing-voices/3/#online-community',
      'Courses /topics/hearing-voices/4/#courses',
      'Get involved /topics/hearing-voices/6/#get-involved',
    ])
  })
})

describe('areaPages', () => {
  const pages = areaPages(index, area, fixtureNow)
  const view = areaView(index, area, fixtureNow)

  test('puts every local and national service, course and role on exactly one page', () => {
    const long = [
      ...view.local.flatMap((group) => hrefs(group.cards)),
      ...view.national.flatMap((group) => hrefs(group.cards)),
      ...hrefs(view.courses),
      ...hrefs(view.opportunities),
    ]
    const split = pages.flatMap((page) => [
      ...page.local.flatMap((group) => hrefs(group.cards)),
      ...page.national.flatMap((group) => hrefs(group.cards)),
      ...hrefs(page.courses?.items ?? []),
      ...hrefs(page.opportunities?.items ?? []),
    ])
    expect(view.national.length).toBeGreaterThan(0)
    expectEachOnce(split, long)
    expect(Math.max(...sizes(pages))).toBe(cardsPerPage)
  })

  test('says when the online and national part carries on from the page before', () => {
    const withNational = pages.filter((page) => page.national.length > 0)
    expect(withNational.map((page) => page.nationalContinued)).toEqual([false, true])
    expect(pages[3]?.nationalContinued).toBe(true)
    expect(pages[0]?.contents.find((link) => link.id === 'national')?.href).toBe('/areas/croydon/3/#national')
  })
})

describe('coursePages', () => {
  const pages = coursePages(index, fixtureNow)
  const view = coursesView(index, fixtureNow)

  test('puts every current course on exactly one page, no page over the limit', () => {
    const long = [
      ...hrefs(view.soon),
      ...view.colleges.flatMap((college) => college.terms.flatMap((term) => hrefs(term.cards))),
    ]
    const split = pages.flatMap((page) => [
      ...hrefs(page.soon?.items ?? []),
      ...page.colleges.flatMap((college) => college.terms.flatMap((term) => hrefs(term.items))),
    ])
    expect(long.length).toBeGreaterThan(2 * cardsPerPage)
    expectEachOnce(split, long)
    expect(Math.max(...sizes(pages))).toBe(cardsPerPage)
  })

  test('a college that carries on to the next page says so, and the list by topic closes the last page', () => {
    expect(pages.map((page) => page.colleges.map((college) => college.continued))).toEqual([
      [],
      [false],
      [true],
    ])
    expect(pages[2]?.colleges[0]?.terms[0]).toMatchObject({
      title: 'Summer 2027',
      continued: true,
      total: 62,
    })
    expect(pages.map((page) => page.topics.length > 0)).toEqual([false, false, true])
    expect(pages[0]?.contents.at(-1)).toEqual({
      id: 'by-topic',
      title: 'By topic',
      href: '/courses/page/3/#by-topic',
    })
  })

  test('page 1 leads to every college on whichever page it starts; later pages list their own', () => {
    expect(pages.map((page) => page.contentsLabel)).toEqual([
      'Jump to a section',
      'On this page',
      'On this page',
    ])
    expect(pages[0]?.contents.map((link) => link.href)).toEqual([
      '#soon',
      '/courses/page/2/#croydon-recovery-college',
      '/courses/page/3/#by-topic',
    ])
    expect(pages[1]?.contents.map((link) => link.href)).toEqual(['#soon', '#croydon-recovery-college'])
    expect(pages[2]?.contents.map((link) => link.href)).toEqual(['#croydon-recovery-college', '#by-topic'])
  })
})

describe('getInvolvedPages', () => {
  test('puts every open role on exactly one page, no page over the limit', () => {
    const pages = getInvolvedPages(index, fixtureNow)
    const long = getInvolvedView(index, fixtureNow).flatMap((group) =>
      group.items.map((item) => item.card.href),
    )
    const split = pages.flatMap((page) =>
      page.sections.flatMap((section) => section.items.map((item) => item.card.href)),
    )
    expectEachOnce(split, long)
    expect(sizes(pages)).toEqual([
      opportunitiesPerPage,
      opportunitiesPerPage,
      long.length - 2 * opportunitiesPerPage,
    ])
    expect(pages[2]?.pagination.previous).toBe('/get-involved/2/')
  })
})

describe('organisationPages', () => {
  test('puts every organisation on exactly one page, letters carrying on across pages', () => {
    const pages = organisationPages(index.organisations, index.area)
    const long = organisationsByLetter(index.organisations, index.area).flatMap((letter) =>
      letter.organisations.map((organisation) => organisation.href),
    )
    const split = pages.flatMap((page) =>
      page.sections.flatMap((letter) => letter.items.map((item) => item.href)),
    )
    expectEachOnce(split, long)
    expect(Math.max(...sizes(pages))).toBe(organisationsPerPage)
    expect(pages[1]?.sections[0]?.continued).toBe(true)
    expect(pages[1]?.contents.find((letter) => letter.title === 'Z')?.href).toMatch(
      /^(#|\/organisations\/page\/\d+\/#)letter-z$/,
    )
    expect(pages[1]?.pagination.next).toBe('/organisations/page/3/')
  })
})
