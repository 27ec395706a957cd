import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startContentLake, type ContentLakeServer } from '../../../tests/content-lake-server'
import { fixtureDocuments, toNdjson } from '../../../tests/fixtures/directory'
import { apiVersion } from './apiVersion'
import { fetchDirectory } from './directory'
import { servicesQuery } from './queries'
import { contentSourceFromEnv, parseNdjson, type ContentSource } from './source'

describe('contentSourceFromEnv', () => {
  let lake: ContentLakeServer
  let sampleFile: string

  beforeAll(async () => {
    lake = await startContentLake(fixtureDocuments)
    sampleFile = join(await mkdtemp(join(tmpdir(), 'fps-source-')), 'fixture.ndjson')
    await writeFile(sampleFile, toNdjson(fixtureDocuments))
  })
  afterAll(() => lake.close())

  const lakeSource = (dataset = 'production'): ContentSource =>
    contentSourceFromEnv({
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: dataset,
      SANITY_API_HOST: lake.apiHost,
    })

  test('uses the embedded dataset when no Sanity project is configured', () => {
    expect(contentSourceFromEnv({}).label).toBe('sample')
  })

  test('labels only the embedded sample as sample data, not an export named by CONTENT_DATASET_FILE', () => {
    expect(contentSourceFromEnv({ CONTENT_DATASET_FILE: 'studio/seed/sample.ndjson' }).label).toBe('sample')
    expect(contentSourceFromEnv({ CONTENT_DATASET_FILE: sampleFile }).label).toBe('export')
  })

  test('uses the Content Lake when SANITY_PROJECT_ID is set', () => {
    expect(lakeSource().label).toBe('sanity')
  })

  test('the same queries give the same directory from both sources', async () => {
    const fromFile = await fetchDirectory(contentSourceFromEnv({ CONTENT_DATASET_FILE: sampleFile }))
    const fromLake = await fetchDirectory(lakeSource())
    expect(fromLake).toEqual(fromFile)
    expect(fromFile.services.map((service) => (service as { name: string }).name)).toEqual([
      'Croydon Hearing Voices Group',
      'Voices Online Forum',
    ])
  })

  test('never returns drafts, from either source', async () => {
    for (const source of [contentSourceFromEnv({ CONTENT_DATASET_FILE: sampleFile }), lakeSource()]) {
      const services = await source.fetch<{ _id: string; name: string }[]>(servicesQuery)
      expect(services.map((service) => service._id)).not.toContain('drafts.service-croydon-hearing-voices')
      expect(services.map((service) => service.name)).not.toContain('DRAFT – do not publish')
    }
  })

  test('the client asks the API version, dataset and published perspective the site is written for', async () => {
    lake.requests.length = 0
    await lakeSource().fetch(servicesQuery)
    const [request] = lake.requests
    expect(request?.pathname).toBe(`/v${apiVersion}/data/query/production`)
    expect(request?.searchParams.get('perspective')).toBe('published')
  })

  test('passes query parameters as JSON', async () => {
    const names = await lakeSource().fetch<string[]>('*[_type == $type && slug.current == $slug].name', {
      type: 'area',
      slug: 'croydon',
    })
    expect(names).toEqual(['Croydon'])
  })

  test('an error from the Content Lake says what went wrong', async () => {
    await expect(lakeSource('missing').fetch(servicesQuery)).rejects.toThrow(/Dataset "missing" not found/)
  })
})

describe('parseNdjson', () => {
  test('reads one document per line and ignores blank lines', () => {
    expect(parseNdjson('{"_id":"a"}\n\n{"_id":"b"}\n', 'test.ndjson')).toEqual([{ _id: 'a' }, { _id: 'b' }])
  })

  test('names the file and line of a document that is not JSON', () => {
    expect(() => parseNdjson('{"_id":"a"}\n{oops\n', 'test.ndjson')).toThrow(
      /test\.ndjson, line 2, is not valid JSON/,
    )
  })
})
