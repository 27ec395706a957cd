import { formatDate } from '../time/format'
import { londonDate } from '../time/london'
import type { OpenData } from './directory'
import { hsdsPages } from './pages'
import { openDataFiles } from './paths'
import { taxonomyGuide } from './taxonomy'

/** What the open-data page shows about the files: how many, where, and when they were made. */
export type OpenDataPageView = {
  /** "22 November 2026" */
  builtOn: string
  services: { count: number; pages: number; firstPage: string }
  organizations: { count: number; pages: number; firstPage: string }
  /** One full service file to look at: the first listing A to Z that is running. */
  example: { name: string; href: string } | undefined
  /** Each HSDS API request these files stand in for, and the file that answers it. */
  endpoints: { request: string; file: string }[]
  taxonomies: typeof taxonomyGuide
}

const endpoints = [
  { request: 'GET /services?page=N', file: openDataFiles.services.page('N') },
  { request: 'GET /services/{id}', file: openDataFiles.services.item('{id}') },
  { request: 'GET /organizations?page=N', file: openDataFiles.organizations.page('N') },
  { request: 'GET /organizations/{id}', file: openDataFiles.organizations.item('{id}') },
]

const listSummary = (items: readonly unknown[], firstPage: string) => ({
  count: items.length,
  pages: hsdsPages(items).length,
  firstPage,
})

/** The open-data page's facts, from the same open data the files are written from. */
export function openDataPageView(data: OpenData, now: Date): OpenDataPageView {
  const example = data.services.find((service) => service.status === 'active')
  return {
    builtOn: formatDate(londonDate(now)),
    services: listSummary(data.services, openDataFiles.services.page(1)),
    organizations: listSummary(data.organizations, openDataFiles.organizations.page(1)),
    example: example && { name: example.name, href: openDataFiles.services.item(example.id) },
    endpoints,
    taxonomies: taxonomyGuide,
  }
}
