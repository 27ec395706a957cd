import { describe, expect, test } from 'vitest'
import { withSearchPreloads } from './pagefind'

describe('withSearchPreloads', () => {
  const html =
    '<html><head><meta charset="utf-8"><title>Search</title>' +
    '<script type="module" src="/_astro/search.js"></script></head><body></body></html>'
  const files = [
    'pagefind.js',
    'pagefind.en-gb_abc123.pf_meta',
    'wasm.en-gb.pagefind',
    'wasm.unknown.pagefind',
  ]
  const modules: Record<string, string> = {
    '/_astro/search.js': 'import{a}from"./warm.X.js";a()',
    '/_astro/warm.X.js': 'import"./urls.Y.js";import{a}from"./search.js"',
  }

  test('preloads every module the page’s script imports, first in <head>, and names Pagefind’s files for the site’s language without fetching them', () => {
    const out = withSearchPreloads(html, files, (address) => modules[address] ?? '')
    const head = out.slice(0, out.indexOf('<title>'))
    expect(head).toBe(
      '<html><head><meta charset="utf-8">' +
        '<link rel="modulepreload" href="/_astro/warm.X.js">' +
        '<link rel="modulepreload" href="/_astro/urls.Y.js">' +
        '<meta name="search-engine-files" content="/pagefind/pagefind.en-gb_abc123.pf_meta /pagefind/wasm.en-gb.pagefind">',
    )
    expect(out).not.toContain('wasm.unknown')
  })
})
