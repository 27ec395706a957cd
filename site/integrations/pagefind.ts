import type { AstroIntegration } from 'astro'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'

/**
 * Lets the search page fetch Pagefind's script, metadata and WebAssembly while its own HTML is
 * still arriving, instead of one after another: on a slow phone that is most of the wait.
 * Their names carry hashes known only once the index is written, so they are added here.
 */
export function addSearchPreloads(outDir: string): void {
  const page = join(outDir, 'search', 'index.html')
  if (!existsSync(page)) return
  const files = readdirSync(join(outDir, 'pagefind'))
  const metas = files.filter((file) => /^pagefind\.[\w-]+\.pf_meta$/.test(file))
  const wasms = metas
    .map((meta) => `wasm.${meta.split('.')[1]?.split('_')[0] ?? ''}.pagefind`)
    .filter((wasm) => files.includes(wasm))
  const links = [
    '<link rel="modulepreload" href="/pagefind/pagefind.js">',
    ...[...metas, ...wasms].map(
      (file) => `<link rel="preload" href="/pagefind/${file}" as="fetch" crossorigin>`,
    ),
  ].join('')
  // First in <head>, ahead of the inlined styles, so the browser starts on them at once.
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(/<meta charset="utf-8">/i, (charset) => `${charset}${links}`),
  )
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
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
