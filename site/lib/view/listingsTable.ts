import {
  accessRoutes,
  audiences,
  costTypes,
  courseFormats,
  deliveryModes,
  enrolmentRoutes,
  listingStatuses,
  titleOf,
} from '@findpeersupport/content-model/vocabulary'
import { sortedByName } from '../byName'
import type { CourseData, OpportunityData, ServiceData, TopicData, VenueData } from '../content/schemas'
import { courseCard, opportunityCard, serviceCard, type CardContext, type ListingCardView } from './cards'

/*
 * Every listing as one table, a row each, for staff and commissioners who work in spreadsheets:
 * closed listings too, marked, since their pages stay. The columns are named as a person reads
 * them; lists within a cell are joined with "; ".
 */

/** The columns, in the words a person reads them in. */
export const listingColumns = [
  'Name',
  'Kind',
  'Areas',
  'Run by',
  'Status',
  'No referral needed',
  'How to get in',
  'Who it is for',
  'Topics',
  'Groups of people',
  'When',
  'Where',
  'How it happens',
  'Cost',
  'Phone',
  'Text',
  'Email',
  'Website',
  'Last checked',
  'Page',
] as const

/** What the table reads from `directoryIndex()`. */
export type ListingsTableIndex = CardContext & {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  venue: (id: string) => VenueData
  topic: (id: string) => TopicData
}

type Listing = ServiceData | CourseData | OpportunityData

/** What differs by kind of listing; the rest is read the same way from every listing. */
type KindCells = {
  card: ListingCardView
  access: string
  venues: readonly string[]
  how: string
  cost: string
}

const joined = (values: readonly string[]) => values.join('; ')

/** One listing's row. */
function row(listing: Listing, cells: KindCells, index: ListingsTableIndex, siteUrl: string | URL): string[] {
  const { card } = cells
  const venues = cells.venues.map((id) => {
    const venue = index.venue(id)
    return `${venue.name}, ${venue.address.postcode}`
  })
  return [
    listing.name,
    card.kind,
    joined(card.areas),
    card.organisation?.text ?? '',
    titleOf(listingStatuses, listing.status),
    card.noReferralNeeded ? 'Yes' : 'No',
    cells.access,
    listing.whoFor,
    joined(listing.topics.map((id) => index.topic(id).name)),
    joined(listing.audiences.map((audience) => titleOf(audiences, audience))),
    joined(card.when),
    joined(venues),
    cells.how,
    cells.cost,
    listing.contact.phone ?? '',
    listing.contact.text ?? '',
    listing.contact.email ?? '',
    listing.contact.website ?? '',
    listing.lastChecked ?? 'Never',
    new URL(card.href, siteUrl).href,
  ]
}

const deliveryWords = (modes: readonly ServiceData['delivery'][number][]) =>
  joined(modes.map((mode) => titleOf(deliveryModes, mode)))

/** Every published listing's row: services, then courses, then ways to get involved, each A to Z. */
export function listingRows(index: ListingsTableIndex, siteUrl: string | URL): string[][] {
  return [
    ...sortedByName(index.services).map((service) =>
      row(
        service,
        {
          card: serviceCard(service, index),
          access: titleOf(accessRoutes, service.accessRoute),
          venues: service.venues,
          how: deliveryWords(service.delivery),
          cost: titleOf(costTypes, service.cost),
        },
        index,
        siteUrl,
      ),
    ),
    ...sortedByName(index.courses).map((course) =>
      row(
        course,
        {
          card: courseCard(course, index),
          access: course.enrolment ? titleOf(enrolmentRoutes, course.enrolment) : '',
          venues: course.venue ? [course.venue] : [],
          how: titleOf(courseFormats, course.format),
          cost: titleOf(costTypes, course.cost),
        },
        index,
        siteUrl,
      ),
    ),
    ...sortedByName(index.opportunities).map((opportunity) =>
      row(
        opportunity,
        {
          card: opportunityCard(opportunity, index),
          access: 'Apply',
          venues: [],
          how: deliveryWords(opportunity.delivery),
          cost: '',
        },
        index,
        siteUrl,
      ),
    ),
  ]
}
