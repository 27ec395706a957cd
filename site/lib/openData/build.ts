import { directoryIndex } from '../directory'
import { openData, type OpenData } from './directory'

let built: Promise<OpenData> | undefined

/**
 * The directory in HSDS, worked out once per build however many files are written from it.
 * `site` is Astro's configured address: the files link to the site's pages, so it must be set.
 */
export function builtOpenData(site: string | undefined): Promise<OpenData> {
  if (!site)
    throw new Error('The open data needs the site address: set `site` (or SITE_URL) in astro.config.mjs.')
  built ??= directoryIndex().then((index) => openData(index, site))
  return built
}

/** A static JSON response: one file of the open data. */
export const jsonFile = (body: unknown): Response =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
