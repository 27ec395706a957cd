import type { OrganisationData } from '../content/schemas'
import { urls } from '../urls'
import type {
  HsdsOrganization,
  HsdsOrganizationService,
  HsdsOrganizationSummary,
  HsdsServiceSummary,
} from './hsds'
import { documentId, partId } from './ids'
import { paragraphs, plainText } from './text'

/**
 * An organisation's one-to-one HSDS fields. Its `uri`, HSDS's persistent identifier, is its page
 * here (every organisation has one; a recovery college's prospectus page is extra): that address
 * lasts, where `website` is the organisation's own site.
 */
export function organizationSummary(
  organisation: OrganisationData,
  siteUrl: string | URL,
): HsdsOrganizationSummary {
  return {
    id: documentId('organisation', organisation._id),
    name: organisation.name,
    description: paragraphs(organisation.summary, plainText(organisation.description)),
    ...(organisation.email ? { email: organisation.email } : {}),
    ...(organisation.website ? { website: organisation.website } : {}),
    uri: new URL(urls.organisation(organisation.slug), siteUrl).href,
  }
}

/** A service as its organisation lists it: the organisation is the page it is on, so not repeated. */
function withoutOrganization(service: HsdsServiceSummary): HsdsOrganizationService {
  const listed: Partial<HsdsServiceSummary> = { ...service }
  delete listed.organization
  return listed as HsdsOrganizationService
}

/**
 * An organisation with its phone, charity number and every listing it runs (their one-to-one
 * fields, as the HSDS API's `/organizations/{id}` gives them).
 */
export function hsdsOrganization(
  organisation: OrganisationData,
  services: readonly HsdsServiceSummary[],
  siteUrl: string | URL,
): HsdsOrganization {
  const head = organizationSummary(organisation, siteUrl)
  return {
    ...head,
    phones: organisation.phone
      ? [{ id: partId(head.id, 'phone', organisation.phone), number: organisation.phone, type: 'voice' }]
      : [],
    organization_identifiers: organisation.charityNumber
      ? [
          {
            id: partId(head.id, 'charity-number'),
            organization_id: head.id,
            // org-id.guide's scheme for the Charity Commission for England and Wales, whose numbers these are.
            identifier_scheme: 'GB-CHC',
            identifier_type: 'Registered charity number',
            identifier: organisation.charityNumber,
          },
        ]
      : [],
    services: services
      .filter((service) => service.organization_id === head.id)
      .map((service) => withoutOrganization(service)),
  }
}
