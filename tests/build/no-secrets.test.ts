/**
 * A read token exists only while the site builds. One whole build, the way the publish workflow runs
 * it: from a Sanity project (a stand-in Content Lake on loopback) with a read token and the other
 * Sanity tokens set, each to a value made up for this run. The build must use the token, and no file
 * it writes (pages, scripts, the Studio at /studio, the search index) may hold any of them.
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startContentLake, type ContentLakeServer } from '../content-lake-server'
import { fixtureDocuments } from '../fixtures/directory'

/** Secret-like settings a publishing machine may hold; none may reach the built site. */
const secrets = {
  SANITY_API_READ_TOKEN: `skCanaryRead${randomUUID()}`,
  SANITY_AUTH_TOKEN: `skCanaryAuth${randomUUID()}`,
  SANITY_IMPORT_TOKEN: `skCanaryImport${randomUUID()}`,
}

/** Public by design: the Studio needs them in the browser. */
const projectId = `p${randomUUID().slice(0, 8)}`

let lake: ContentLakeServer
let workDir: string
let outDir: string
let files: Map<string, Buffer>

beforeAll(async () => {
  lake = await startContentLake(fixtureDocuments)
  workDir = await mkdtemp(join(tmpdir(), 'fps-secrets-'))
  outDir = join(workDir, 'dist')
  await promisify(execFile)(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      env: {
        ...process.env,
        ...secrets,
        SANITY_PROJECT_ID: projectId,
        SANITY_DATASET: 'production',
        SANITY_API_HOST: lake.apiHost,
        SANITY_STUDIO_PROJECT_ID: projectId,
        SANITY_STUDIO_DATASET: 'production',
        BUILD_TIME: '2026-11-22T09:00:00Z',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  const paths = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
  files = new Map(
    await Promise.all(paths.map(async (path) => [path.slice(outDir.length), await readFile(path)] as const)),
  )
}, 240_000)

afterAll(async () => {
  await lake.close()
  await rm(workDir, { recursive: true, force: true })
})

describe('a build with a read token', () => {
  test('read the directory from the project, with the token', () => {
    expect(lake.requests.length).toBeGreaterThan(0)
    expect([...lake.tokens]).toEqual([secrets.SANITY_API_READ_TOKEN])
    expect(files.has('/services/croydon-hearing-voices-group/index.html')).toBe(true)
  })

  test('built the Studio for the project, with its public id in its scripts', () => {
    // The scan below would find a baked-in setting: the public project id is one.
    expect(existsSync(join(outDir, 'studio', 'index.html'))).toBe(true)
    const withProjectId = [...files]
      .filter(([, content]) => content.includes(projectId))
      .map(([path]) => path)
    expect(withProjectId.some((path) => path.startsWith('/_astro/') && path.endsWith('.js'))).toBe(true)
  })

  test.each(Object.keys(secrets))('wrote %s into no file', (name) => {
    const secret = secrets[name as keyof typeof secrets]
    const holding = [...files].filter(([, content]) => content.includes(secret)).map(([path]) => path)
    expect(holding, `files holding ${name}`).toEqual([])
  })
})
