// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import sanity from '@sanity/astro'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'astro/config'
import { movedPages } from './site/integrations/movedPages'
import { pagefindIndex } from './site/integrations/pagefind'
import { offlinePage, serviceWorker } from './site/integrations/serviceWorker'
import { studioPage } from './site/integrations/studio'
import { placeholderSiteUrl, urls } from './site/lib/urls'

/**
 * The Studio reads its settings from SANITY_STUDIO_* variables, which `sanity build` bakes into its
 * bundle; Vite does not, so they are defined here. They are public (project id, dataset, site URL):
 * never put a token in one. The Studio edits the project the site is built from unless told otherwise.
 */
const studioSettings = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('SANITY_STUDIO_'))),
  SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || 'sample',
  SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production',
}

/**
 * The Studio is built into the site, at /studio/, when the site is built from a Sanity project (the
 * pages then link partners to it), or when BUILD_STUDIO=true (npm test sets it, to test the Studio).
 * A sample build leaves it out: a Studio for a project that does not exist would only cost every
 * build the 8 MB bundle. `npm run studio` runs the Studio on its own.
 */
const embedStudio = Boolean(process.env.SANITY_PROJECT_ID?.trim()) || process.env.BUILD_STUDIO === 'true'

/** Serves the Studio at /studio/ for partners; its JavaScript loads on no other page. */
const studio = () => [
  sanity({
    projectId: studioSettings.SANITY_STUDIO_PROJECT_ID,
    dataset: studioSettings.SANITY_STUDIO_DATASET,
    useCdn: false,
    studioBasePath: urls.studio.slice(0, -1),
    studioRouterHistory: 'hash',
  }),
  react(),
  studioPage(),
]

/** Pages' old addresses, which only send visitors on: the sitemap leaves them out. */
const moved = movedPages()

export default defineConfig({
  site: process.env.SITE_URL || placeholderSiteUrl,
  srcDir: './site',
  publicDir: './public',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  integrations: [
    ...(embedStudio ? studio() : []),
    moved,
    sitemap({
      filter: (page) =>
        !page.endsWith('/404/') &&
        !page.endsWith(offlinePage) &&
        !page.endsWith(urls.studio) &&
        !moved.isMoved(page),
    }),
    pagefindIndex(),
    serviceWorker(),
  ],
  vite: {
    plugins: [tailwindcss()],
    define: Object.fromEntries(
      Object.entries(studioSettings).map(([name, value]) => [`process.env.${name}`, JSON.stringify(value)]),
    ),
  },
})
