import { needsNoReferral } from '@findpeersupport/content-model/rules'
import { costTypes, serviceKinds, titleOf, type AccessRoute } from '@findpeersupport/content-model/vocabulary'
import type { ServiceData } from '../content/schemas'
import { serviceStructuredData } from './structuredData'
import { formatDateWithDay, formatTimeRange } from '../time/format'
import { describeSchedule, nextSession } from '../time/schedule'
import { urls } from '../urls'
import {
  checkedView,
  contactLinks,
  languageList,
  organisationLink,
  shareView,
  suggestUpdateHref,
  topicsFact,
  venueView,
  whereWords,
  type Fact,
  type Link,
  type ListingIndex,
  type ListingPageView,
  type SiteContext,
  type StatusView,
  type VenueView,
} from './listing'

/** Everything a service page shows, worked out once at build time. */
export type ServicePageView = ListingPageView & {
  join: JoinView
  when: WhenView
  where: WhereView
}

export type JoinView = {
  /** Said first, and only, when nobody needs to refer you. */
  noReferral: string | undefined
  /** Who must refer you, when someone must. */
  referral: string | undefined
  howToJoin: string
}

export type WhenView = {
  schedules: { text: string; notes: string | undefined }[]
  availability: string | undefined
  /** "Tuesday 24 November 2026, 6pm to 7:30pm" */
  next: string | undefined
  /** Said when it has meeting times but none ahead, or it is paused. */
  noNext: string | undefined
  calendarHref: string | undefined
}

export type WhereView = {
  venues: VenueView[]
  online: string | undefined
  byPhone: boolean
  accessibilityNotes: string | undefined
}

/** What to call several services of a kind, for "Other peer support groups in Croydon". */
const kindPlurals: Record<ServiceData['kind'], string> = {
  group: 'peer support groups',
  'one-to-one': 'one-to-one peer support services',
  'drop-in': 'drop-ins',
  'ward-visiting': 'ward visiting services',
  'online-community': 'online communities',
  'phone-text-line': 'phone and text lines',
  befriending: 'befriending services',
  activity: 'activity groups',
}

/** A short word for the kind, for sentences like "This group is paused". */
const kindNoun = (kind: ServiceData['kind']) =>
  kind === 'group' || kind === 'activity' ? 'group' : kind === 'drop-in' ? 'drop-in' : 'service'

/** What the page tells a person about each way in. */
const joinWords: Record<AccessRoute, string> = {
  'open-to-all': 'You can go along without a referral.',
  'self-referral': 'You can contact them yourself, no referral needed.',
  'gp-referral': 'You need a referral from your GP.',
  'professional-referral':
    'You need a referral from a professional, such as your GP, care co-ordinator, nurse or social worker.',
}

function joinView(service: ServiceData): JoinView {
  // Telling people they can go along to something that has closed would send them to a locked door.
  const route = service.status === 'closed' ? undefined : service.accessRoute
  const open = route !== undefined && needsNoReferral(route)
  return {
    noReferral: route && open ? joinWords[route] : undefined,
    referral: route && !open ? joinWords[route] : undefined,
    howToJoin: service.howToJoin,
  }
}

/**
 * Whether a service gets a calendar file: only one that is running has sessions to put in a
 * calendar; a paused group's file would send people to a locked door.
 */
export const hasCalendar = (service: Pick<ServiceData, 'schedules' | 'status'>): boolean =>
  service.schedules.length > 0 && service.status === 'running'

function whenView(service: ServiceData, now: Date): WhenView {
  const running = service.status === 'running'
  const next = running ? nextSession(service.schedules, now) : undefined
  const hasSchedules = service.schedules.length > 0
  return {
    schedules: service.schedules.map((schedule) => ({
      text: describeSchedule(schedule, now),
      notes: schedule.notes,
    })),
    availability: service.availability,
    next: next && `${formatDateWithDay(next.date)}, ${formatTimeRange(next.opensAt, next.closesAt)}`,
    noNext:
      service.status === 'paused'
        ? 'It is paused, so there are no sessions at the moment.'
        : running && hasSchedules && !next
          ? 'No sessions are planned at the moment.'
          : undefined,
    calendarHref: hasCalendar(service) ? urls.serviceCalendar(service.slug) : undefined,
  }
}

function whereView(service: ServiceData, index: ListingIndex): WhereView {
  const online = service.delivery.includes('online')
  return {
    venues: service.delivery.includes('in-person')
      ? service.venues.map((id) => venueView(index.venue(id)))
      : [],
    online: online
      ? (service.onlineDetails ?? 'It happens online. Use the contact details below to join.')
      : undefined,
    byPhone: service.delivery.includes('phone'),
    accessibilityNotes: service.accessibilityNotes,
  }
}

/** Running services of the same kind in the same area, for someone whose choice is paused or closed. */
export function similarServices(service: ServiceData, index: ListingIndex, limit = 3): Link[] {
  const areas = new Set(service.areas)
  return index.services
    .filter(
      (other) =>
        other._id !== service._id &&
        other.status === 'running' &&
        other.kind === service.kind &&
        other.areas.some((area) => areas.has(area)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, limit)
    .map((other) => ({ text: other.name, href: urls.service(other.slug) }))
}

function statusView(service: ServiceData, index: ListingIndex): StatusView | undefined {
  if (service.status === 'running') return undefined
  const noun = kindNoun(service.kind)
  const area = index.area(service.areas[0] ?? '')
  return {
    heading: service.status === 'paused' ? `This ${noun} is paused for now` : `This ${noun} has closed`,
    text:
      service.status === 'paused'
        ? 'It is not running at the moment. Contact them to ask when it will start again.'
        : 'It no longer runs. We keep this page so that old links still explain what happened.',
    similarHeading: `Other ${kindPlurals[service.kind]} ${whereWords(area)}`,
    similar: similarServices(service, index),
    onward: { text: `All peer support listed for ${area.name}`, href: urls.area(area.slug) },
  }
}

function facts(service: ServiceData, index: ListingIndex): Fact[] {
  const organisation = organisationLink(index.organisation(service.organisation))
  const cost = titleOf(costTypes, service.cost)
  return [
    { term: 'Who it is for', detail: service.whoFor },
    ...topicsFact(service.topics, index),
    { term: 'Cost', detail: service.costDetails ? `${cost}. ${service.costDetails}` : cost },
    { term: 'Languages', detail: languageList(service.languages) },
    { term: 'Run by', detail: organisation.text, href: organisation.href },
    ...(service.peerLed
      ? [{ term: 'Peer-led', detail: 'Yes: run by people with their own experience of mental distress' }]
      : []),
    ...(service.coProduced
      ? [{ term: 'Co-produced', detail: 'Yes: planned together with the people who use it' }]
      : []),
  ]
}

/** The service page's view: plain strings, links and flags, with the clock passed in. */
export function servicePage(
  service: ServiceData,
  index: ListingIndex,
  now: Date,
  site: SiteContext,
): ServicePageView {
  const path = urls.service(service.slug)
  const areaNames = service.areas.map((id) => index.area(id).name)
  const status = statusView(service, index)
  return {
    id: service._id,
    name: service.name,
    path,
    summary: service.summary,
    description: service.description,
    kindLine: `${titleOf(serviceKinds, service.kind)} · ${areaNames.join(', ')}`,
    // A badge above a paused or closed notice would send people to a locked door.
    noReferralBadge: needsNoReferral(service.accessRoute) && status === undefined,
    status,
    alert: service.alert,
    checked: checkedView(service.lastChecked, now, service.status !== 'closed'),
    facts: facts(service, index),
    join: joinView(service),
    when: whenView(service, now),
    where: whereView(service, index),
    contact: contactLinks(service.contact),
    contactName: service.contact.name,
    share: shareView(service.name, path, site),
    suggestUpdateHref: suggestUpdateHref(service, path, site),
    searchable: service.status !== 'closed',
    structuredData: serviceStructuredData(service, index, now, site),
  }
}
