import { courseFormats, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { CourseData } from '../content/schemas'
import { courseStructuredData } from './structuredData'
import { courseDateRange, courseHasFinished, courseSessions, nextCourseSession } from '../time/course'
import { formatDate, formatDateWithDay, formatTimeRange } from '../time/format'
import { londonInstant } from '../time/london'
import { urls } from '../urls'
import { isSelfEnrol } from './cards'
import { entriesWhere } from './grouped'
import {
  checkedView,
  contactLinks,
  organisationLink,
  shareView,
  suggestUpdateHref,
  topicsFact,
  venueView,
  type Fact,
  type Link,
  type ListingIndex,
  type ListingPageView,
  type SiteContext,
  type StatusView,
  type VenueView,
} from './listing'

/** Everything a course page shows, worked out once at build time. */
export type CoursePageView = ListingPageView & {
  finished: boolean
  enrol: {
    noReferral: string | undefined
    referral: string | undefined
    details: string
    action: Link | undefined
  }
  /** Every session in order; `past` marks those already over while the course runs on. */
  sessions: { text: string; past: boolean }[]
  /** "Tuesday 12 January 2027, 10am to 12:30pm", while the course has sessions to come. */
  next: string | undefined
  calendarHref: string | undefined
  where: { venues: VenueView[]; online: string | undefined }
}

const sessionText = (session: { date: string; startsAt: string; endsAt: string }) =>
  `${formatDateWithDay(session.date)}, ${formatTimeRange(session.startsAt, session.endsAt)}`

/** Running courses at the same college that still have sessions to come. */
export function similarCourses(course: CourseData, index: ListingIndex, now: Date, limit = 3): Link[] {
  return entriesWhere(index.courses, 'college', course.college)
    .filter(
      (other) =>
        other._id !== course._id && other.status === 'running' && !courseHasFinished(other.sessions, now),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, limit)
    .map((other) => ({ text: other.name, href: urls.course(other.slug) }))
}

function statusView(course: CourseData, index: ListingIndex, now: Date): StatusView | undefined {
  const finished = courseHasFinished(course.sessions, now)
  if (!finished && course.status === 'running') return undefined
  const college = index.organisation(course.college)
  const prospectus = {
    text: `See what ${college.name} is running now`,
    href: urls.recoveryCollege(college.slug),
  }
  const last = courseSessions(course.sessions).at(-1)
  if (finished) {
    return {
      heading: 'This course has finished',
      text: last ? `Its last session was on ${formatDate(last.date)}.` : 'It has no sessions to come.',
      similarHeading: '',
      similar: [],
      onward: prospectus,
    }
  }
  return {
    heading: course.status === 'paused' ? 'This course is paused for now' : 'This course has been cancelled',
    text:
      course.status === 'paused'
        ? 'It may not run on the dates below. Contact the college to ask when it will run.'
        : 'It will not run on the dates below.',
    similarHeading: `Other courses at ${college.name}`,
    similar: similarCourses(course, index, now),
    onward: prospectus,
  }
}

function facts(course: CourseData, index: ListingIndex): Fact[] {
  const college = organisationLink(index.organisation(course.college))
  return [
    { term: 'Who it is for', detail: course.whoFor },
    ...topicsFact(course.topics, index),
    { term: 'College', detail: college.text, href: college.href },
    { term: 'Term', detail: course.term },
    { term: 'Dates', detail: courseDateRange(course.sessions) },
    { term: 'Format', detail: titleOf(courseFormats, course.format) },
    {
      term: 'Peer tutor',
      detail: course.peerTutor
        ? 'Yes: taught together with a peer tutor, who has their own experience of mental distress'
        : 'No',
    },
    ...(course.places ? [{ term: 'Places', detail: `${course.places} places` }] : []),
    { term: 'Cost', detail: course.cost === 'free' ? 'Free' : 'There is a charge' },
  ]
}

/** The course page's view: plain strings, links and flags, with the clock passed in. */
export function coursePage(
  course: CourseData,
  index: ListingIndex,
  now: Date,
  site: SiteContext,
): CoursePageView {
  const path = urls.course(course.slug)
  const finished = courseHasFinished(course.sessions, now)
  const next = course.status === 'running' ? nextCourseSession(course.sessions, now) : undefined
  const open = !finished && course.status !== 'closed'
  const status = statusView(course, index, now)
  return {
    id: course._id,
    name: course.name,
    path,
    summary: course.summary,
    description: course.description,
    kindLine: `Recovery college course · ${course.areas.map((id) => index.area(id).name).join(', ')} · ${course.term}`,
    finished,
    noReferralBadge: isSelfEnrol(course) && status === undefined,
    status,
    alert: course.alert,
    checked: checkedView(course.lastChecked, now, open),
    facts: facts(course, index),
    enrol: {
      noReferral: isSelfEnrol(course) ? 'You can enrol yourself, no referral needed.' : undefined,
      referral:
        course.enrolment === 'referral'
          ? 'You need a referral from a professional, such as your care co-ordinator, to join this course.'
          : undefined,
      details: course.howToEnrol,
      action: open && course.enrolUrl ? { text: 'Enrol online', href: course.enrolUrl } : undefined,
    },
    sessions: courseSessions(course.sessions).map((session) => ({
      text: sessionText(session),
      past: !finished && londonInstant(session.date, session.endsAt) <= now,
    })),
    next: next && sessionText(next),
    calendarHref: open ? urls.courseCalendar(course.slug) : undefined,
    where: {
      venues: course.venue && course.format !== 'online' ? [venueView(index.venue(course.venue))] : [],
      online:
        course.format === 'in-person'
          ? undefined
          : (course.onlineDetails ??
            'It happens online. The college will tell you how to join when you enrol.'),
    },
    contact: contactLinks(course.contact),
    contactName: course.contact.name,
    share: shareView(course.name, path, site),
    suggestUpdateHref: suggestUpdateHref(course, path, site),
    searchable: open,
    structuredData: courseStructuredData(course, index, site),
  }
}
