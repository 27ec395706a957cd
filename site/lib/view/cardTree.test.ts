import { describe, expect, test } from 'vitest'
import { listingCardTree } from './cardTree'
import type { ListingCardView } from './cards'
import { elementHtml, type ElementTree } from './elementTree'

const group: ListingCardView = {
  name: 'Croydon Hearing Voices Group',
  href: '/services/croydon-hearing-voices-group/',
  kind: 'Peer support group',
  areas: ['Croydon', 'Lambeth'],
  noReferralNeeded: true,
  when: ['Every Tuesday, 6pm to 7:30pm'],
  organisation: { text: 'Hear Us Croydon', href: '/organisations/hear-us-croydon/' },
  status: undefined,
  details: [],
}

/** Every text in the card, in reading order. */
const texts = (tree: ElementTree | string): string[] =>
  typeof tree === 'string' ? [tree] : tree.children.flatMap(texts)
const lines = (tree: ElementTree) => tree.children.map((child) => texts(child).join(''))

describe('listingCardTree', () => {
  test('names the listing as a link in a heading, then its kind, areas, badge, times and organisation', () => {
    const tree = listingCardTree(group)
    expect(elementHtml(tree.children[0] ?? '')).toBe(
      '<h3 class="m-0 text-lg" dir="auto"><a href="/services/croydon-hearing-voices-group/">Croydon Hearing Voices Group</a></h3>',
    )
    expect(lines(tree)).toEqual([
      'Croydon Hearing Voices Group',
      'Peer support group, Croydon, Lambeth',
      'No referral needed',
      'Every Tuesday, 6pm to 7:30pm',
      'Run by Hear Us Croydon',
    ])
  })

  test('puts the name at the heading level asked for, and can leave out “Run by”', () => {
    const tree = listingCardTree(group, { headingLevel: 2, showOrganisation: false })
    expect(tree.children[0]).toMatchObject({ tag: 'h2' })
    expect(lines(tree)).not.toContain('Run by Hear Us Croydon')
  })

  test('shows a paused listing’s status, and no badge when a referral is needed', () => {
    const tree = listingCardTree({ ...group, noReferralNeeded: false, status: 'Paused for now' })
    expect(lines(tree)[2]).toBe('Paused for now')
    expect(lines(tree)).not.toContain('No referral needed')
  })

  test('joins a course’s details into one line', () => {
    const tree = listingCardTree({ ...group, details: ['In person', 'Co-taught by a peer tutor'] })
    expect(lines(tree)).toContain('In person. Co-taught by a peer tutor')
  })

  test('a search result is the same card with the next session, distance, matched words and last check added', () => {
    const page = listingCardTree(group)
    const result = listingCardTree(group, {
      extras: {
        next: 'Tuesday 24 November 2026, 6pm',
        distance: '0.8 miles away',
        excerpt: ['A group for people who ', { tag: 'mark', attrs: {}, children: ['hear voices'] }],
        checked: 'Last checked on 15 October 2026',
      },
    })
    const added = [
      '0.8 miles away',
      'Next session: Tuesday 24 November 2026, 6pm',
      'A group for people who hear voices',
      'Last checked on 15 October 2026',
    ]
    expect(lines(result).filter((line) => !added.includes(line))).toEqual(lines(page))
    expect(result.children.filter((child) => !added.includes(texts(child).join('')))).toEqual(page.children)
    expect(elementHtml(result)).toContain(
      '<p class="m-0">A group for people who <mark>hear voices</mark></p>',
    )
  })
})
