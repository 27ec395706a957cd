import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { sitemapUrls } from '../../scripts/lib/dist.ts'
import { urls } from '../../site/lib/urls.ts'
import { listingColumns } from '../../site/lib/view/listingsTable.ts'
import { builtSiteDir } from '../built-site.ts'

describe('the CSV of every listing', () => {
  const distDir = builtSiteDir()
  const csv = readFileSync(join(distDir, urls.listingsCsv), 'utf8')
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true })

  test('is UTF-8 with a byte-order mark, and has the plain-English columns', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(Object.keys(records[0] ?? {})).toEqual([...listingColumns])
  })

  test('has one row for each listing page the site publishes, and no other', () => {
    const listingPages = sitemapUrls(distDir)
      .map((url) => url.pathname)
      .filter((path) => /^\/(services|courses|opportunities)\/[^/]+\/$/.test(path))
    const rowPages = records.map((record) => new URL(record['Page'] ?? '').pathname)
    expect(rowPages).toHaveLength(new Set(rowPages).size)
    expect(new Set(rowPages)).toEqual(new Set(listingPages))
  })

  test('is linked from every page’s footer', () => {
    const home = readFileSync(join(distDir, 'index.html'), 'utf8')
    expect(home).toContain(`href="${urls.listingsCsv}"`)
  })
})
