/**
 * How fast search results appear on a slow phone: loads /search/?q=hearing%20voices from a built
 * site served on loopback, in headless Chromium under a slow mobile profile (150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up; `--cpu 4` also slows the CPU 4x, like a cheap phone), with a cold cache each time, and prints the
 * median and spread of the time until the first result is on screen. Text is served gzipped, as a
 * static host would.
 *
 *   npm run build && npm run bench            (or: DIST_DIR=/tmp/x npm run bench -- --runs 7 --cpu 4)
 *   npm run bench -- --query "trauma group York"   (another search, like one no listing fully matches)
 */
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import { createGzip } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { extname, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './lib/chromium.ts'
import { resolveUrlPath } from './lib/dist.ts'

const distDir = resolve(process.env['DIST_DIR'] ?? 'dist')
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const runs = option('--runs', 7)
const cpuSlowdown = option('--cpu', 1)
const queryAt = process.argv.indexOf('--query')
const query = queryAt > 0 ? (process.argv[queryAt + 1] ?? '') : 'hearing voices'
const path = `/search/?q=${encodeURIComponent(query)}`
const slowMobile = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (750e3 / 8) | 0,
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
}

const server = createServer((request, response) => {
  const target = resolveUrlPath(distDir, new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
  if (target.kind !== 'file') {
    response.writeHead(404).end()
    return
  }
  // Compress text as any static host does; Pagefind's own files are compressed already.
  const compress =
    /\.(html|js|css|json|svg)$/.test(target.path) && /gzip/.test(String(request.headers['accept-encoding']))
  response.writeHead(200, {
    'content-type': types[extname(target.path)] ?? 'application/octet-stream',
    ...(compress ? { 'content-encoding': 'gzip' } : {}),
  })
  const file = createReadStream(target.path)
  if (compress) file.pipe(createGzip()).pipe(response)
  else file.pipe(response)
})
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })

const times: number[] = []
try {
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    })
    // Records when the first result card is added, in the page's own clock (0 = navigation start).
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-results] > li')) {
          ;(window as unknown as { resultsAt: number }).resultsAt = performance.now()
          observer.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', slowMobile)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    await page.goto(origin + path)
    await page.locator('[data-results] > li').first().waitFor({ state: 'visible', timeout: 60_000 })
    const resultsAt = await page.evaluate(() => (window as unknown as { resultsAt: number }).resultsAt)
    const status = await page.getByRole('status').textContent()
    times.push(resultsAt)
    console.log(`run ${run}: results visible after ${Math.round(resultsAt)} ms (${status ?? ''})`)
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}

const sorted = [...times].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)] ?? 0
console.log(
  `\n${path} under 150 ms RTT, 1.6 Mbit/s down, ${cpuSlowdown}x CPU slowdown, ${runs} cold loads:\n` +
    `median ${Math.round(median)} ms, fastest ${Math.round(sorted[0] ?? 0)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms`,
)
