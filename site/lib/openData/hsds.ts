/*
 * The parts of Open Referral HSDS 3.0 this directory writes, field names as the standard spells
 * them. The official JSON Schemas (kept in tests/fixtures/hsds-3.0/) are the authority: the build
 * test validates every file against them, so these types only help the mappers stay in step.
 */

/** HSDS service statuses. */
export type HsdsStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed'

export type HsdsTaxonomy = { id: string; name: string; description: string; uri?: string }

export type HsdsTaxonomyTerm = {
  id: string
  code: string
  name: string
  description: string
  parent_id?: string
  taxonomy: string
  taxonomy_id: string
  taxonomy_detail: HsdsTaxonomy
  term_uri?: string
}

export type HsdsAttribute = {
  id: string
  link_id: string
  link_entity: 'service' | 'organization'
  taxonomy_term_id: string
  taxonomy_term: HsdsTaxonomyTerm
}

export type HsdsSchedule = {
  id: string
  service_id: string
  freq: 'WEEKLY' | 'MONTHLY'
  wkst: 'MO'
  interval?: number
  byday: string
  count?: number
  dtstart?: string
  until?: string
  valid_from?: string
  valid_to?: string
  opens_at: string
  closes_at: string
  description: string
  notes?: string
  attending_type?: string
  schedule_link?: string
}

export type HsdsPhone = { id: string; number: string; type: 'voice' | 'text'; description?: string }

export type HsdsLanguage = { id: string; service_id: string; name: string; code: string }

export type HsdsCostOption = {
  id: string
  service_id: string
  option: string
  currency?: 'GBP'
  amount?: number
  amount_description?: string
}

export type HsdsAddress = {
  id: string
  location_id: string
  address_1: string
  address_2?: string
  city: string
  state_province: string
  region: string
  postal_code: string
  country: 'GB'
  address_type: 'physical'
}

export type HsdsAccessibility = { id: string; location_id: string; description: string; details?: string }

export type HsdsLocation = {
  id: string
  location_type: 'physical'
  name: string
  transportation?: string
  latitude: number
  longitude: number
  addresses: HsdsAddress[]
  accessibility: HsdsAccessibility[]
}

export type HsdsServiceAtLocation = {
  id: string
  service_id: string
  location_id: string
  location: HsdsLocation
}

export type HsdsServiceArea = {
  id: string
  service_id: string
  name: string
  description: string
  uri: string
}

export type HsdsContact = { id: string; service_id: string; name: string; email?: string }

export type HsdsOrganizationIdentifier = {
  id: string
  organization_id: string
  identifier_scheme: string
  identifier_type: string
  identifier: string
}

/** An organisation's one-to-one fields: what a page of organisations lists. */
export type HsdsOrganizationSummary = {
  id: string
  name: string
  description: string
  email?: string
  website?: string
  uri: string
}

/** A service's one-to-one fields: what a page of services lists. */
export type HsdsServiceSummary = {
  id: string
  organization_id: string
  name: string
  description: string
  url: string
  email?: string
  status: HsdsStatus
  application_process: string
  fees_description?: string
  eligibility_description: string
  assured_date?: string
  alert?: string
  organization: HsdsOrganizationSummary
}

/** A service with everything that hangs off it, as `/services/{id}` answers. */
export type HsdsService = HsdsServiceSummary & {
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
  service_areas: HsdsServiceArea[]
  service_at_locations: HsdsServiceAtLocation[]
  languages: HsdsLanguage[]
  cost_options: HsdsCostOption[]
  contacts: HsdsContact[]
  attributes: HsdsAttribute[]
}

/** An organisation with its phones, identifiers and services, as `/organizations/{id}` answers. */
export type HsdsOrganization = HsdsOrganizationSummary & {
  phones: HsdsPhone[]
  organization_identifiers: HsdsOrganizationIdentifier[]
  services: HsdsOrganizationService[]
}

/** A service as its organisation's file lists it: one-to-one fields, without the organisation again. */
export type HsdsOrganizationService = Omit<HsdsServiceSummary, 'organization'>

/** One page of a paginated list, as the HSDS API's `Page` has it. */
export type HsdsPage<T> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}
