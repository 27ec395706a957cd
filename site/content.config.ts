import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { Loader, LoaderContext } from 'astro/loaders'
import { loadDirectory, type Directory } from './lib/content/directory'
import { documentKinds, listKeys, settingsKind, type ListKey } from './lib/content/kinds'
import { contentSourceFromEnv } from './lib/content/source'
import { buildTime } from './lib/time/clock'

let directory: Promise<Directory> | undefined

/**
 * Every collection reads from one load of the directory, so it is fetched and checked once per
 * build, and the build's clock is read once, here, and carried to every page in the settings.
 */
function loadOnce(logger: LoaderContext['logger']): Promise<Directory> {
  directory ??= loadDirectory(
    contentSourceFromEnv(),
    (message) => {
      logger.fork('content check').warn(message)
    },
    { now: buildTime(), allowFewer: process.env.ALLOW_FEW_LISTINGS === 'true' },
  )
  return directory
}

function fromDirectory<K extends ListKey>(key: K): Loader & { schema: (typeof documentKinds)[K]['schema'] } {
  return {
    name: `directory-${key}`,
    schema: documentKinds[key].schema,
    async load(context: LoaderContext): Promise<void> {
      const { store, logger } = context
      const entries = (await loadOnce(logger))[key]
      store.clear()
      for (const entry of entries) {
        const data = entry as unknown as Record<string, unknown>
        store.set({ id: entry._id, data, digest: context.generateDigest(data) })
      }
    },
  } satisfies Loader
}

const settingsSchema = settingsKind.schema.extend({
  builtFrom: z.enum(['sample', 'export', 'sanity']),
  builtAt: z.iso.datetime(),
})

/** Each list's collection, typed by its own loader (and so its own schema). */
type ListCollections = { [K in ListKey]: { loader: ReturnType<typeof fromDirectory<K>> } }

export const collections = {
  // Derived from the registry; the mapped type keeps each collection's own entry type.
  ...(Object.fromEntries(
    listKeys.map((key) => [key, defineCollection({ loader: fromDirectory(key) })]),
  ) as ListCollections),
  settings: defineCollection({
    loader: {
      name: 'directory-settings',
      schema: settingsSchema,
      async load(context: LoaderContext) {
        const { store, logger } = context
        const { settings } = await loadOnce(logger)
        store.clear()
        store.set({ id: 'siteSettings', data: settings, digest: context.generateDigest(settings) })
      },
    } satisfies Loader,
  }),
}
