import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { queryDocuments } from '../site/lib/content/source'

export interface ContentLakeServer {
  /** `http://127.0.0.1:<port>`: the build's SANITY_API_HOST. */
  apiHost: string
  /** Every request's URL, in order. */
  requests: URL[]
  /** The bearer tokens the requests carried. */
  tokens: Set<string>
  close(): Promise<void>
}

/**
 * A stand-in for the Sanity query API on loopback, as `@sanity/client` talks to it (see STACK-NOTES):
 * it answers `GET /v{version}/data/query/{dataset}` from `documents` through groq-js, hides drafts
 * from the published perspective, and answers a missing dataset or a bad query as the Content Lake does.
 */
export async function startContentLake(
  documents: readonly object[],
  dataset = 'production',
): Promise<ContentLakeServer> {
  const requests: URL[] = []
  const tokens = new Set<string>()
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(url)
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    if (token) tokens.add(token)
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const match = /^\/v([\d-]+)\/data\/query\/([\w-]+)$/.exec(url.pathname)
    const query = url.searchParams.get('query')
    if (!match || !query) {
      send(404, { error: { description: 'No such endpoint' } })
      return
    }
    if (match[2] !== dataset) {
      send(404, { error: { description: `Dataset "${match[2] ?? ''}" not found` } })
      return
    }
    const params = Object.fromEntries(
      [...url.searchParams]
        .filter(([key]) => key.startsWith('$'))
        .map(([key, value]) => [key.slice(1), JSON.parse(value)]),
    )
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    apiHost: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    tokens,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve()
        }),
      ),
  }
}
