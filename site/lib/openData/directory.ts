import { sortedByName } from '../byName'
import type { CourseData, OpportunityData, OrganisationData, ServiceData } from '../content/schemas'
import type { HsdsOrganization, HsdsService } from './hsds'
import { documentId } from './ids'
import { hsdsOrganization } from './organizations'
import { serviceListEntry } from './pages'
import { hsdsCourse, hsdsOpportunity, hsdsService, type OpenDataIndex } from './services'

/** What the open data reads from `directoryIndex()`. */
export type OpenDataDirectory = OpenDataIndex & {
  services: readonly ServiceData[]
  courses: readonly CourseData[]
  opportunities: readonly OpportunityData[]
  organisations: readonly OrganisationData[]
}

/** The whole directory in HSDS: every published listing as a service, every organisation. */
export type OpenData = { services: HsdsService[]; organizations: HsdsOrganization[] }

/** A to Z by name, then by id, so the order (and so every page) is the same in every build. */
const inOrder = <T extends { name: string; id: string }>(items: readonly T[]) =>
  sortedByName([...items].sort((a, b) => a.id.localeCompare(b.id)))

/**
 * Every published listing as an HSDS service (closed ones too, since their pages stay, with a
 * status that says so) and every organisation with the listings it runs.
 */
export function openData(directory: OpenDataDirectory, siteUrl: string | URL): OpenData {
  const services = inOrder([
    ...directory.services.map((service) => hsdsService(service, directory, siteUrl)),
    ...directory.courses.map((course) => hsdsCourse(course, directory, siteUrl)),
    ...directory.opportunities.map((opportunity) => hsdsOpportunity(opportunity, directory, siteUrl)),
  ])
  // Grouped once by organisation: each organisation then reads only its own, not every service.
  const byOrganization = Map.groupBy(services.map(serviceListEntry), (entry) => entry.organization_id)
  const organizations = inOrder(
    directory.organisations.map((organisation) =>
      hsdsOrganization(
        organisation,
        byOrganization.get(documentId('organisation', organisation._id)) ?? [],
        siteUrl,
      ),
    ),
  )
  return { services, organizations }
}
