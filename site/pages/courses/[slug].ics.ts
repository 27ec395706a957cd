import type { APIRoute, GetStaticPaths } from 'astro'
import type { CourseData, VenueData } from '../../lib/content/schemas'
import { directoryIndex } from '../../lib/directory'
import { courseCalendar } from '../../lib/time/calendar'
import { urls } from '../../lib/urls'

type Props = { course: CourseData; venue: VenueData | undefined; now: Date }

export const getStaticPaths = (async () => {
  const { courses, venue, now } = await directoryIndex()
  // A calendar people subscribed to keeps working at its course's earlier addresses too.
  return courses.flatMap((course) =>
    [course.slug, ...course.previousSlugs].map((slug) => ({
      params: { slug },
      props: { course, venue: course.venue ? venue(course.venue) : undefined, now } satisfies Props,
    })),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props, site }) => {
  const text = courseCalendar({
    course: props.course,
    venue: props.venue,
    pageUrl: new URL(urls.course(props.course.slug), site).href,
    now: props.now,
  })
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
