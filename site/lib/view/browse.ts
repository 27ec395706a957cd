import { serviceKinds, type ServiceKind } from '@findpeersupport/content-model/vocabulary'
import type {
  AreaData,
  CourseData,
  OpportunityData,
  OrganisationData,
  ServiceData,
  TopicData,
} from '../content/schemas'
import { courseHasFinished } from '../time/course'
import { londonDate } from '../time/london'
import { pageUrls, urls } from '../urls'
import { courseCard, opportunityCard, serviceCard, type CardContext, type ListingCardView } from './cards'
import { cardsPerPage, listPages, type ListPage, type PageSection, type Section } from './pages'

/** The published directory as browse pages need it; `directoryIndex()` provides it. */
export type BrowseIndex = {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  areas: readonly AreaData[]
  topics: readonly TopicData[]
  area: (id: string) => AreaData
  organisation: (id: string) => OrganisationData
}

/** Listings of one kind, the ones that need no referral first. */
export type KindGroup = { kind: ServiceKind; title: string; cards: ListingCardView[] }

/** Closed listings leave every list; paused ones stay and say so. */
export const isListed = (listing: { status: ServiceData['status'] }): boolean => listing.status !== 'closed'

/** A course is listed until its last session has ended. */
export const isCurrentCourse = (course: CourseData, now: Date): boolean =>
  isListed(course) && !courseHasFinished(course.sessions, now)

/** An opportunity is listed until the day after its closing date. */
export const isOpenOpportunity = (opportunity: OpportunityData, now: Date): boolean =>
  isListed(opportunity) &&
  (opportunity.closingDate === undefined || opportunity.closingDate >= londonDate(now))

/** No referral first, then running before paused, then by name. */
function byEaseOfJoining(a: ListingCardView, b: ListingCardView): number {
  return (
    Number(b.noReferralNeeded) - Number(a.noReferralNeeded) ||
    Number(a.status !== undefined) - Number(b.status !== undefined) ||
    a.name.localeCompare(b.name, 'en-GB')
  )
}

/** Listed services grouped by kind in the vocabulary's order, easiest to join first within each kind. */
export function groupByKind(services: readonly ServiceData[], context: CardContext): KindGroup[] {
  return serviceKinds.flatMap(({ value, title }) => {
    const cards = services
      .filter((service) => service.kind === value && isListed(service))
      .map((service) => serviceCard(service, context))
      .sort(byEaseOfJoining)
    return cards.length > 0 ? [{ kind: value, title, cards }] : []
  })
}

/** How many listed services there are of each kind, with the search that shows them. */
export function kindCounts(services: readonly ServiceData[]) {
  return serviceKinds.flatMap(({ value, title }) => {
    const count = services.filter((service) => service.kind === value && isListed(service)).length
    return count > 0 ? [{ kind: value, title, count, href: `${urls.search}?kind=${value}` }] : []
  })
}

/** Courses still to finish as cards, self-enrol first. */
export const currentCourseCards = (courses: readonly CourseData[], context: CardContext) =>
  courses
    .filter((course) => isCurrentCourse(course, context.now))
    .map((course) => courseCard(course, context))
    .sort(byEaseOfJoining)

/** Soonest closing first, so nobody misses a deadline; roles that never close come last. */
export const byClosingDate = (a: OpportunityData, b: OpportunityData): number =>
  (a.closingDate ?? '9999').localeCompare(b.closingDate ?? '9999') || a.name.localeCompare(b.name, 'en-GB')

/** Open opportunities as cards, soonest closing first. */
export const openOpportunityCards = (opportunities: readonly OpportunityData[], context: CardContext) =>
  opportunities
    .filter((opportunity) => isOpenOpportunity(opportunity, context.now))
    .sort(byClosingDate)
    .map((opportunity) => opportunityCard(opportunity, context))

const nationalAreaIds = (index: BrowseIndex) =>
  new Set(index.areas.filter((area) => area.isNational).map((area) => area._id))

/**
 * An area page: services there by kind; national and online ones in their own section; courses
 * at recovery colleges serving the area; ways to give peer support there.
 */
export function areaView(index: BrowseIndex, area: AreaData, now: Date) {
  const context: CardContext = { ...index, now }
  const national = nationalAreaIds(index)
  const inArea = (listing: { areas: readonly string[] }) => listing.areas.includes(area._id)
  const reachesArea = (listing: { areas: readonly string[] }) =>
    !area.isNational && !inArea(listing) && listing.areas.some((id) => national.has(id))
  const collegeServes = (course: CourseData) =>
    inArea(course) || index.organisation(course.college).areas.includes(area._id)
  const local = groupByKind(index.services.filter(inArea), context)
  const nationwide = groupByKind(index.services.filter(reachesArea), context)
  return {
    area,
    local,
    national: nationwide,
    courses: currentCourseCards(index.courses.filter(collegeServes), context),
    opportunities: openOpportunityCards(index.opportunities.filter(inArea), context),
    localCount: local.reduce((sum, group) => sum + group.cards.length, 0),
  }
}

/**
 * A topic page: listed services on the topic by kind, current courses about it, and open ways
 * to give peer support on it.
 */
export function topicView(index: BrowseIndex, topic: TopicData, now: Date) {
  const context: CardContext = { ...index, now }
  const onTopic = (listing: { topics: readonly string[] }) => listing.topics.includes(topic._id)
  return {
    topic,
    groups: groupByKind(index.services.filter(onTopic), context),
    courses: currentCourseCards(index.courses.filter(onTopic), context),
    opportunities: openOpportunityCards(index.opportunities.filter(onTopic), context),
  }
}

/**
 * The listings of one kind that a page of a long topic or area holds: whether the kind began on
 * an earlier page, and how many it holds in all. A whole `KindGroup` is one too.
 */
export type PageKindGroup = Omit<KindGroup, 'cards'> & {
  cards: readonly ListingCardView[]
  continued?: boolean
  total?: number
}

/** Cards under one heading of a topic or area page, and which part of the page they belong to. */
type CardSection = Section<ListingCardView> & {
  part: 'local' | 'national' | 'courses' | 'opportunities'
  kind?: ServiceKind
}

const kindSections = (
  groups: readonly KindGroup[],
  part: CardSection['part'],
  idPrefix = '',
): CardSection[] =>
  groups.map(({ kind, title, cards }) => ({ part, kind, id: `${idPrefix}${kind}`, title, items: cards }))

const cardSection = (part: CardSection['part'], id: string, title: string, items: ListingCardView[]) =>
  items.length > 0 ? [{ part, id, title, items }] : []

/** The kinds of one part of a page, as KindGroups draws them. */
const kindGroupsOf = (page: ListPage<CardSection>, part: CardSection['part']): PageKindGroup[] =>
  page.sections.flatMap(({ part: sectionPart, kind, title, items, continued, total }) =>
    sectionPart === part && kind ? [{ kind, title, cards: items, continued, total }] : [],
  )

const sectionOf = (
  page: ListPage<CardSection>,
  part: CardSection['part'],
): PageSection<CardSection> | undefined => page.sections.find((section) => section.part === part)

/**
 * A topic page split into pages of at most `cardsPerPage` cards, in the order of `topicView`:
 * services by kind, then courses, then ways to get involved. Kinds carry on across pages.
 */
export function topicPages(index: BrowseIndex, topic: TopicData, now: Date) {
  const view = topicView(index, topic, now)
  const sections = [
    ...kindSections(view.groups, 'local'),
    ...cardSection('courses', 'courses', 'Courses', view.courses),
    ...cardSection('opportunities', 'get-involved', 'Get involved', view.opportunities),
  ]
  return listPages(sections, cardsPerPage, (n) => pageUrls.topic(topic.slug, n)).map((page) => ({
    ...page,
    topic,
    isEmpty: view.groups.length === 0 && view.courses.length === 0,
    groups: kindGroupsOf(page, 'local'),
    courses: sectionOf(page, 'courses'),
    opportunities: sectionOf(page, 'opportunities'),
  }))
}

/**
 * An area page split into pages of at most `cardsPerPage` cards, in the order of `areaView`:
 * local services by kind, national and online ones by kind, courses, then ways to get involved.
 */
export function areaPages(index: BrowseIndex, area: AreaData, now: Date) {
  const view = areaView(index, area, now)
  const sections = [
    ...kindSections(view.local, 'local'),
    ...kindSections(view.national, 'national', 'national-'),
    ...cardSection('courses', 'courses', 'Courses', view.courses),
    ...cardSection('opportunities', 'get-involved', 'Get involved', view.opportunities),
  ]
  // The national kinds sit under one heading, and the jump links lead to that heading.
  const target = (section: CardSection) =>
    section.part === 'national' ? { id: 'national', title: 'Online and national' } : section
  return listPages(sections, cardsPerPage, (n) => pageUrls.area(area.slug, n), target).map((page) => {
    const national = kindGroupsOf(page, 'national')
    const firstNational = national[0]
    return {
      ...page,
      area,
      localCount: view.localCount,
      local: kindGroupsOf(page, 'local'),
      national,
      /** True when the online and national part began on an earlier page. */
      nationalContinued:
        firstNational !== undefined &&
        (firstNational.continued || firstNational.kind !== view.national[0]?.kind),
      courses: sectionOf(page, 'courses'),
      opportunities: sectionOf(page, 'opportunities'),
    }
  })
}

/** Every area with how many listed services name it; local areas by name, national ones last. */
export function areaSummaries(index: BrowseIndex) {
  return [...index.areas]
    .sort((a, b) => Number(a.isNational) - Number(b.isNational) || a.name.localeCompare(b.name, 'en-GB'))
    .map((area) => ({
      name: area.name,
      region: area.region,
      href: urls.area(area.slug),
      count: index.services.filter((service) => isListed(service) && service.areas.includes(area._id)).length,
    }))
}

/** Every topic by name, with how many listed services and current courses are about it. */
export function topicSummaries(index: BrowseIndex, now: Date) {
  const counts = new Map<string, number>()
  const listings = [
    ...index.services.filter(isListed),
    ...index.courses.filter((course) => isCurrentCourse(course, now)),
  ]
  for (const listing of listings)
    for (const topic of new Set(listing.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return [...index.topics]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((topic) => ({
      name: topic.name,
      description: topic.description,
      href: urls.topic(topic.slug),
      count: counts.get(topic._id) ?? 0,
    }))
}
