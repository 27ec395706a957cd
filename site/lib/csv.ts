import { stringify } from 'csv-stringify/sync'

/**
 * A table as CSV a spreadsheet opens cleanly: UTF-8 with a byte-order mark, so apostrophes and
 * accents read right; Windows line endings, as RFC 4180 and Excel expect; and quoting by
 * csv-stringify. Text comes from partners, so a cell starting like a formula (=, +, -, @) is
 * written as text, never run by the spreadsheet.
 */
export function spreadsheetCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      bom: true,
      header: true,
      columns: [...columns],
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  )
}
