import type { CourseData, OrganisationData } from '../content/schemas'
import { courseHasFinished, courseSessions } from '../time/course'
import { urls } from '../urls'
import { isListed, type BrowseIndex } from './browse'
import { courseCard, type CardContext, type ListingCardView } from './cards'
import { entriesWhere } from './grouped'

/** One term of a prospectus: its courses still to finish, in the order they start. */
export type ProspectusTerm = { term: string; cards: ListingCardView[] }

const firstDate = (course: CourseData) => courseSessions(course.sessions)[0]?.date ?? ''

/**
 * A recovery college's prospectus: courses still to run grouped by term, terms in date order
 * (by their first session, since "Winter" falls at different times at different colleges),
 * and finished courses apart, so their pages stay findable without crowding the terms.
 */
export function prospectusView(index: BrowseIndex, college: OrganisationData, now: Date) {
  const context: CardContext = { ...index, now }
  const courses = entriesWhere(index.courses, 'college', college._id)
    .filter(isListed)
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.name.localeCompare(b.name, 'en-GB'))
  const current = courses.filter((course) => !courseHasFinished(course.sessions, now))
  const terms: ProspectusTerm[] = []
  for (const course of current) {
    const card = courseCard(course, context)
    const term = terms.find((entry) => entry.term === course.term)
    if (term) term.cards.push(card)
    else terms.push({ term: course.term, cards: [card] })
  }
  const finished = courses
    .filter((course) => courseHasFinished(course.sessions, now))
    .reverse()
    .map((course) => ({ name: course.name, term: course.term, href: urls.course(course.slug) }))
  return { college, terms, finished, organisationHref: urls.organisation(college.slug) }
}
