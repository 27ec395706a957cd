/**
 * A whole build from a dataset full of broken documents: it must finish, name each problem
 * with its document, field and fix, and publish no unsafe link.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { brokenDataset } from '../fixtures/broken.ts'
import { toNdjson } from '../fixtures/directory.ts'
import { buildFrom, type BuiltCopy } from './build-from.ts'

let built: BuiltCopy
let output: string
let pages: Map<string, string>

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
}

beforeAll(async () => {
  built = await buildFrom(toNdjson(brokenDataset), 'broken')
  const { outDir } = built
  output = built.output
  pages = new Map(
    await Promise.all(
      (await htmlFiles(outDir)).map(
        async (file) => [file.slice(outDir.length), await readFile(file, 'utf8')] as const,
      ),
    ),
  )
}, 180_000)

afterAll(async () => {
  await built.remove()
})

describe('building from broken content', () => {
  test('names each skipped document with its field and the fix', () => {
    expect(output).toContain(
      'service "service-missing-name", field name: is missing: fill it in in the Studio',
    )
    expect(output).toMatch(
      /service "service-dangling-org" .*field organisation: points to "org-does-not-exist"/,
    )
    expect(output).toMatch(/field slug: has the same web address \("croydon-hearing-voices-group"\)/)
  })

  test('names each value it left out, and publishes the rest of the listing', () => {
    expect(output).toMatch(/service "service-js-link" .*field description\.0: links to "javascript:alert/)
    expect(output).toMatch(
      /service "service-future-date" .*field lastChecked: is 2099-01-01, which is in the future/,
    )
    expect(pages.has('/services/js-link/index.html')).toBe(true)
    expect(pages.get('/services/js-link/index.html')).toContain('Click here for the meeting link')
  })

  test('publishes no unsafe link anywhere', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i)
      expect(html, path).not.toContain('<script>alert')
    }
  })

  test('does not publish skipped documents', () => {
    expect(pages.has('/services/missing-name/index.html')).toBe(false)
    expect(pages.has('/services/dangling-org/index.html')).toBe(false)
  })

  test('says a listing with an impossible "last checked" date has not been checked', () => {
    expect(pages.get('/services/impossible-date/index.html')).toMatch(
      /do not know when this was last checked/i,
    )
  })

  test('publishes right-to-left and emoji text as written, with its direction marked', () => {
    const page = pages.get('/services/rtl-emoji/index.html') ?? ''
    expect(page).toContain('مجموعة دعم الأقران 🌱 Peer group')
    expect(page).toMatch(/dir="auto"/)
  })
})
