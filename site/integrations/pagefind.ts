import type { AstroIntegration } from 'astro'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { scriptImports } from '../lib/builtScripts'
import { engineFilesMeta } from '../lib/search/engine'
import { writeReadyAnswers } from './readyAnswers'

/**
 * Adds to the search page's HTML: preloads of every module its script imports, so none waits for
 * the one before it; and the addresses of Pagefind's metadata and WebAssembly for this build
 * (their names carry hashes known only once the index is written), which the script fetches
 * together with Pagefind's own script when a search needs the engine (see warm.ts). They are not
 * preloaded here: a search with a ready answer needs none of them, and at national scale they
 * are hundreds of kilobytes.
 */
export function withSearchPreloads(
  html: string,
  pagefindFiles: string[],
  readModule: (address: string) => string,
): string {
  const metas = pagefindFiles.filter((file) => /^pagefind\.[\w-]+\.pf_meta$/.test(file))
  const wasms = metas
    .map((meta) => `wasm.${meta.split('.')[1]?.split('_')[0] ?? ''}.pagefind`)
    .filter((wasm) => pagefindFiles.includes(wasm))
  const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map(
    ([, address = '']) => address,
  )
  // Every module the page's scripts import, however deep, so none waits for the one before it.
  const seen = new Set(entries)
  const modules: string[] = []
  const visit = (address: string) => {
    for (const imported of scriptImports(readModule(address), address)) {
      if (seen.has(imported)) continue
      seen.add(imported)
      modules.push(imported)
      visit(imported)
    }
  }
  entries.forEach(visit)
  const engineFiles = [...metas, ...wasms].map((file) => `/pagefind/${file}`).join(' ')
  const links = [
    ...modules.map((address) => `<link rel="modulepreload" href="${address}">`),
    `<meta name="${engineFilesMeta}" content="${engineFiles}">`,
  ].join('')
  // First in <head>, ahead of the inlined styles, so the browser starts on them at once.
  return html.replace(/<meta charset="utf-8">/i, (charset) => `${charset}${links}`)
}

/** Adds the preloads to the built search page in `outDir`, if it has one. */
export function addSearchPreloads(outDir: string): void {
  const page = join(outDir, 'search', 'index.html')
  if (!existsSync(page)) return
  const html = withSearchPreloads(
    readFileSync(page, 'utf8'),
    readdirSync(join(outDir, 'pagefind')),
    (address) => readFileSync(join(outDir, address), 'utf8'),
  )
  writeFileSync(page, html)
}

/**
 * Builds the Pagefind search index over the finished pages, through Pagefind's Node API.
 * Any indexing error fails the build: a site whose search silently misses listings is worse
 * than no new build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'find-peer-support:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(new URL('pagefind/', dir))
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        try {
          const added = await index.addDirectory({ path: fileURLToPath(dir) })
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
          if (added.page_count === 0)
            throw new Error('Pagefind found no pages to index: check data-pagefind-body on listing pages.')
          const written = await index.writeFiles({ outputPath })
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
          addSearchPreloads(fileURLToPath(dir))
          logger.info(`Indexed ${added.page_count} pages for search.`)
          const answers = await writeReadyAnswers(fileURLToPath(dir))
          logger.info(`Wrote ready answers for ${answers} common searches.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
