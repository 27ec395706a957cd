import type { APIRoute, GetStaticPaths } from 'astro'
import type { ServiceData, VenueData } from '../../lib/content/schemas'
import { directoryIndex } from '../../lib/directory'
import { serviceCalendar } from '../../lib/time/calendar'
import { urls } from '../../lib/urls'
import { hasCalendar } from '../../lib/view/servicePage'

type Props = { service: ServiceData; venues: VenueData[]; now: Date }

export const getStaticPaths = (async () => {
  const { services, venue, now } = await directoryIndex()
  // A calendar people subscribed to keeps working at its listing's earlier addresses too.
  return services.filter(hasCalendar).flatMap((service) =>
    [service.slug, ...service.previousSlugs].map((slug) => ({
      params: { slug },
      props: { service, venues: service.venues.map(venue), now } satisfies Props,
    })),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props, site }) => {
  const text = serviceCalendar({
    service: props.service,
    venues: props.venues,
    pageUrl: new URL(urls.service(props.service.slug), site).href,
    now: props.now,
  })
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
