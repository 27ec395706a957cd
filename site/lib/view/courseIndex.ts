import { enrolmentRoutes, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { CourseData, OrganisationData, TopicData } from '../content/schemas'
import { courseHasStarted, courseSessions } from '../time/course'
import { pageUrls, urls } from '../urls'
import { isCurrentCourse, type BrowseIndex } from './browse'
import { courseCard, type CardContext, type ListingCardView } from './cards'
import { cardsPerPage, listPages, type PageSection, type Section } from './pages'

/** How far ahead "starting soon" looks: long enough to enrol, short enough to feel close. */
export const startingSoonDays = 56

const dayMs = 24 * 60 * 60 * 1000

/** What the course pages need from the directory: the browse lookups, every organisation, and topics by id. */
export type CourseIndexSource = BrowseIndex & {
  organisations: readonly OrganisationData[]
  topic: (id: string) => TopicData
}

type CourseContext = CardContext & Pick<CourseIndexSource, 'topic'>

/** One term at one college, its courses ordered by topic. */
export type CollegeTerm = { term: string; id: string; cards: ListingCardView[] }

/** One college's courses that are not starting soon, term by term. */
export type CollegeCourses = { name: string; id: string; href: string; terms: CollegeTerm[] }

/** A course's first session date, for putting courses and terms in the order they start. */
export const firstDate = (course: CourseData) => courseSessions(course.sessions)[0]?.date ?? ''

/** Whether a course has not begun yet but will within the next eight weeks. */
export const isStartingSoon = (course: CourseData, now: Date): boolean =>
  !courseHasStarted(course.sessions, now) &&
  courseHasStarted(course.sessions, new Date(now.getTime() + startingSoonDays * dayMs))

/**
 * A course card that also says when a referral is needed (the card's badge only speaks for
 * courses anyone can enrol on) and what the course is about, since the page is ordered by topic.
 */
function courseIndexCard(course: CourseData, context: CourseContext): ListingCardView {
  const card = courseCard(course, context)
  const referral = course.enrolment === 'referral' ? [titleOf(enrolmentRoutes, 'referral')] : []
  const topics = `Topics: ${course.topics.map((id) => context.topic(id).name).join(', ')}`
  return { ...card, details: [...referral, ...card.details, topics] }
}

/** A stable, readable fragment id such as `croydon-recovery-college-spring-2027`. */
const fragmentId = (...parts: string[]) =>
  parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * The courses page: courses starting in the next eight weeks first, in the order they start; then
 * every other current course by college (A to Z), term (in date order) and topic.
 */
export function coursesView(index: CourseIndexSource, now: Date) {
  const context: CourseContext = { ...index, now }
  const current = index.courses
    .filter((course) => isCurrentCourse(course, now))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.name.localeCompare(b.name, 'en-GB'))
  const soon = current.filter((course) => isStartingSoon(course, now))
  const later = current.filter((course) => !isStartingSoon(course, now))
  const topicName = (course: CourseData) => index.topic(course.topics[0] ?? '').name
  const byTopic = (a: CourseData, b: CourseData) =>
    topicName(a).localeCompare(topicName(b), 'en-GB') || a.name.localeCompare(b.name, 'en-GB')

  const colleges: CollegeCourses[] = index.organisations
    .filter((organisation) => later.some((course) => course.college === organisation._id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((college) => {
      const theirs = later.filter((course) => course.college === college._id)
      const terms = [...new Set(theirs.map((course) => course.term))]
      return {
        name: college.name,
        id: fragmentId(college.slug),
        href: urls.recoveryCollege(college.slug),
        terms: terms.map((term) => ({
          term,
          id: fragmentId(college.slug, term),
          cards: theirs
            .filter((course) => course.term === term)
            .sort(byTopic)
            .map((course) => courseIndexCard(course, context)),
        })),
      }
    })

  const topics = [...index.topics]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((topic) => ({
      text: topic.name,
      href: `${urls.topic(topic.slug)}#courses`,
      count: current.filter((course) => course.topics.includes(topic._id)).length,
    }))
    .filter((topic) => topic.count > 0)

  return {
    soon: soon.map((course) => courseIndexCard(course, context)),
    colleges,
    topics,
    total: current.length,
  }
}

/** Courses under one heading of the courses page: starting soon, or one term at one college. */
type CourseSection = Section<ListingCardView> & { college?: Omit<CollegeCourses, 'terms'> }

/** One college's terms as one page of the courses list holds them. */
export type PageCollege = Omit<CollegeCourses, 'terms'> & {
  /** True when the college's courses began on an earlier page. */
  continued: boolean
  terms: PageSection<CourseSection>[]
}

/**
 * The courses page split into pages of at most `cardsPerPage` cards: starting soon, then each
 * college's terms, in the order of `coursesView`. A college or a term that does not fit carries
 * on at the top of the next page; the jump links lead to where each college starts.
 */
export function coursePages(index: CourseIndexSource, now: Date) {
  const view = coursesView(index, now)
  const sections: CourseSection[] = [
    ...(view.soon.length > 0 ? [{ id: 'soon', title: 'Starting soon', items: view.soon }] : []),
    ...view.colleges.flatMap(({ terms, ...college }) =>
      terms.map((term) => ({ id: term.id, title: term.term, items: term.cards, college })),
    ),
  ]
  const target = (section: CourseSection) =>
    section.college ? { id: section.college.id, title: section.college.name } : section
  const pages = listPages(sections, cardsPerPage, pageUrls.courses, target)
  return pages.map((page) => {
    const colleges: PageCollege[] = []
    for (const section of page.sections) {
      const { college } = section
      if (!college) continue
      const last = colleges.at(-1)
      if (last?.id === college.id) last.terms.push(section)
      else {
        const firstTerm = view.colleges.find(({ id }) => id === college.id)?.terms[0]
        colleges.push({
          ...college,
          continued: section.continued || section.id !== firstTerm?.id,
          terms: [section],
        })
      }
    }
    const isLast = page.number === page.count
    const soon = page.sections.find((section) => section.id === 'soon')
    const byTopic = view.topics.length > 0 ? [{ id: 'by-topic', title: 'By topic' }] : []
    // Page 1 leads to every college, on whichever page it starts. A national directory has a
    // hundred or more, so later pages list only their own, rather than repeat that long menu.
    const contents =
      page.number === 1
        ? [
            ...page.contents,
            ...byTopic.map((link) => ({
              ...link,
              href: `${isLast ? '' : pageUrls.courses(page.count)}#by-topic`,
            })),
          ]
        : [
            ...(soon ? [{ id: soon.id, title: soon.title }] : []),
            ...colleges.map(({ id, name }) => ({ id, title: name })),
            ...(isLast ? byTopic : []),
          ].map((link) => ({ ...link, href: `#${link.id}` }))
    return {
      ...page,
      contents,
      /** Only page 1 of a split list has links to other pages in its menu. */
      contentsLabel: page.number === 1 && page.count > 1 ? 'Jump to a section' : 'On this page',
      soon,
      colleges,
      topics: isLast ? view.topics : [],
      total: view.total,
    }
  })
}
