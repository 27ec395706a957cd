import {
  audiences,
  languages,
  listingStatuses,
  titleOf,
  type Audience,
  type LanguageCode,
} from '@findpeersupport/content-model/vocabulary'
import type {
  AreaData,
  Contact,
  CourseData,
  OpportunityData,
  OrganisationData,
  RichText,
  ServiceData,
  TopicData,
  VenueData,
} from '../content/schemas'
import type { Thing, WithContext } from 'schema-dts'
import { lastCheckedStatus } from '../time/checked'
import { urls } from '../urls'

/*
 * What every listing page (service, course, opportunity) shows the same way: status,
 * last checked, contact, venue, sharing and "suggest an update", as plain words and links.
 */

/** The parts of `directoryIndex()` a listing page reads. */
export type ListingIndex = {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  organisation: (id: string) => OrganisationData
  venue: (id: string) => VenueData
  area: (id: string) => AreaData
  topic: (id: string) => TopicData
}

/** Where the site lives and where update suggestions go, from the Astro config and site settings. */
export type SiteContext = { url: string | URL; updatesEmail: string }

/** What every listing page shows, whatever kind of listing it is. */
export type ListingPageView = {
  id: string
  name: string
  path: string
  summary: string
  description: RichText
  /** "Peer support group · Croydon" */
  kindLine: string
  /** "No referral needed" under the name: it takes self-referral and runs as usual (no status notice). */
  noReferralBadge: boolean
  status: StatusView | undefined
  alert: string | undefined
  checked: CheckedView
  facts: Fact[]
  contact: ContactLink[]
  contactName: string | undefined
  share: ShareView
  suggestUpdateHref: string
  /** Closed and finished listings leave search; their pages stay. */
  searchable: boolean
  /** Schema.org JSON-LD for the page, typed by `schema-dts` where it is built. */
  structuredData: WithContext<Thing>
}

export type Link = { text: string; href: string }

/** One line of a facts list: "Cost" – "Free". */
export type Fact = {
  term: string
  /** The fact in words; with `links`, their texts, for anything that cannot show links. */
  detail: string
  href?: string | undefined
  /** Several links, shown instead of `detail`, like a listing's topics. */
  links?: readonly Link[]
}

export type StatusView = {
  /** "This group is paused for now" */
  heading: string
  text: string
  /** Running listings like this one, for a paused or closed listing. */
  similar: Link[]
  similarHeading: string
  /** A link onwards when there is nothing similar to show, like a college's prospectus. */
  onward?: Link | undefined
}

export type CheckedView = { text: string; warning: string | undefined }

export type ContactLink = { label: string; text: string; href: string }

export type ShareView = {
  url: string
  emailHref: string
  smsHref: string
  qrSrc: string
  qrAlt: string
}

export type VenueView = {
  name: string
  addressLines: string[]
  access: Fact[]
  accessNotes: string | undefined
  transport: string | undefined
  map: Link
}

/** The full address of a page on this site. */
export const absoluteUrl = (path: string, site: SiteContext): string => new URL(path, site.url).href

/** Where a page's QR code is served: beside the page, so it is its own small file. */
export const qrCodePath = (pagePath: string): string => `${pagePath}qr.svg`

/** "Last checked on 3 March 2026", and, for what still runs, a warning to check first when that is over a year ago or unknown. */
export function checkedView(lastChecked: string | undefined, now: Date, stillRuns = true): CheckedView {
  const status = lastCheckedStatus(lastChecked, now)
  // Nobody travels to something that has closed or finished, so the warning would only be noise.
  const warning =
    !status.isStale || !stillRuns
      ? undefined
      : lastChecked
        ? 'It was last checked over a year ago, so it may have changed. Phone or email them first.'
        : 'We have not been able to check this yet. Phone or email them first.'
  return { text: `${status.text}.`, warning }
}

/** Phone, text, email and web links for a listing's contact details. */
export function contactLinks(contact: Contact): ContactLink[] {
  const digits = (number: string) => number.replace(/[^\d+]/g, '')
  return [
    contact.phone && { label: 'Phone', text: contact.phone, href: `tel:${digits(contact.phone)}` },
    contact.text && { label: 'Text', text: contact.text, href: `sms:${digits(contact.text)}` },
    contact.email && { label: 'Email', text: contact.email, href: `mailto:${contact.email}` },
    contact.website && { label: 'Website', text: displayWebAddress(contact.website), href: contact.website },
  ].filter((link): link is ContactLink => Boolean(link))
}

/** "example.org/group" from "https://www.example.org/group/": shorter to read aloud and print. */
export function displayWebAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
}

/** Copy, email, text and QR code for a page. */
export function shareView(name: string, path: string, site: SiteContext): ShareView {
  const url = absoluteUrl(path, site)
  const subject = encodeURIComponent(name)
  return {
    url,
    emailHref: `mailto:?subject=${subject}&body=${encodeURIComponent(`${name}\n${url}`)}`,
    smsHref: `sms:?&body=${encodeURIComponent(`${name} ${url}`)}`,
    qrSrc: qrCodePath(path),
    qrAlt: `QR code. Scan it with a phone camera to open this page: ${url}`,
  }
}

/** A prefilled email to the directory team naming the listing, so they know which one to fix. */
export function suggestUpdateHref(
  listing: { _id: string; name: string },
  path: string,
  site: SiteContext,
): string {
  const url = absoluteUrl(path, site)
  const subject = `Update for ${listing.name} (${listing._id})`
  const body = `Listing: ${listing.name}\nID: ${listing._id}\nPage: ${url}\n\nWhat needs to change:\n\n`
  return `mailto:${site.updatesEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}

/** "English and Polish" */
export function languageList(codes: readonly LanguageCode[]): string {
  const names = codes.map((code) => titleOf(languages, code))
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "in Croydon", or "you can join from anywhere" for the national and online area. */
export const whereWords = (area: AreaData): string =>
  area.isNational ? 'you can join from anywhere' : `in ${area.name}`

/** What a listing is about, each topic linking to its page; nothing when it names no topic. */
export function topicsFact(topicIds: readonly string[], index: Pick<ListingIndex, 'topic'>): Fact[] {
  const links = topicIds.map((id) => {
    const topic = index.topic(id)
    return { text: topic.name, href: urls.topic(topic.slug) }
  })
  if (links.length === 0) return []
  return [
    {
      term: links.length === 1 ? 'Topic' : 'Topics',
      detail: links.map((link) => link.text).join(', '),
      links,
    },
  ]
}

/** The groups of people a listing is for, under `term`; nothing when it names none. */
export function audiencesFact(term: string, codes: readonly Audience[]): Fact[] {
  return codes.length > 0 ? [{ term, detail: codes.map((code) => titleOf(audiences, code)).join(', ') }] : []
}

/** The organisation's page: a recovery college's is its prospectus. */
export function organisationLink(organisation: OrganisationData): Link {
  return {
    text: organisation.name,
    href:
      organisation.kind === 'recovery-college'
        ? urls.recoveryCollege(organisation.slug)
        : urls.organisation(organisation.slug),
  }
}

const yesNo = (value: boolean | undefined) => (value === undefined ? 'Not known' : value ? 'Yes' : 'No')

/** A venue's address, access and a map link, as a page shows them. */
export function venueView(venue: VenueData): VenueView {
  const { lat, lng } = venue.location
  const { line1, line2, town, postcode } = venue.address
  return {
    name: venue.name,
    addressLines: [line1, line2, town, postcode].filter((line): line is string => Boolean(line)),
    access: [
      { term: 'Step-free access', detail: yesNo(venue.stepFree) },
      { term: 'Accessible toilet', detail: yesNo(venue.accessibleToilet) },
      { term: 'Hearing loop', detail: yesNo(venue.hearingLoop) },
    ],
    accessNotes: venue.accessNotes,
    transport: venue.transport,
    map: {
      text: `${venue.name} on OpenStreetMap`,
      href: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
    },
  }
}

/** "Paused for now" or "Closed", or undefined while it runs as usual. */
export const statusWords = (status: 'running' | 'paused' | 'closed'): string | undefined =>
  status === 'running' ? undefined : titleOf(listingStatuses, status)
