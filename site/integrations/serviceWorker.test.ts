import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildId, precacheEntries } from '../serviceWorker/manifest'
import { bundleWorker, workerConstants, workerSources } from './serviceWorker'

let outDir: string
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(outDir, path)), { recursive: true })
  writeFileSync(join(outDir, path), content)
}

/** Builds the worker over the output as it stands, and gives its source. */
async function builtWorker(): Promise<string> {
  await bundleWorker(outDir, workerSources.offline, workerConstants(buildId(outDir), precacheEntries(outDir)))
  return readFileSync(join(outDir, 'sw.js'), 'utf8')
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'fps-sw-bundle-'))
  write('offline/index.html', '<html><body><main>Offline</main></body></html>')
  write('crisis/index.html', '<html><body><main>Call 999</main></body></html>')
  write('services/a/index.html', '<html><body><main>Group A</main></body></html>')
})
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true })
})

describe('bundleWorker', () => {
  test('writes one minified classic script with the build id and precache list baked in', async () => {
    const worker = await builtWorker()
    expect(worker).toMatch(/^\(function\(\)\{/)
    expect(worker).not.toMatch(/^\s*(?:import|export)\b/m)
    expect(worker).not.toContain('__BUILD_ID__')
    expect(worker).not.toContain('__PRECACHE__')
    expect(worker).not.toContain('process.env')
    expect(worker).toContain(buildId(outDir))
    for (const { url, revision } of precacheEntries(outDir)) {
      expect(worker).toContain(url)
      expect(worker).toContain(revision)
    }
    expect(worker.split('\n').length).toBeLessThan(5)
  }, 60_000)

  test('leaves the rest of the output alone', async () => {
    await builtWorker()
    expect(readFileSync(join(outDir, 'services/a/index.html'), 'utf8')).toContain('Group A')
  }, 60_000)

  test('writes a different worker when a page changes, so browsers install the new one', async () => {
    const before = await builtWorker()
    write('services/a/index.html', '<html><body><main>Group A, now on Tuesdays</main></body></html>')
    const after = await builtWorker()
    expect(after).not.toBe(before)
  }, 60_000)

  test('with the worker switched off, writes one that deletes its caches and unregisters', async () => {
    await bundleWorker(outDir, workerSources.switchedOff)
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8')
    expect(worker).toMatch(/^\(function\(\)\{/)
    expect(worker).toContain('unregister()')
    expect(worker).toContain('workbox-precache')
    expect(worker).not.toContain('fetch')
  }, 60_000)
})
