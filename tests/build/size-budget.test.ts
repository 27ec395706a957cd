import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { formatBudgetTable, measureBudgets } from '../../scripts/size-budget.ts'
import { builtSiteDir } from '../built-site.ts'
import { page, tempSite } from './temp-site.ts'

/** Text that gzip cannot shrink much: `bytes` of random data, base64-encoded. */
const incompressible = (bytes: number): string => randomBytes(bytes).toString('base64')

describe('the built site', () => {
  test('keeps every listing page, the search page and the leaflet builder within the size budgets', () => {
    const report = measureBudgets(builtSiteDir())
    console.log(formatBudgetTable(report))
    expect(report.pages.some((size) => size.kind === 'listing')).toBe(true)
    expect(report.breaches.map((breach) => breach.message)).toEqual([])
  })
})

describe('measureBudgets', () => {
  const styles = { '_astro/site.css': 'body{font-family:system-ui}' }

  test('passes a small listing page with a small enhancement script', () => {
    const report = measureBudgets(
      tempSite({
        ...styles,
        'services/group/index.html': page(
          '<h1>Group</h1><script type="module">document.querySelector("button")?.focus()</script>',
          '<link rel="stylesheet" href="/_astro/site.css">',
        ),
      }),
    )
    expect(report.breaches).toEqual([])
    expect(report.pages).toMatchObject([
      { page: '/services/group/', kind: 'listing', assets: ['/_astro/site.css'] },
    ])
  })

  test('fails a listing page that carries a 20 KB script, naming the page', () => {
    const report = measureBudgets(
      tempSite({
        '_astro/big.js': `console.log("${incompressible(15_000)}")`,
        'services/group/index.html': page(
          '<h1>Group</h1><script type="module" src="/_astro/big.js"></script>',
        ),
      }),
    )
    expect(report.breaches.map((breach) => breach.budget)).toEqual(['listingScript'])
    expect(report.breaches[0]?.message).toMatch(/^\/services\/group\/: script .* over the 2\.0 KB budget/)
  })

  test('counts inline scripts, scripts a module imports, and island code, but not JSON-LD', () => {
    const report = measureBudgets(
      tempSite({
        '_astro/entry.js': 'import "./chunk.js";import{a}from"./other.js";a()',
        '_astro/chunk.js': `console.log("${incompressible(900)}")`,
        '_astro/other.js': 'export const a=()=>1',
        '_astro/island.js': `export default "${incompressible(900)}"`,
        'topics/psychosis/index.html': page(
          `<script type="application/ld+json">{"name":"${incompressible(9000)}"}</script>` +
            `<astro-island component-url="/_astro/island.js"></astro-island>` +
            `<script>console.log("${incompressible(900)}")</script>`,
          '<script type="module" src="/_astro/entry.js"></script>',
        ),
      }),
    )
    const [topic] = report.pages
    expect(topic?.assets).toEqual([
      '/_astro/entry.js',
      '/_astro/chunk.js',
      '/_astro/other.js',
      '/_astro/island.js',
    ])
    expect(topic?.script).toBeGreaterThan(3 * 900)
    expect(topic?.script).toBeLessThan(3 * 900 + 1024)
    expect(report.breaches.map((breach) => breach.budget)).toEqual(['listingScript'])
  })

  test('fails a listing page whose HTML and CSS together pass 14 KB', () => {
    const report = measureBudgets(
      tempSite({
        '_astro/site.css': `.a{background:url("data:image/png;base64,${incompressible(8000)}")}`,
        'areas/croydon/index.html': page(
          `<p>${incompressible(7000)}</p>`,
          '<link rel="stylesheet" href="/_astro/site.css">',
        ),
      }),
    )
    expect(report.breaches.map((breach) => `${breach.page} ${breach.budget}`)).toEqual([
      '/areas/croydon/ listingHtmlAndCss',
    ])
  })

  test('leaves the Pagefind index out of the search page budget, but not the page’s own script', () => {
    const searchPage = (ownScriptBytes: number) =>
      tempSite({
        '_astro/search.js': `import("/pagefind/pagefind.js");console.log("${incompressible(ownScriptBytes)}")`,
        'pagefind/pagefind.js': `console.log("${incompressible(60_000)}")`,
        'search/index.html': page(
          '<script type="module" src="/_astro/search.js"></script><script src="/pagefind/pagefind-ui.js"></script>',
        ),
        'pagefind/pagefind-ui.js': `console.log("${incompressible(60_000)}")`,
      })
    expect(measureBudgets(searchPage(10_000)).breaches).toEqual([])
    expect(measureBudgets(searchPage(40_000)).breaches.map((breach) => breach.message)).toEqual([
      expect.stringMatching(
        /^\/search\/: JavaScript loaded before the search index is .* over the 30\.0 KB budget/,
      ),
    ])
  })

  test('holds the leaflet builder’s own script to 30 KB', () => {
    const leafletPage = (scriptBytes: number) =>
      tempSite({
        '_astro/leaflet.js': `console.log("${incompressible(scriptBytes)}")`,
        'leaflet/index.html': page('<script type="module" src="/_astro/leaflet.js"></script>'),
      })
    const fits = measureBudgets(leafletPage(10_000))
    expect(fits.pages.map((size) => size.kind)).toEqual(['leaflet'])
    expect(fits.breaches).toEqual([])
    expect(measureBudgets(leafletPage(40_000)).breaches.map((breach) => breach.message)).toEqual([
      expect.stringMatching(/^\/leaflet\/: the leaflet builder’s JavaScript is .* over the 30\.0 KB budget/),
    ])
  })
})
