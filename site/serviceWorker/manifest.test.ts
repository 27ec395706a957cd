import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { buildId, pageAssets, precacheEntries } from './manifest'

let outDir: string
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(outDir, path)), { recursive: true })
  writeFileSync(join(outDir, path), content)
}
const sha256 = (content: string) => createHash('sha256').update(content).digest('hex')

const offlineHtml =
  '<html><head><script type="module" src="/_astro/offline.abc123.js"></script></head><body>Offline</body></html>'

const offlineScript = 'import{x as a}from"./london.def456.js";console.log(a)'

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'fps-sw-manifest-'))
  write('offline/index.html', offlineHtml)
  write('_astro/offline.abc123.js', offlineScript)
  write('_astro/london.def456.js', 'export const x=1')
  write('crisis/index.html', '<html><body>Call 999</body></html>')
  write('services/a/index.html', '<html><body>Group A</body></html>')
})
afterEach(() => {
  rmSync(outDir, { recursive: true, force: true })
})

describe('pageAssets', () => {
  test("finds the site's own scripts and stylesheets, once each", () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.1.css"><script src="/_astro/b.2.js"></script>' +
      '<script src="/_astro/b.2.js"></script><script src="https://cdn.example.com/x.js"></script>' +
      '<img src="/_astro/photo.3.webp"><a href="/services/a/">A</a>'
    expect(pageAssets(html)).toEqual(['/_astro/a.1.css', '/_astro/b.2.js'])
  })
})

describe('precacheEntries', () => {
  test('stores the offline and crisis pages and the files they load, each revised by its content', () => {
    expect(precacheEntries(outDir)).toEqual([
      { url: '/offline/', revision: sha256(offlineHtml).slice(0, 16) },
      { url: '/_astro/offline.abc123.js', revision: sha256(offlineScript).slice(0, 16) },
      { url: '/_astro/london.def456.js', revision: sha256('export const x=1').slice(0, 16) },
      { url: '/crisis/', revision: sha256('<html><body>Call 999</body></html>').slice(0, 16) },
    ])
  })

  test('stops the build, naming the page and the fix, when one was not built', () => {
    rmSync(join(outDir, 'crisis'), { recursive: true })
    expect(() => precacheEntries(outDir)).toThrow(
      /stores \/crisis\/ at install, but the build has no .*restore/,
    )
  })

  test('stops the build when a stored page, or a script it loads, needs a file that is missing', () => {
    rmSync(join(outDir, '_astro/london.def456.js'))
    expect(() => precacheEntries(outDir)).toThrow('/_astro/offline.abc123.js loads /_astro/london.def456.js')
    rmSync(join(outDir, '_astro'), { recursive: true })
    expect(() => precacheEntries(outDir)).toThrow('/offline/ loads /_astro/offline.abc123.js')
  })
})

describe('buildId', () => {
  test('is the same for the same files', () => {
    const first = buildId(outDir)
    expect(first).toMatch(/^[0-9a-f]{16}$/)
    expect(buildId(outDir)).toBe(first)
  })

  test('changes when any page changes, is added or is renamed', () => {
    const ids = new Set([buildId(outDir)])
    write('services/a/index.html', '<html><body>Group A, now on Tuesdays</body></html>')
    ids.add(buildId(outDir))
    write('services/b/index.html', '<html><body>Group B</body></html>')
    ids.add(buildId(outDir))
    rmSync(join(outDir, 'services/b'), { recursive: true })
    write('services/c/index.html', '<html><body>Group B</body></html>')
    ids.add(buildId(outDir))
    expect(ids.size).toBe(4)
  })

  test('leaves out the worker itself, which carries it', () => {
    const before = buildId(outDir)
    write('sw.js', 'self.x = 1')
    expect(buildId(outDir)).toBe(before)
  })
})
