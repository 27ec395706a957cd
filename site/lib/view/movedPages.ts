import type { CourseData, OpportunityData, OrganisationData, ServiceData } from '../content/schemas'
import { urls } from '../urls'

/*
 * Links that last: a page whose web address changed (its earlier slugs, kept by the Studio when a
 * new one is published) still answers at every old address, by sending the visitor on. Calendars
 * people subscribed to move with their listing too.
 */

/** An old address and where it leads now. */
export type Move = {
  /** The old address, like `/services/peer-cafe/` or `/services/peer-cafe.ics`. */
  from: string
  to: string
  /** The name of what is there now, for the page that sends people on. */
  name: string
}

/** What the moves are read from: `directoryIndex()`. */
export type MovesIndex = {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  organisations: readonly OrganisationData[]
}

type Slugged = { name: string; slug: string; previousSlugs: readonly string[] }

const movesOf = (documents: readonly Slugged[], ...addresses: ((slug: string) => string)[]) =>
  documents.flatMap((document) =>
    document.previousSlugs.flatMap((earlier) =>
      addresses.map((address) => ({
        from: address(earlier),
        to: address(document.slug),
        name: document.name,
      })),
    ),
  )

/** Every old address with a page to send people on: listings, organisations and prospectuses. */
export function movedPages(index: MovesIndex): Move[] {
  return [
    ...movesOf(index.services, urls.service),
    ...movesOf(index.courses, urls.course),
    ...movesOf(index.opportunities, urls.opportunity),
    ...movesOf(index.organisations, urls.organisation),
    ...movesOf(
      index.organisations.filter((organisation) => organisation.kind === 'recovery-college'),
      urls.recoveryCollege,
    ),
  ]
}

/** Every old calendar address: a static host cannot send a calendar app on, so the file is copied. */
export function movedCalendars(index: Pick<MovesIndex, 'services' | 'courses'>): Move[] {
  return [...movesOf(index.services, urls.serviceCalendar), ...movesOf(index.courses, urls.courseCalendar)]
}

/**
 * The `_redirects` file that Netlify, Cloudflare Pages and other hosts read: a permanent (301)
 * redirect from each old address, so a browser or calendar app goes straight to the new one.
 * Hosts that do not read it serve the pages and calendar copies instead.
 */
export function redirectsFile(moves: readonly Move[]): string {
  return moves.map(({ from, to }) => `${from} ${to} 301\n`).join('')
}
