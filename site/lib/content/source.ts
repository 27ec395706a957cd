import { createClient, type SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiVersion } from './apiVersion.ts'

/** Where the embedded sample dataset lives: Sanity's own NDJSON export format. */
export const sampleDatasetPath = fileURLToPath(new URL('../../../studio/seed/sample.ndjson', import.meta.url))

/** Runs one GROQ query with its parameters and resolves to the result. */
export type ContentSource = {
  /** Where it comes from: only the embedded sample is labelled "Sample data" on every page. */
  readonly label: 'sample' | 'export' | 'sanity'
  readonly describe: string
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
}

type Env = Record<string, string | undefined>

/**
 * The one content switch: a Sanity project when `SANITY_PROJECT_ID` is set, otherwise
 * the embedded sample dataset (or the NDJSON file named by `CONTENT_DATASET_FILE`).
 */
export function contentSourceFromEnv(env: Env = process.env): ContentSource {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  if (projectId) {
    const dataset = env.SANITY_DATASET?.trim() || 'production'
    const apiHost = env.SANITY_API_HOST?.trim()
    return contentLakeSource(
      createClient({
        projectId,
        dataset,
        apiVersion,
        useCdn: false,
        perspective: 'published',
        ...(env.SANITY_API_READ_TOKEN ? { token: env.SANITY_API_READ_TOKEN } : {}),
        // A custom host (a local test server, a proxy) has no project subdomain.
        ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
      }),
      `Sanity project ${projectId}, dataset ${dataset}`,
    )
  }
  return ndjsonFileSource(env.CONTENT_DATASET_FILE?.trim() || sampleDatasetPath)
}

/** Queries go to the Content Lake through the official client. */
export function contentLakeSource(client: SanityClient, describe: string): ContentSource {
  return {
    label: 'sanity',
    describe,
    fetch: (query, params = {}) => client.fetch(query, params),
  }
}

/** Queries run in this process through groq-js over an NDJSON export file, read on first use. */
export function ndjsonFileSource(path: string): ContentSource {
  const isSample = resolve(path) === sampleDatasetPath
  return documentsSource(
    () => readFile(path, 'utf8').then((text) => parseNdjson(text, path)),
    isSample ? `the embedded sample dataset ${path}` : `the dataset export ${path}`,
    isSample ? 'sample' : 'export',
  )
}

/** Queries run through groq-js over documents held in memory, loaded once by `load`. */
export function documentsSource(
  load: () => Promise<readonly unknown[]>,
  describe: string,
  label: ContentSource['label'] = 'sample',
): ContentSource {
  let documents: Promise<readonly unknown[]> | undefined
  return {
    label,
    describe,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      documents ??= load()
      return queryDocuments<T>(await documents, query, params)
    },
  }
}

/** Runs GROQ over documents in memory, as the Content Lake would. */
export async function queryDocuments<T>(
  documents: readonly unknown[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const result = await evaluate(parse(query, { params }), { dataset: documents, params })
  return (await result.get()) as T
}

/** Parses NDJSON, naming the line of any document that is not JSON. */
export function parseNdjson(text: string, source: string): unknown[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return []
    try {
      return [JSON.parse(line) as unknown]
    } catch (error) {
      throw new Error(
        `${source}, line ${index + 1}, is not valid JSON (${(error as Error).message}). ` +
          'Each line must hold one whole document, as `sanity dataset export` writes it.',
        { cause: error },
      )
    }
  })
}
