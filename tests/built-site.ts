import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The built site the dist and browser tests run against: `dist/`, or `$DIST_DIR` (handy for trying
 * the gates on a deliberately broken copy). Throws with the fix when it has not been built.
 */
export function builtSiteDir(): string {
  const distDir = resolve(process.env['DIST_DIR'] ?? 'dist')
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `${distDir}/index.html is missing: build the site first (npm run build; npm test does this)`,
    )
  }
  return distDir
}
