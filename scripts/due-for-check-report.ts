/**
 * The "due for a check" report: every listing never checked, or last checked six months ago or
 * more, grouped by organisation with its editors' emails, as a CSV an editor can open in a
 * spreadsheet and send round. It runs the Studio's own "Due for a check" query against the content
 * source the site build reads (the embedded sample, a Sanity project when SANITY_PROJECT_ID is set,
 * or the NDJSON file named by CONTENT_DATASET_FILE), at BUILD_TIME if set, otherwise now.
 *
 * Usage: `node scripts/due-for-check-report.ts [out.csv]`. Without a file it writes to standard
 * output. Links point at SITE_URL (the address the site is published at).
 */
import { writeFile } from 'node:fs/promises'
import { opportunityKinds, serviceKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { DueForCheckQueryResult } from '../site/lib/content/sanity.types.ts'
import { spreadsheetCsv } from '../site/lib/csv.ts'
import { contentSourceFromEnv, type ContentSource } from '../site/lib/content/source.ts'
import { checkDueOn, dueForCheckParams, dueForCheckQuery } from '../site/lib/content/studioQueries.ts'
import { buildTime } from '../site/lib/time/clock.ts'
import { isListingDocumentType, listingPages, placeholderSiteUrl, studioEditPath } from '../site/lib/urls.ts'

/** One listing due for a check, as the query returns it. */
export type DueListing = DueForCheckQueryResult[number]

/** The columns, in the words an editor reads them in. */
export const reportColumns = [
  'Organisation',
  'Editors’ emails',
  'Listing',
  'Kind',
  'Last checked',
  'Studio link',
  'Page',
] as const

/** What kind of listing it is, as the site names it. */
function kindOf(listing: DueListing): string {
  switch (listing._type) {
    case 'service':
      return listing.kind ? titleOf(serviceKinds, listing.kind) : 'Service'
    case 'opportunity':
      return listing.kind ? titleOf(opportunityKinds, listing.kind) : 'Way to get involved'
    case 'course':
      return listing.term ? `Recovery college course, ${listing.term}` : 'Recovery college course'
  }
}

const organisationName = (listing: DueListing) => listing.organisation?.name ?? '(no organisation)'

/**
 * The report's rows: grouped by organisation (A to Z), each organisation's listings in the query's
 * order (never checked first, then the oldest check first).
 */
export function reportRows(listings: readonly DueListing[], siteUrl: string): string[][] {
  const byOrganisation = Map.groupBy(listings, organisationName)
  const names = [...byOrganisation.keys()].sort((a, b) => a.localeCompare(b, 'en-GB'))
  return names.flatMap((name) =>
    (byOrganisation.get(name) ?? []).map((listing) => [
      name,
      (listing.organisation?.editors ?? []).join('; '),
      listing.name ?? listing._id,
      kindOf(listing),
      listing.lastChecked ?? 'Never',
      new URL(studioEditPath(listing._id, listing._type), siteUrl).href,
      listing.slug && isListingDocumentType(listing._type)
        ? new URL(listingPages[listing._type](listing.slug), siteUrl).href
        : '',
    ]),
  )
}

/** The report as CSV a spreadsheet opens cleanly (see `spreadsheetCsv`). */
export function reportCsv(listings: readonly DueListing[], siteUrl: string): string {
  return spreadsheetCsv(reportColumns, reportRows(listings, siteUrl))
}

/** Asks `source` which listings are due for a check at `now` and writes them as CSV. */
export async function dueForCheckReport(source: ContentSource, now: Date, siteUrl: string) {
  const listings = await source.fetch<DueForCheckQueryResult>(dueForCheckQuery, dueForCheckParams(now))
  return { csv: reportCsv(listings, siteUrl), count: listings.length }
}

if (import.meta.main) {
  const out = process.argv[2]
  const source = contentSourceFromEnv()
  const now = buildTime()
  const siteUrl = process.env.SITE_URL?.trim()
  if (!siteUrl)
    console.error(
      `SITE_URL is not set: the links point at ${placeholderSiteUrl}. Set it to the live site's address.`,
    )
  const { csv, count } = await dueForCheckReport(source, now, siteUrl || placeholderSiteUrl)
  if (out) await writeFile(out, csv)
  else process.stdout.write(csv)
  console.error(
    `${count} listings are due for a check (never checked, or last checked on or before ${checkDueOn(now)}), ` +
      `from ${source.describe}${out ? `: written to ${out}` : ''}.`,
  )
}
