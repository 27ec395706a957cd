import type {
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPage,
  HsdsService,
  HsdsServiceSummary,
} from './hsds'

/** How many entries each page of a list holds: enough to page quickly, small enough for a phone. */
export const PAGE_SIZE = 50

/**
 * A list cut into pages shaped like the HSDS API's `Page`: `size` is how many entries this page
 * holds, as HSDS's API reference defines it. An empty list still has its first page, saying so.
 */
export function hsdsPages<T>(items: readonly T[], pageSize: number = PAGE_SIZE): HsdsPage<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize))
  return Array.from({ length: totalPages }, (_, index) => {
    const contents = items.slice(index * pageSize, (index + 1) * pageSize)
    return {
      total_items: items.length,
      total_pages: totalPages,
      page_number: index + 1,
      size: contents.length,
      first_page: index === 0,
      last_page: index === totalPages - 1,
      empty: contents.length === 0,
      contents,
    }
  })
}

/**
 * A record as a page of a list shows it: its one-to-one fields (and, for a service, its
 * organisation), leaving out its child lists (phones, schedules…), as the HSDS API reference allows.
 */
function listEntry(record: object): object {
  // Every array on a full record is a child list; everything else is a one-to-one field.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !Array.isArray(value)))
}

/** A service as a page of services lists it. */
export const serviceListEntry = (service: HsdsService) => listEntry(service) as HsdsServiceSummary

/** An organisation as a page of organisations lists it. */
export const organizationListEntry = (organization: HsdsOrganization) =>
  listEntry(organization) as HsdsOrganizationSummary
