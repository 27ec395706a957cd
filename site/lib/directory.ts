import { getCollection, getEntry } from 'astro:content'
import type { Directory } from './content/directory'
import { listKeys } from './content/kinds'
import { indexDirectory, type DirectoryIndex } from './content/lookups'

export type { DirectoryIndex }

let loaded: Promise<DirectoryIndex> | undefined

/** Every published entry, a lookup for each kind of reference, and the build's clock. Pages call this, never GROQ. */
export function directoryIndex(): Promise<DirectoryIndex> {
  loaded ??= loadIndex()
  return loaded
}

async function loadIndex(): Promise<DirectoryIndex> {
  const [settings, ...lists] = await Promise.all([
    getEntry('settings', 'siteSettings'),
    ...listKeys.map((key) => getCollection(key)),
  ])
  if (!settings) throw new Error('The site settings entry is missing: the content layer did not load it.')
  // The collections were filled from one Directory by the loaders in content.config.ts.
  const directory = {
    ...Object.fromEntries(listKeys.map((key, index) => [key, lists[index]?.map((entry) => entry.data)])),
    settings: settings.data,
  } as Directory
  return indexDirectory(directory)
}

/** The site settings, which every page needs for its crisis strip and footer. */
export async function siteSettings(): Promise<DirectoryIndex['settings']> {
  return (await directoryIndex()).settings
}
