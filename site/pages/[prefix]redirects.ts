import type { APIRoute, GetStaticPaths } from 'astro'
import { directoryIndex } from '../lib/directory'
import { movedCalendars, movedPages, redirectsFile } from '../lib/view/movedPages'

/**
 * `/_redirects`, for hosts that read one (Netlify, Cloudflare Pages): every old address of a page or
 * calendar, sent on with a 301. Astro builds no file whose name starts with "_", so the underscore
 * comes in as the route's one parameter.
 */
export const getStaticPaths = (() => [{ params: { prefix: '_' } }]) satisfies GetStaticPaths

export const GET: APIRoute = async () => {
  const index = await directoryIndex()
  const text = redirectsFile([...movedPages(index), ...movedCalendars(index)])
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
