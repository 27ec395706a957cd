import { formatDate } from '../time/format'
import { londonDate } from '../time/london'
import { displayWebAddress, qrCodePath } from '../view/listing'
import { listings } from './messages'
import { listingPath, type LeafletRef } from './state'

/*
 * What a leaflet shows of each listing. The builder reads it from the listing's own page, where
 * the parts a leaflet needs are marked with `data-leaflet` (see ListingLayout.astro), so a
 * leaflet always says what the page says today, and a listing that has closed since says so.
 */

/** The marks a listing page carries, one per part a leaflet reads. */
export const leafletParts = {
  /** The listing's name (its h1). */
  name: 'name',
  /** "Peer support group · Croydon" */
  kind: 'kind',
  /** The "No referral needed" badge, shown while it runs as usual and takes self-referral. */
  noReferral: 'noref',
  /** The heading of a paused listing's notice. */
  status: 'status',
  /** The heading of a closed, finished or past-closing listing's notice: it is not printed. */
  ended: 'ended',
  /** A line of when it meets. */
  when: 'when',
  /** A venue name, address line or how to join from elsewhere. */
  where: 'where',
  /** "How to join", "How to enrol" or "How to apply". */
  howHeading: 'how',
  /** A line of how to join; a link's address is written out. */
  join: 'join',
  /** A contact line, like "Phone: 020 7946 0123". */
  contact: 'contact',
} as const

/** One marked part of a listing page, in page order, with the address when it is a web link. */
export type MarkedPart = { part: string; text: string; href?: string | undefined }

/** A listing as a leaflet prints it. */
export type LeafletListing = {
  ref: LeafletRef
  name: string
  /** "Peer support group · Croydon" */
  kind: string | undefined
  noReferral: boolean
  /** "This group is paused for now": printed, so nobody is sent to a locked door unwarned. */
  paused: string | undefined
  /** "This group has closed": shown in the builder, never printed. */
  ended: string | undefined
  /** When, where, how to join and contact, each with its lines; parts a listing lacks are left out. */
  rows: LeafletRow[]
  /** The page's full address, which its QR code holds. */
  url: string
  qrSrc: string
}

/** One row of a printed listing: "When" and its lines, with anything to say first in bold. */
export type LeafletRow = { term: string; first?: string | undefined; lines: string[] }

/** Dates a leaflet prints before pointing to the page for the rest: a ten-week course would fill half a page. */
export const maxWhenLines = 4

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The first `maxWhenLines` lines, with a pointer to the page for the rest. */
function shortWhen(lines: string[]): string[] {
  if (lines.length <= maxWhenLines) return lines
  const more = lines.length - (maxWhenLines - 1)
  return [...lines.slice(0, maxWhenLines - 1), `And ${more} more: see the page.`]
}

/**
 * A listing's leaflet entry from the parts its page marks, or undefined when the page marks no
 * name (it is not a listing page, like a page that only sends visitors on).
 */
export function leafletListing(
  ref: LeafletRef,
  parts: readonly MarkedPart[],
  url: string,
): LeafletListing | undefined {
  const linesOf = (part: string) =>
    parts
      .filter((entry) => entry.part === part)
      .map((entry) => {
        const text = collapse(entry.text)
        return entry.href && /^https?:/i.test(entry.href) ? `${text}: ${displayWebAddress(entry.href)}` : text
      })
      .filter((text) => text !== '')
  const first = (part: string) => linesOf(part)[0]
  const name = first(leafletParts.name)
  if (name === undefined) return undefined
  const noReferral = first(leafletParts.noReferral) !== undefined
  const rows: LeafletRow[] = [
    { term: 'When', lines: shortWhen(linesOf(leafletParts.when)) },
    { term: 'Where', lines: linesOf(leafletParts.where) },
    // Whether anyone must refer you decides whether a person can go at all, so it comes first.
    {
      term: first(leafletParts.howHeading) ?? 'How to join',
      first: noReferral ? 'No referral needed' : undefined,
      lines: linesOf(leafletParts.join),
    },
    { term: 'Contact', lines: linesOf(leafletParts.contact) },
    // Written out beside the QR code, for anyone without a phone camera.
    { term: 'Web page', lines: [displayWebAddress(url)] },
  ].filter((row) => row.lines.length > 0 || row.first !== undefined)
  return {
    ref,
    name,
    kind: first(leafletParts.kind),
    noReferral,
    paused: first(leafletParts.status),
    ended: first(leafletParts.ended),
    rows,
    url,
    qrSrc: qrCodePath(new URL(url).pathname),
  }
}

/** A listing on the builder's list: still loading, read from its page, gone, or not reachable. */
export type LeafletItem =
  | { ref: LeafletRef; state: 'loading' }
  | { ref: LeafletRef; state: 'ready'; listing: LeafletListing }
  | { ref: LeafletRef; state: 'missing' }
  | { ref: LeafletRef; state: 'failed' }

/** Whether a listing goes on the printed leaflet: only one read from its page that still runs or is paused. */
export const isPrinted = (item: LeafletItem): boolean => item.state === 'ready' && !item.listing.ended

/** How the builder names a listing: its name once read, its address until then. */
export const itemName = (item: LeafletItem): string => (item.state === 'ready' ? item.listing.name : item.ref)

/**
 * What the builder says about a listing, when there is something to say: `printed` goes on the
 * leaflet too (a paused listing's warning); `screen` is for the person building it.
 */
export type ItemNotice = { printed?: string; screen: string }

/** Why a listing will not be printed, or the warning it is printed with, in plain words; nothing when all is well. */
export function itemNotice(item: LeafletItem): ItemNotice | undefined {
  switch (item.state) {
    case 'loading':
      return { screen: 'Loading…' }
    case 'missing':
      return {
        screen: `${item.ref} is no longer listed, so it will not be printed. Remove it from the leaflet.`,
      }
    case 'failed':
      return {
        screen: `We could not load ${listingPath(item.ref)}, so it will not be printed. Check your connection and reload the page.`,
      }
    case 'ready': {
      const { ended, paused } = item.listing
      if (ended) return { screen: `${ended}, so it will not be printed. Remove it from the leaflet.` }
      if (paused) return { printed: `${paused}.`, screen: 'It will be printed with this warning.' }
      return undefined
    }
  }
}

/** "5 listings", with how many will be left off the printed leaflet when some will. */
export function leafletCount(items: readonly LeafletItem[]): string {
  const left = items.filter((item) => item.state !== 'loading' && !isPrinted(item)).length
  return left === 0 ? listings(items.length) : `${listings(items.length)} (${left} will not be printed)`
}

/** "Printed on 26 November 2026", by the London calendar. */
export const printedOn = (now: Date): string => `Printed on ${formatDate(londonDate(now))}`
