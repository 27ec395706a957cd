import type { APIRoute } from 'astro'
import { spreadsheetCsv } from '../../lib/csv'
import { directoryIndex } from '../../lib/directory'
import { directoryNumbers, numbersColumns, numbersRows } from '../../lib/view/numbers'

/** The figures on /about/numbers/ as one tidy table (why tidy: see numbersRows) a spreadsheet opens cleanly. */
export const GET: APIRoute = async () => {
  const csv = spreadsheetCsv(numbersColumns, numbersRows(directoryNumbers(await directoryIndex())))
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
