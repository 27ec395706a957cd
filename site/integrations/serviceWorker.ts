import type { AstroIntegration } from 'astro'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { offlineWorkerEnabled } from '../serviceWorker/enabled'
import { buildId, precacheEntries, workerFile, type PrecacheEntry } from '../serviceWorker/manifest'

export { offlinePage } from '../serviceWorker/routes'

/** The two workers a build can ship: the offline one, and the one that removes it (SERVICE_WORKER=off). */
export const workerSources = {
  offline: fileURLToPath(new URL('../serviceWorker/sw.ts', import.meta.url)),
  switchedOff: fileURLToPath(new URL('../serviceWorker/switchedOff.ts', import.meta.url)),
} as const

// Workbox logs every step unless told this is production.
const production = { 'process.env.NODE_ENV': JSON.stringify('production') }

/** What the offline worker has baked in: this build's id and precache list. */
export function workerConstants(id: string, precache: readonly PrecacheEntry[]): Record<string, string> {
  return { __BUILD_ID__: JSON.stringify(id), __PRECACHE__: JSON.stringify(precache), ...production }
}

/**
 * Bundles a worker into `outDir/sw.js`: one classic script (service workers as modules are still
 * not everywhere), minified, with `constants` baked in.
 */
export async function bundleWorker(
  outDir: string,
  source: string,
  constants: Record<string, string> = production,
): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: constants,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: source, formats: ['iife'], name: 'findPeerSupportWorker', fileName: () => workerFile },
    },
  })
}

/**
 * Writes the offline service worker, /sw.js, once the pages and the search index are built (so
 * add it after pagefindIndex()): the build's id and precache list come from the finished files.
 * With SERVICE_WORKER=off it writes the worker that removes it instead.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'find-peer-support:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        if (!offlineWorkerEnabled()) {
          await bundleWorker(outDir, workerSources.switchedOff)
          logger.info(
            `SERVICE_WORKER=off: wrote a /${workerFile} that removes the offline worker from browsers.`,
          )
          return
        }
        const precache = precacheEntries(outDir)
        const id = buildId(outDir)
        await bundleWorker(outDir, workerSources.offline, workerConstants(id, precache))
        const size = gzipSync(readFileSync(join(outDir, workerFile))).length
        logger.info(
          `Wrote /${workerFile} (build ${id}, ${precache.length} files at install, ${size} bytes gzipped).`,
        )
      },
    },
  }
}
