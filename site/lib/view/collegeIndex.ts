import { urls } from '../urls'
import { isCurrentCourse } from './browse'
import { firstDate, type CourseIndexSource } from './courseIndex'

/** A recovery college as the colleges page lists it: where it is and what it offers now. */
export type CollegeSummary = {
  name: string
  href: string
  summary: string
  areas: string[]
  /** Courses still to finish. */
  courseCount: number
  /** Terms with courses still to finish, in the order they start, like "Autumn 2026". */
  terms: string[]
  /** What those courses are about, A to Z. */
  topics: string[]
}

/** Every recovery college, A to Z, with its areas and the courses, terms and topics it offers now. */
export function collegeSummaries(index: CourseIndexSource, now: Date): CollegeSummary[] {
  return index.organisations
    .filter((organisation) => organisation.kind === 'recovery-college')
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((college) => {
      const courses = index.courses
        .filter((course) => course.college === college._id && isCurrentCourse(course, now))
        .sort((a, b) => firstDate(a).localeCompare(firstDate(b)))
      const topicIds = new Set(courses.flatMap((course) => course.topics))
      return {
        name: college.name,
        href: urls.recoveryCollege(college.slug),
        summary: college.summary,
        areas: college.areas.map((id) => index.area(id).name),
        courseCount: courses.length,
        terms: [...new Set(courses.map((course) => course.term))],
        topics: [...topicIds].map((id) => index.topic(id).name).sort((a, b) => a.localeCompare(b, 'en-GB')),
      }
    })
}
