import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { onTestFinished } from 'vitest'

/** Writes a throwaway built site (path → content) for one test, removed when the test ends. */
export function tempSite(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'fps-site-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  onTestFinished(() => {
    rmSync(root, { recursive: true, force: true })
  })
  return root
}

/** A minimal valid page around `body`. */
export const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`

/** A sitemap index and one sitemap listing `paths` on https://example.org. */
export function sitemapFiles(paths: readonly string[]): Record<string, string> {
  return {
    'sitemap-index.xml': `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((path) => `<url><loc>https://example.org${path}</loc></url>`)
      .join('')}</urlset>`,
  }
}
