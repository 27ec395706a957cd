import { describe, expect, test } from 'vitest'
import { staticImports, withSearchPreloads } from './pagefind'

describe('staticImports', () => {
  test('finds a built module’s static imports, as addresses beside it, each once', () => {
    const code =
      'import{a as e}from"./warm.Cd9d.js";import{b}from"./leaflet.Cv.js";import"./side.js";' +
      'import{a}from"./warm.Cd9d.js";const later=()=>import("/pagefind/pagefind.js")'
    expect(staticImports(code, '/_astro/search.js')).toEqual([
      '/_astro/warm.Cd9d.js',
      '/_astro/leaflet.Cv.js',
      '/_astro/side.js',
    ])
  })

  test('leaves out dynamic imports, which load later, and finds none in a module without imports', () => {
    expect(staticImports('const x=()=>import("./later.js")', '/_astro/a.js')).toEqual([])
    expect(staticImports('console.log(1)', '/_astro/a.js')).toEqual([])
  })
})

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
