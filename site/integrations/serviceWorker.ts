import type { AstroIntegration } from 'astro'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { buildId, precacheEntries, workerFile, type PrecacheEntry } from '../serviceWorker/manifest'

export { offlinePage } from '../serviceWorker/routes'

const entry = fileURLToPath(new URL('../serviceWorker/sw.ts', import.meta.url))

/** What the bundle has baked in: this build's id and precache list. */
export function workerConstants(id: string, precache: readonly PrecacheEntry[]): Record<string, string> {
  return {
    __BUILD_ID__: JSON.stringify(id),
    __PRECACHE__: JSON.stringify(precache),
    // Workbox logs every step unless told this is production.
    'process.env.NODE_ENV': JSON.stringify('production'),
  }
}

/**
 * Bundles the worker into `outDir/sw.js`: one classic script (service workers as modules are still
 * not everywhere), minified, with this build's id and precache list baked in.
 */
export async function bundleWorker(outDir: string, id: string, precache: readonly PrecacheEntry[]) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: workerConstants(id, precache),
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'findPeerSupportWorker', fileName: () => workerFile },
    },
  })
}

/**
 * Writes the offline service worker, /sw.js, once the pages and the search index are built (so
 * add it after pagefindIndex()): the build's id and precache list come from the finished files.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'find-peer-support:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const precache = precacheEntries(outDir)
        const id = buildId(outDir)
        await bundleWorker(outDir, id, precache)
        const size = gzipSync(readFileSync(join(outDir, workerFile))).length
        logger.info(
          `Wrote /${workerFile} (build ${id}, ${precache.length} files at install, ${size} bytes gzipped).`,
        )
      },
    },
  }
}
