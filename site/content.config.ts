import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { Loader, LoaderContext } from 'astro/loaders'
import { loadDirectory, type Directory } from './lib/content/directory'
import {
  areaSchema,
  courseSchema,
  opportunitySchema,
  organisationSchema,
  pageSchema,
  serviceSchema,
  siteSettingsSchema,
  topicSchema,
  venueSchema,
} from './lib/content/schemas'
import { contentSourceFromEnv } from './lib/content/source'

let directory: Promise<Directory> | undefined

/** Every collection reads from one load of the directory, so it is fetched and checked once per build. */
function loadOnce(logger: LoaderContext['logger']): Promise<Directory> {
  directory ??= loadDirectory(
    contentSourceFromEnv(),
    (message) => {
      logger.fork('content check').warn(message)
    },
    {
      allowFewer: process.env.ALLOW_FEW_LISTINGS === 'true',
    },
  )
  return directory
}

type ListKey = Exclude<keyof Directory, 'settings'>

function fromDirectory<S extends z.ZodType>(key: ListKey, schema: S) {
  return {
    name: `directory-${key}`,
    schema,
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

const settingsSchema = siteSettingsSchema.extend({ builtFrom: z.enum(['sample', 'sanity']) })

export const collections = {
  services: defineCollection({ loader: fromDirectory('services', serviceSchema) }),
  courses: defineCollection({ loader: fromDirectory('courses', courseSchema) }),
  opportunities: defineCollection({ loader: fromDirectory('opportunities', opportunitySchema) }),
  organisations: defineCollection({ loader: fromDirectory('organisations', organisationSchema) }),
  venues: defineCollection({ loader: fromDirectory('venues', venueSchema) }),
  areas: defineCollection({ loader: fromDirectory('areas', areaSchema) }),
  topics: defineCollection({ loader: fromDirectory('topics', topicSchema) }),
  pages: defineCollection({ loader: fromDirectory('pages', pageSchema) }),
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
