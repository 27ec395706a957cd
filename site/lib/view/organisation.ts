import { organisationKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { OrganisationData } from '../content/schemas'
import { urls } from '../urls'
import { currentCourseCards, isListed, openOpportunityCards, type BrowseIndex } from './browse'
import { serviceCard, type CardContext, type ListingCardView } from './cards'
import { entriesWhere } from './grouped'
import { organisationPageStructuredData } from './structuredData'

/** A way to reach an organisation, as a link a person can tap. */
export type ContactLink = { label: string; href: string; text: string }

/** The organisation's website, email and phone as links, in that order, leaving out what it lacks. */
export function organisationContacts(organisation: OrganisationData): ContactLink[] {
  const links: ContactLink[] = []
  if (organisation.website) {
    links.push({
      label: 'Website',
      href: organisation.website,
      text: organisation.website.replace(/^https?:\/\//, ''),
    })
  }
  if (organisation.email)
    links.push({ label: 'Email', href: `mailto:${organisation.email}`, text: organisation.email })
  if (organisation.phone) {
    links.push({
      label: 'Phone',
      href: `tel:${organisation.phone.replace(/[^\d+]/g, '')}`,
      text: organisation.phone,
    })
  }
  return links
}

/** An organisation page: who they are, how to reach them, and what they run that is listed now. */
export function organisationView(index: BrowseIndex, organisation: OrganisationData, now: Date) {
  const context: CardContext = { ...index, now }
  const services: ListingCardView[] = entriesWhere(index.services, 'organisation', organisation._id)
    .filter(isListed)
    .map((service) => serviceCard(service, context))
    .sort(
      (a, b) =>
        Number(b.noReferralNeeded) - Number(a.noReferralNeeded) || a.name.localeCompare(b.name, 'en-GB'),
    )
  const areas = organisation.areas.map((id) => index.area(id).name)
  const isCollege = organisation.kind === 'recovery-college'
  return {
    organisation,
    kind: titleOf(organisationKinds, organisation.kind),
    areas,
    contacts: organisationContacts(organisation),
    services,
    courses: currentCourseCards(entriesWhere(index.courses, 'college', organisation._id), context),
    prospectusHref: isCollege ? urls.recoveryCollege(organisation.slug) : undefined,
    opportunities: openOpportunityCards(
      entriesWhere(index.opportunities, 'organisation', organisation._id),
      context,
    ),
    structuredData: organisationPageStructuredData(organisation, areas),
  }
}
