import { describe, expect, test } from 'vitest'
import {
  isPrinted,
  itemNotice,
  leafletCount,
  leafletListing,
  maxWhenLines,
  printedOn,
  type LeafletItem,
  type MarkedPart,
} from './listing'

const ref = 'services/croydon-hearing-voices' as const
const url = 'https://findpeersupport.example.org/services/croydon-hearing-voices/'

/** The parts a running, self-referral group's page marks, in page order. */
const groupParts: MarkedPart[] = [
  { part: 'name', text: 'Croydon Hearing Voices Group' },
  { part: 'kind', text: 'Peer support group · Croydon' },
  { part: 'noref', text: 'No referral needed' },
  { part: 'how', text: 'How to join' },
  { part: 'join', text: 'You can contact them yourself, no referral needed.' },
  { part: 'join', text: '  Just come along,\n   or phone first. ' },
  { part: 'when', text: 'Every Tuesday, 6pm to 8pm' },
  { part: 'when', text: 'Not on bank holidays' },
  { part: 'where', text: 'Croydon Voluntary Action' },
  { part: 'where', text: '97 High Street, Croydon, CR0 1QD' },
  { part: 'contact', text: 'Phone: 020 7946 0123' },
  { part: 'contact', text: 'Website: example.org/voices' },
]

const ready = (parts: MarkedPart[]): LeafletItem => {
  const listing = leafletListing(ref, parts, url)
  if (!listing) throw new Error('the fixture has a name')
  return { ref, state: 'ready', listing }
}

describe('leafletListing', () => {
  test('reads a group’s name, kind, badge and rows from its marked parts, in leaflet order', () => {
    expect(leafletListing(ref, groupParts, url)).toEqual({
      ref,
      name: 'Croydon Hearing Voices Group',
      kind: 'Peer support group · Croydon',
      noReferral: true,
      paused: undefined,
      ended: undefined,
      rows: [
        { term: 'When', lines: ['Every Tuesday, 6pm to 8pm', 'Not on bank holidays'] },
        { term: 'Where', lines: ['Croydon Voluntary Action', '97 High Street, Croydon, CR0 1QD'] },
        {
          term: 'How to join',
          first: 'No referral needed',
          lines: ['You can contact them yourself, no referral needed.', 'Just come along, or phone first.'],
        },
        { term: 'Contact', lines: ['Phone: 020 7946 0123', 'Website: example.org/voices'] },
        { term: 'Web page', lines: ['findpeersupport.example.org/services/croydon-hearing-voices'] },
      ],
      url,
      qrSrc: '/services/croydon-hearing-voices/qr.svg',
    })
  })

  test('writes out the web address of a link to enrol or apply, and not of a link within the page', () => {
    const listing = leafletListing(
      'courses/anxiety',
      [
        { part: 'name', text: 'Understanding anxiety' },
        { part: 'how', text: 'How to enrol' },
        { part: 'join', text: 'Enrol online', href: 'https://www.example.org/college/anxiety/' },
        { part: 'join', text: 'Ask us', href: 'mailto:college@example.org' },
      ],
      'https://findpeersupport.example.org/courses/anxiety/',
    )
    expect(listing?.rows.slice(0, -1)).toEqual([
      {
        term: 'How to enrol',
        first: undefined,
        lines: ['Enrol online: example.org/college/anxiety', 'Ask us'],
      },
    ])
  })

  test('leaves out a row the listing has nothing for', () => {
    const listing = leafletListing(
      ref,
      groupParts.filter((entry) => entry.part !== 'where'),
      url,
    )
    expect(listing?.rows.map((row) => row.term)).toEqual(['When', 'How to join', 'Contact', 'Web page'])
  })

  test('says "No referral needed" first even when the page says nothing else about joining', () => {
    const listing = leafletListing(
      ref,
      groupParts.filter((entry) => entry.part !== 'join'),
      url,
    )
    expect(listing?.rows.find((row) => row.term === 'How to join')).toEqual({
      term: 'How to join',
      first: 'No referral needed',
      lines: [],
    })
  })

  test(`prints up to ${maxWhenLines} dates and points to the page for the rest`, () => {
    const sessions = Array.from({ length: 10 }, (_, index) => ({
      part: 'when',
      text: `Session ${index + 1}`,
    }))
    const listing = leafletListing(ref, [{ part: 'name', text: 'Ten-week course' }, ...sessions], url)
    expect(listing?.rows[0]?.lines).toEqual([
      'Session 1',
      'Session 2',
      'Session 3',
      'And 7 more: see the page.',
    ])
    const four = leafletListing(ref, [{ part: 'name', text: 'Short course' }, ...sessions.slice(0, 4)], url)
    expect(four?.rows[0]?.lines).toHaveLength(4)
  })

  test('is undefined for a page that marks no name, like a page that sends visitors on', () => {
    expect(leafletListing(ref, [{ part: 'kind', text: 'Peer support group' }], url)).toBeUndefined()
  })
})

describe('what the builder says and prints', () => {
  const closed = ready([
    ...groupParts.filter((entry) => entry.part !== 'noref'),
    { part: 'ended', text: 'This group has closed' },
  ])
  const paused = ready([...groupParts, { part: 'status', text: 'This group is paused for now' }])

  test('prints a running or paused listing, and not a closed, missing, failed or loading one', () => {
    expect([ready(groupParts), paused].map(isPrinted)).toEqual([true, true])
    const notPrinted: LeafletItem[] = [
      closed,
      { ref, state: 'missing' },
      { ref, state: 'failed' },
      { ref, state: 'loading' },
    ]
    expect(notPrinted.map(isPrinted)).toEqual([false, false, false, false])
  })

  test('says plainly why a listing will not be printed, and warns about a paused one', () => {
    expect(itemNotice(ready(groupParts))).toBeUndefined()
    expect(itemNotice(closed)).toEqual({
      screen: 'This group has closed, so it will not be printed. Remove it from the leaflet.',
    })
    expect(itemNotice(paused)).toEqual({
      printed: 'This group is paused for now.',
      screen: 'It will be printed with this warning.',
    })
    expect(itemNotice({ ref, state: 'missing' })).toEqual({
      screen:
        'services/croydon-hearing-voices is no longer listed, so it will not be printed. Remove it from the leaflet.',
    })
    expect(itemNotice({ ref, state: 'failed' })?.screen).toMatch(
      /^We could not load \/services\/croydon-hearing-voices\/, so it will not be printed/,
    )
  })

  test('counts the listings, and how many will be left off the printed leaflet', () => {
    expect(leafletCount([ready(groupParts)])).toBe('1 listing')
    expect(leafletCount([ready(groupParts), paused, { ref, state: 'loading' }])).toBe('3 listings')
    expect(leafletCount([ready(groupParts), closed, { ref, state: 'missing' }])).toBe(
      '3 listings (2 will not be printed)',
    )
  })
})

describe('printedOn', () => {
  test('gives the date in London, which after 11pm in summer is already tomorrow', () => {
    expect(printedOn(new Date('2026-11-26T10:00:00Z'))).toBe('Printed on 26 November 2026')
    expect(printedOn(new Date('2026-07-01T23:30:00Z'))).toBe('Printed on 2 July 2026')
  })
})
