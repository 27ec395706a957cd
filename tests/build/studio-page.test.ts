import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { listFiles, sitemapUrls, urlPathForFile } from '../../scripts/lib/dist.ts'
import { scanTags } from '../../scripts/lib/html.ts'
import { urls } from '../../site/lib/urls.ts'
import { builtSiteDir } from '../built-site.ts'

/** The script and stylesheet files a page asks for: sources, preloads and island components. */
function assetsOf(html: string): string[] {
  return scanTags(html).flatMap(({ attributes }) =>
    ['src', 'href', 'component-url', 'renderer-url']
      .map((name) => attributes.get(name) ?? '')
      .filter((url) => url.startsWith('/_astro/')),
  )
}

describe('the Studio at /studio/', () => {
  const distDir = builtSiteDir()
  const pages = listFiles(distDir, '.html').map((file) => ({
    path: urlPathForFile(file),
    html: readFileSync(join(distDir, file), 'utf8'),
  }))
  const studio = pages.find(({ path }) => path === urls.studio)

  test('is built, and tells search engines to leave it out', () => {
    expect(studio, `${urls.studio}index.html`).toBeDefined()
    const tags = scanTags(studio?.html ?? '')
    const robots = tags.find(({ name, attributes }) => name === 'meta' && attributes.get('name') === 'robots')
    expect(robots?.attributes.get('content')).toBe('noindex, nofollow')
    expect(assetsOf(studio?.html ?? '').length).toBeGreaterThan(0)
  })

  test('is left out of the sitemap and the search index', () => {
    expect(sitemapUrls(distDir).map(({ pathname }) => pathname)).not.toContain(urls.studio)
    expect(studio?.html).not.toContain('data-pagefind-body')
  })

  test("no other page loads any of the Studio's files", () => {
    const studioAssets = new Set(assetsOf(studio?.html ?? ''))
    const sharing = pages
      .filter(({ path }) => path !== urls.studio)
      .flatMap(({ path, html }) =>
        assetsOf(html)
          .filter((asset) => studioAssets.has(asset))
          .map((asset) => `${path} loads ${asset}`),
      )
    expect(sharing).toEqual([])
    expect(pages.filter(({ html }) => html.includes('<astro-island')).map(({ path }) => path)).toEqual([
      urls.studio,
    ])
  })
})
