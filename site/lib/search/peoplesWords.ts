import type {
  AreaData,
  CourseData,
  OpportunityData,
  OrganisationData,
  ServiceData,
  TopicData,
  VenueData,
} from '../content/schemas'
import { audiences, audienceWords } from '@findpeersupport/content-model/vocabulary'
import { accessOptions, costOptions, labelOf, whenOptions } from './filters'
import { normalise, type Concept, type FilterValue, type PeoplesWords, type Place } from './interpret'

/*
 * The words people search with, as data: topics' "Other words people use" come from the Studio,
 * audiences' from the shared vocabulary. Loose concepts widen a search (any of their phrases);
 * strict ones are a filter ("weekend" means meets at the weekend, not mentions the word), and
 * are written here because they name the search page's own filters.
 */
const strictWords: Array<{ phrases: string[]; filter: FilterValue }> = [
  {
    phrases: [
      'self referral',
      'self refer',
      'no referral',
      'no referral needed',
      'without referral',
      'without a referral',
      'refer myself',
      'just turn up',
    ],
    filter: ['access', accessOptions.noReferral.label],
  },
  { phrases: ['weekend', 'weekends', 'at the weekend'], filter: ['when', whenOptions.weekend.label] },
  { phrases: ['evening', 'evenings', 'after work'], filter: ['when', whenOptions.evening.label] },
  {
    phrases: ['online', 'on line', 'virtual', 'video call', 'zoom'],
    filter: ['how', labelOf('how', 'online')],
  },
  { phrases: ['free', 'no cost'], filter: ['cost', costOptions.free.label] },
  {
    phrases: ['course', 'courses', 'class', 'classes', 'workshop', 'workshops', 'recovery college'],
    filter: ['kind', labelOf('kind', 'course')],
  },
  {
    phrases: ['volunteer', 'volunteers', 'volunteering', 'volunteer role', 'volunteer roles'],
    filter: ['kind', labelOf('kind', 'volunteer')],
  },
  {
    phrases: ['job', 'jobs', 'paid work', 'paid role', 'paid peer work', 'paid peer support work'],
    filter: ['kind', labelOf('kind', 'paid-role')],
  },
  {
    phrases: ['one to one', '1 to 1', '1 1', 'peer worker', 'peer support worker'],
    filter: ['kind', labelOf('kind', 'one-to-one')],
  },
  { phrases: ['drop in', 'drop ins'], filter: ['kind', labelOf('kind', 'drop-in')] },
  { phrases: ['befriending', 'befriender', 'buddy'], filter: ['kind', labelOf('kind', 'befriending')] },
]

/** The directory's own content, as much of it as people's words are built from. */
export interface WordsSource {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  organisations: readonly OrganisationData[]
  venues: readonly VenueData[]
  areas: readonly AreaData[]
  topics: readonly TopicData[]
}

/** The centre of some venues, labelled. */
function centre(label: string, venues: readonly VenueData[]): Place {
  const lat = venues.reduce((sum, venue) => sum + venue.location.lat, 0) / venues.length
  const lng = venues.reduce((sum, venue) => sum + venue.location.lng, 0) / venues.length
  return { label, lat: Math.round(lat * 1e4) / 1e4, lng: Math.round(lng * 1e4) / 1e4 }
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/** Builds the people's-words data for the search page from the directory. */
export function peoplesWords(source: WordsSource): PeoplesWords {
  const concepts: Concept[] = []
  const loose = (phrases: readonly string[], filter: FilterValue) => {
    concepts.push({ phrases: [...new Set(phrases.map(normalise))], filter, strict: false })
  }
  for (const { value, title } of audiences)
    loose([value, title, ...(audienceWords[value] ?? [])], ['for', title])
  for (const topic of source.topics) loose([topic.name, ...topic.alsoKnownAs], ['topic', topic.name])
  for (const strict of strictWords)
    concepts.push({ phrases: strict.phrases.map(normalise), filter: strict.filter, strict: true })
  for (const area of source.areas.filter((candidate) => !candidate.isNational)) {
    concepts.push({
      phrases: [...new Set([area.name, area.slug].map(normalise))],
      filter: ['area', area.name],
      strict: true,
    })
  }

  const areaName = new Map(source.areas.map((area) => [area._id, area.name]))
  const district = (venue: VenueData) =>
    venue.address.postcode
      .trim()
      .toUpperCase()
      .replace(/\s*\d[A-Z]{2}$/, '')
  const districts: Record<string, Place> = {}
  for (const [code, venues] of groupBy(source.venues, district)) {
    districts[code] = centre(`${code} (${areaName.get(venues[0]?.area ?? '') ?? 'near'})`, venues)
  }
  const postcodeAreas: Record<string, Place> = {}
  for (const [code, venues] of groupBy(source.venues, (venue) => district(venue).replace(/\d.*$/, ''))) {
    const names = [...new Set(venues.map((venue) => areaName.get(venue.area) ?? ''))]
      .filter(Boolean)
      .join(' and ')
    postcodeAreas[code] = centre(`the ${code} postcode area (${names})`, venues)
  }

  const text = [
    ...concepts.flatMap((concept) => concept.phrases),
    ...[...source.services, ...source.courses, ...source.opportunities].flatMap((entry) => [
      entry.name,
      entry.summary,
      entry.whoFor,
    ]),
    ...source.organisations.flatMap((entry) => [entry.name, entry.summary]),
    ...source.topics.flatMap((topic) => [topic.name, topic.description]),
    ...source.areas.map((area) => area.name),
  ]
  const words = [...new Set(text.flatMap((line) => normalise(line).split(' ')))]
    .filter((word) => word.length >= 3)
    .sort()
  return { concepts, districts, postcodeAreas, words }
}

const built = new WeakMap<object, PeoplesWords>()

/** `peoplesWords`, worked out once per directory: every listing page's SearchMeta asks for it. */
export function peoplesWordsOf(source: WordsSource): PeoplesWords {
  let words = built.get(source)
  if (!words) {
    words = peoplesWords(source)
    built.set(source, words)
  }
  return words
}
