// @ts-check
import sitemap from '@astrojs/sitemap'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'astro/config'
import { pagefindIndex } from './site/integrations/pagefind'

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://findpeersupport.example.org',
  srcDir: './site',
  publicDir: './public',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
})
