import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'

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
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
          if (added.page_count === 0) throw new Error('Pagefind found no pages to index: check data-pagefind-body on listing pages.')
          const written = await index.writeFiles({ outputPath })
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
          logger.info(`Indexed ${added.page_count} pages for search.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
