import type { APIRoute } from 'astro'
import { spreadsheetCsv } from '../../lib/csv'
import { directoryIndex } from '../../lib/directory'
import { listingColumns, listingRows } from '../../lib/view/listingsTable'

/** Every listing, one row each, as a CSV file a spreadsheet opens cleanly. */
export const GET: APIRoute = async ({ site }) => {
  if (!site)
    throw new Error('listings.csv needs the site address: set `site` (or SITE_URL) in astro.config.mjs.')
  const csv = spreadsheetCsv(listingColumns, listingRows(await directoryIndex(), site))
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
