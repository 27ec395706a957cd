/**
 * A static host for a built site behind a slow mobile connection, for benchmarks. The slowness is
 * made here, on the server, so it holds for every fetch alike: the page's, its preloads' and a
 * service worker's (Chromium's own network emulation only slows the page it is set on).
 *
 * - Each response starts one round trip after its request arrives.
 * - All responses share one downlink, sent in small slices in the order they are ready, so files
 *   fetched together take turns as they would on a phone's connection.
 * - Text is gzipped as a static host does (Pagefind's own files are compressed already), and bytes
 *   are counted as sent, compressed, so a benchmark can say what a journey fetched.
 * - Caching headers are a typical static host's: content-hashed files (`/_astro/`, Pagefind's index,
 *   fragment, filter and meta files) may be kept a year; everything else must be checked each time
 *   (`no-cache` with an ETag, answered 304 when unchanged).
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import { gzipSync } from 'node:zlib'
import { resolveUrlPath } from './dist.ts'

export interface Link {
  /** Round trip in milliseconds. */
  roundTripMs: number
  /** Download speed in bits per second. */
  downBitsPerSecond: number
}

/** The slow mobile profile of the search benchmark: 150 ms round trip, 1.6 Mbit/s down. */
export const slowMobile: Link = { roundTripMs: 150, downBitsPerSecond: 1.6e6 }

export interface Traffic {
  requests: number
  /** Bytes sent, compressed, headers not counted. */
  bytes: number
}

export interface SlowHost {
  origin: string
  /** What has been sent since the host started. */
  traffic(): Traffic
  /** Resolves once no response has been in flight for `quietMs`. */
  idle(quietMs?: number): Promise<void>
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
}

/** Files whose names change whenever their content does. */
const hashedFile = /^\/(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/

/** Small slices, so that responses sent at the same time share the link. */
const sliceBytes = 1460

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Serves `distDir` on 127.0.0.1 through a link like `link`. */
export async function serveSlowly(distDir: string, link: Link = slowMobile): Promise<SlowHost> {
  const bytesPerMs = link.downBitsPerSecond / 8 / 1000
  let linkFreeAt = 0
  let inFlight = 0
  let lastActivity = performance.now()
  const traffic: Traffic = { requests: 0, bytes: 0 }
  const files = new Map<string, { body: Buffer; etag: string; compressed: boolean }>()

  /** Sends `body` down the shared link, a slice at a time. */
  async function send(response: ServerResponse, body: Buffer): Promise<void> {
    for (let at = 0; at < body.length; at += sliceBytes) {
      const slice = body.subarray(at, at + sliceBytes)
      const start = Math.max(performance.now(), linkFreeAt)
      linkFreeAt = start + slice.length / bytesPerMs
      await wait(linkFreeAt - performance.now())
      response.write(slice)
      traffic.bytes += slice.length
    }
  }

  function fileFor(path: string) {
    let file = files.get(path)
    if (!file) {
      const raw = readFileSync(path)
      const compressed = /\.(html|js|css|json|svg|xml)$/.test(path)
      const body = compressed ? gzipSync(raw) : raw
      file = {
        body,
        compressed,
        etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}-${statSync(path).size}"`,
      }
      files.set(path, file)
    }
    return file
  }

  const server = createServer((request, response) => {
    traffic.requests += 1
    inFlight += 1
    lastActivity = performance.now()
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const respond = async () => {
      await wait(link.roundTripMs)
      const target = resolveUrlPath(distDir, url.pathname)
      if (target.kind !== 'file') {
        response.writeHead(404).end()
        return
      }
      const file = fileFor(target.path)
      const headers = {
        'content-type': types[extname(target.path)] ?? 'application/octet-stream',
        'cache-control': hashedFile.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag: file.etag,
      }
      if (request.headers['if-none-match'] === file.etag) {
        response.writeHead(304, headers).end()
        return
      }
      response.writeHead(200, { ...headers, ...(file.compressed ? { 'content-encoding': 'gzip' } : {}) })
      await send(response, file.body)
      response.end()
    }
    respond()
      .catch(() => response.destroy())
      .finally(() => {
        inFlight -= 1
        lastActivity = performance.now()
      })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))

  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    traffic: () => ({ ...traffic }),
    async idle(quietMs = 1000) {
      while (inFlight > 0 || performance.now() - lastActivity < quietMs) await wait(50)
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => {
          done()
        })
      }),
  }
}
