import type { APIRoute } from 'astro'

/** Lets every crawler in and points it at the sitemap, with the site's absolute address. */
export const GET: APIRoute = ({ site }) => {
  if (!site)
    throw new Error('robots.txt needs the site address: set `site` (or SITE_URL) in astro.config.mjs.')
  const sitemap = new URL('/sitemap-index.xml', site)
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
