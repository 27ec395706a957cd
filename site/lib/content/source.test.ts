import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fixtureDocuments, toNdjson } from '../../../tests/fixtures/directory'
import { fetchDirectory } from './directory'
import { servicesQuery } from './queries'
import { apiVersion, contentSourceFromEnv, parseNdjson, queryDocuments, type ContentSource } from './source'

/**
 * A stand-in for the Sanity query API on loopback: it answers GET /v{version}/data/query/{dataset}
 * from the fixture documents through groq-js, as the Content Lake answers the real client.
 */
function fakeContentLake(documents: object[]) {
  const requests: URL[] = []
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(url)
    const match = /^\/v([\d-]+)\/data\/query\/([\w-]+)$/.exec(url.pathname)
    const query = url.searchParams.get('query')
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (!match || !query) {
      send(404, { error: { description: 'No such endpoint' } })
      return
    }
    if (match[2] !== 'production') {
      send(404, { error: { description: `Dataset "${match[2]}" not found` } })
      return
    }
    const params = Object.fromEntries(
      [...url.searchParams]
        .filter(([key]) => key.startsWith('$'))
        .map(([key, value]) => [key.slice(1), JSON.parse(value)]),
    )
    // The published perspective hides drafts, as the Content Lake does.
    const visible =
      url.searchParams.get('perspective') === 'published'
        ? documents.filter((document) => !(document as { _id: string })._id.startsWith('drafts.'))
        : documents
    queryDocuments(visible, query, params).then(
      (result) => {
        send(200, { result, ms: 1, query })
      },
      (error: unknown) => {
        send(400, { error: { description: (error as Error).message } })
      },
    )
  })
  return { server, requests }
}

describe('contentSourceFromEnv', () => {
  let lake: ReturnType<typeof fakeContentLake>
  let apiHost: string
  let sampleFile: string

  beforeAll(async () => {
    lake = fakeContentLake(fixtureDocuments)
    await new Promise<void>((resolve) => lake.server.listen(0, '127.0.0.1', resolve))
    apiHost = `http://127.0.0.1:${(lake.server.address() as AddressInfo).port}`
    sampleFile = join(await mkdtemp(join(tmpdir(), 'fps-source-')), 'fixture.ndjson')
    await writeFile(sampleFile, toNdjson(fixtureDocuments))
  })
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        lake.server.close(() => {
          resolve()
        }),
      ),
  )

  const lakeSource = (dataset = 'production'): ContentSource =>
    contentSourceFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: dataset, SANITY_API_HOST: apiHost })

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
