import type {
  AreaData,
  CourseData,
  OpportunityData,
  OrganisationData,
  ServiceData,
  TopicData,
  VenueData,
} from '../content/schemas'
import { audiences, titleOf, type Audience } from '@findpeersupport/content-model/vocabulary'
import { accessOptions, costOptions, labelOf, whenOptions } from './filters'
import { normalise, type Concept, type FilterValue, type PeoplesWords, type Place } from './interpret'

/*
 * Our own list of the ways people ask for things, added to the topics' "also known as" words
 * from the directory. Loose concepts widen a search (words or the filter value); strict ones
 * are the filter ("weekend" means meets at the weekend, not mentions the word).
 */
const looseWords: Array<{ phrases: string[]; audience?: Audience; topicNamed?: string }> = [
  {
    phrases: ['bipolar', 'bi polar', 'manic depression', 'manic depressive', 'bipolar disorder'],
    topicNamed: 'bipolar',
  },
  {
    phrases: ['hearing voices', 'voices', 'voice hearing', 'hear voices', 'voice hearers'],
    topicNamed: 'hearing voices',
  },
  { phrases: ['carers', 'carer', 'caring for someone'], audience: 'carers' },
  {
    phrases: [
      'lgbtq',
      'lgbt',
      'lgbtq +',
      'lgbtqia',
      'lgbtqia +',
      'gay',
      'lesbian',
      'bisexual',
      'trans',
      'transgender',
      'queer',
      'non binary',
    ],
    audience: 'lgbtq',
  },
  {
    phrases: [
      'leaving hospital',
      'after hospital',
      'discharge',
      'discharged',
      'out of hospital',
      'left hospital',
    ],
    audience: 'after-hospital',
  },
  { phrases: ['young people', 'young person', 'youth', 'teenager', 'teenagers'], audience: 'young-people' },
  { phrases: ['older people', 'older person', 'elderly', 'later life'], audience: 'older-people' },
  { phrases: ['veterans', 'veteran', 'ex forces', 'armed forces'], audience: 'veterans' },
]

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
  const topicsUsed = new Set<string>()
  for (const loose of looseWords) {
    const topic = source.topics.find((candidate) => normalise(candidate.name) === loose.topicNamed)
    if (topic) topicsUsed.add(topic._id)
    const phrases = [...loose.phrases, ...(topic ? [topic.name, ...topic.alsoKnownAs] : [])].map(normalise)
    const filter: FilterValue | undefined = topic
      ? ['topic', topic.name]
      : loose.audience
        ? ['for', titleOf(audiences, loose.audience)]
        : undefined
    concepts.push({ phrases: [...new Set(phrases)], strict: false, ...(filter ? { filter } : {}) })
  }
  for (const topic of source.topics.filter((candidate) => !topicsUsed.has(candidate._id))) {
    concepts.push({
      phrases: [...new Set([topic.name, ...topic.alsoKnownAs].map(normalise))],
      filter: ['topic', topic.name],
      strict: false,
    })
  }
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
