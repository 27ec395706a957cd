/**
 * Starts what every browser test file shares, once per run: the static server over the built site
 * and one headless Chromium. It builds nothing: `npm test` builds the site before Vitest starts.
 */
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { builtSiteDir } from '../built-site.ts'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { serveStatic } from './harness.ts'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = builtSiteDir()
  const server = await serveStatic(distDir)
  // launchServer gives Chromium a fresh, throwaway user-data directory of its own.
  const browser = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
  })
  project.provide('distDir', distDir)
  project.provide('siteOrigin', server.origin)
  project.provide('browserEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}
