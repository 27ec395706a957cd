import { getEntry } from 'astro:content'

/** The site settings, which every page needs for its crisis strip and footer. */
export async function siteSettings() {
  const entry = await getEntry('settings', 'siteSettings')
  if (!entry) throw new Error('The site settings entry is missing: the content layer did not load it.')
  return entry.data
}
