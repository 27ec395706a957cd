import type { AstroIntegration } from 'astro'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The old addresses a `_redirects` file sends on: `/from/ /to/ 301` a line. */
export function redirectedPaths(redirects: string): Set<string> {
  return new Set(
    redirects
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0] ?? '')
      .filter((from) => from.startsWith('/')),
  )
}

/**
 * Keeps pages' old addresses out of the sitemap: they only send visitors on. It reads the
 * `_redirects` file the build has just written (site/pages/[prefix]redirects.ts), which names
 * every one, once the pages are generated and before the sitemap is made from them.
 */
export function movedPages(): AstroIntegration & { isMoved(page: string): boolean } {
  let moved = new Set<string>()
  return {
    name: 'find-peer-support:moved-pages',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const file = fileURLToPath(new URL('_redirects', dir))
        moved = existsSync(file) ? redirectedPaths(readFileSync(file, 'utf8')) : new Set()
      },
    },
    isMoved: (page) => moved.has(new URL(page).pathname),
  }
}
