import type { AstroIntegration } from 'astro'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { urls } from '../lib/urls'

/**
 * Makes the Studio page that `@sanity/astro` writes our own: search engines are told not to list it
 * (it is a sign-in screen, not a page for the public), and its tab says whose Studio it is, with the
 * site's icon instead of Sanity's inline one (the site publishes no `data:` links anywhere).
 * The integration's page template has no slot for these, so they are set on the built file.
 */
export function studioHead(html: string): string {
  const withRobots = html.replace(
    /<meta charset="utf-8">/i,
    (charset) => `${charset}<meta name="robots" content="noindex, nofollow">`,
  )
  const withTitle = withRobots.replace(/<title>[^<]*<\/title>/, '<title>Studio · Find Peer Support</title>')
  if (withTitle === withRobots || withRobots === html)
    throw new Error(
      `The Studio page at ${urls.studio} has changed shape: check @sanity/astro's studio route and update site/integrations/studio.ts`,
    )
  return withTitle
    .replace(/<html lang="en"/, '<html lang="en-GB"')
    .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" type="image/svg+xml" href="/favicon.svg">')
}

export function studioPage(): AstroIntegration {
  return {
    name: 'find-peer-support:studio-page',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const page = fileURLToPath(new URL(`.${urls.studio}index.html`, dir))
        writeFileSync(page, studioHead(readFileSync(page, 'utf8')))
      },
    },
  }
}
