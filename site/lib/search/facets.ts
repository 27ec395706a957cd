import type { Concept } from './interpret'
import type {
  CourseData,
  OpportunityData,
  OrganisationData,
  ServiceData,
  VenueData,
} from '../content/schemas'
import { needsNoReferral } from '@findpeersupport/content-model/rules'
import { opportunityKinds, serviceKinds, titleOf, weekdays } from '@findpeersupport/content-model/vocabulary'
import { lastCheckedStatus } from '../time/checked'
import { nextCourseSession } from '../time/course'
import { formatDateWithDay, formatTime, weekdayName } from '../time/format'
import { meetingDays, meetsAtWeekend, meetsInEvening, nextSession } from '../time/schedule'
import { accessOptions, costOptions, featureOptions, labelOf, whenOptions, type FilterKey } from './filters'

/** What a search result is: one of the directory's four listing types. */
export type ListingType = 'service' | 'course' | 'opportunity' | 'organisation'

/** Sort keys Pagefind indexes. Every listing gets every key, so no listing drops out of a sorted search. */
export const sortKeys = ['next', 'name', 'checked'] as const
export type SortKey = (typeof sortKeys)[number]

/** The lookups facets need: the same shape `directoryIndex()` gives. */
export interface FacetLookups {
  venue(id: string): VenueData
  area(id: string): { name: string; slug: string }
  topic(id: string): { name: string; slug: string }
}

/** A listing's entry, by type. */
export type ListingEntry =
  | { type: 'service'; entry: ServiceData }
  | { type: 'course'; entry: CourseData }
  | { type: 'opportunity'; entry: OpportunityData }
  | { type: 'organisation'; entry: OrganisationData }

/**
 * What a search result shows besides the listing's own card (which SearchMeta carries whole),
 * kept in the index so results need no second request.
 */
export interface ResultMeta {
  /** The next session in words, like "Tuesday 24 November 2026, 6pm". */
  next?: string
  /** When the listing was last checked, like "Last checked on 15 October 2026". */
  checked: string
  /** Venues as `lat,lng` pairs joined by `;`, for near me. */
  places?: string
}

/** Everything the search index holds about one listing besides its words: the view-model of SearchMeta. */
export interface SearchFacets {
  filters: Array<[FilterKey, string]>
  /** People's words for what the listing is tagged with ("gay", "manic depression"), indexed but never shown. */
  words: string
  sorts: Record<SortKey, string>
  meta: ResultMeta
}

/** Placed after every real date, so listings with no next session sort last. */
export const noNextSession = '9999-12-31T00:00'
/** Placed before every real date, so never-checked listings sort last when newest comes first. */
export const neverChecked = '0000-00-00'

/** Days, evenings and weekends a listing meets on, as filter labels. */
function meetingFilters(listing: ListingEntry): { days: string[]; evening: boolean; weekend: boolean } {
  if (listing.type === 'service') {
    const { schedules } = listing.entry
    return {
      days: meetingDays(schedules).map((day) => titleOf(weekdays, day)),
      evening: schedules.some(meetsInEvening),
      weekend: schedules.some(meetsAtWeekend),
    }
  }
  if (listing.type === 'course') {
    const days = [...new Set(listing.entry.sessions.map((session) => weekdayName(session.date)))]
    return {
      days: weekdays.map(({ title }) => title).filter((day) => days.includes(day)),
      evening: listing.entry.sessions.some((session) => session.startsAt >= '17:00'),
      weekend: days.includes('Saturday') || days.includes('Sunday'),
    }
  }
  return { days: [], evening: false, weekend: false }
}

/** The next session's London date and start time, if it is running and has one. */
function upcoming(listing: ListingEntry, now: Date): { date: string; time: string } | undefined {
  if (listing.type === 'service' && listing.entry.status === 'running') {
    const session = nextSession(listing.entry.schedules, now)
    return session && { date: session.date, time: session.opensAt }
  }
  if (listing.type === 'course' && listing.entry.status === 'running') {
    const session = nextCourseSession(listing.entry.sessions, now)
    return session && { date: session.date, time: session.startsAt }
  }
  return undefined
}

/** The facets of one listing: its filter values, sort values and what its search result adds to its card. */
export function searchFacets(
  listing: ListingEntry,
  lookups: FacetLookups,
  now: Date,
  concepts: readonly Concept[] = [],
): SearchFacets {
  const filters: Array<[FilterKey, string]> = []
  const add = (key: FilterKey, ...labels: string[]) => {
    for (const label of labels)
      if (!filters.some(([k, l]) => k === key && l === label)) filters.push([key, label])
  }
  const { type, entry } = listing
  const areas = entry.areas.map((id) => lookups.area(id).name)
  add('area', ...areas)
  // Every listing but an organisation says what it is about and who it is for.
  if (type !== 'organisation') {
    add('topic', ...entry.topics.map((id) => lookups.topic(id).name))
    add('for', ...entry.audiences.map((audience) => labelOf('for', audience)))
  }

  let kind: string
  let venues: VenueData[] = []
  let referral: string | undefined
  if (type === 'service') {
    kind = titleOf(serviceKinds, entry.kind)
    venues = entry.venues.map((id) => lookups.venue(id))
    referral = needsNoReferral(entry.accessRoute)
      ? accessOptions.noReferral.label
      : accessOptions.referral.label
    add('cost', costOptions[entry.cost].label)
    add('how', ...entry.delivery.map((mode) => labelOf('how', mode)))
    add('language', ...entry.languages.map((language) => labelOf('language', language)))
    if (entry.peerLed) add('feature', featureOptions.peerLed.label)
  } else if (type === 'course') {
    kind = labelOf('kind', 'course')
    venues = entry.venue ? [lookups.venue(entry.venue)] : []
    // A course saved before "who can enrol" existed gets no access filter rather than a guess.
    if (entry.enrolment) {
      referral = needsNoReferral(entry.enrolment)
        ? accessOptions.noReferral.label
        : accessOptions.referral.label
    }
    add('cost', costOptions[entry.cost].label)
    add('how', ...(entry.format === 'blended' ? ['In person', 'Online'] : [labelOf('how', entry.format)]))
    if (entry.peerTutor) add('feature', featureOptions.peerLed.label)
  } else if (type === 'opportunity') {
    kind = titleOf(opportunityKinds, entry.kind)
    add('how', ...entry.delivery.map((mode) => labelOf('how', mode)))
  } else {
    kind = labelOf('kind', 'organisation')
  }
  add('kind', kind)
  if (referral) add('access', referral)
  if (venues.some((venue) => venue.stepFree)) add('feature', featureOptions.stepFree.label)

  const { days, evening, weekend } = meetingFilters(listing)
  add('day', ...days)
  if (evening) add('when', whenOptions.evening.label)
  if (weekend) add('when', whenOptions.weekend.label)

  const next = upcoming(listing, now)
  const meta: ResultMeta = { checked: lastCheckedStatus(entry.lastChecked, now).text }
  if (next) meta.next = `${formatDateWithDay(next.date)}, ${formatTime(next.time)}`
  if (venues.length > 0)
    meta.places = venues.map(({ location }) => `${location.lat},${location.lng}`).join(';')

  const tagged = concepts.filter(
    (concept) =>
      !concept.strict &&
      concept.filter &&
      filters.some(([key, label]) => key === concept.filter?.[0] && label === concept.filter[1]),
  )
  return {
    filters,
    words: [...new Set(tagged.flatMap((concept) => concept.phrases))]
      .filter((phrase) => !phrase.includes('+'))
      .join(', '),
    sorts: {
      next: next ? `${next.date}T${next.time}` : noNextSession,
      name: entry.name.toLocaleLowerCase('en-GB'),
      checked: entry.lastChecked ?? neverChecked,
    },
    meta,
  }
}
