import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { defaultTestTime } from '../clock.ts'

/** A whole site built from a dataset of the test's own, and what the build printed. */
export interface BuiltCopy {
  outDir: string
  output: string
  remove(): Promise<void>
}

/**
 * Builds the site from `ndjson` (a dataset in Sanity's export format) into a throwaway folder,
 * at the suite's clock and without the Studio, which reads no content. Builds in this tree take
 * turns (`flock`): they share Astro's content cache, node_modules/.astro/data-store.json.
 */
export async function buildFrom(ndjson: string, name: string): Promise<BuiltCopy> {
  const workDir = await mkdtemp(join(tmpdir(), `fps-${name}-`))
  const dataset = join(workDir, `${name}.ndjson`)
  const outDir = join(workDir, 'dist')
  await writeFile(dataset, ndjson)
  const result = await promisify(execFile)(
    'flock',
    [
      join(tmpdir(), 'astro-build.lock'),
      process.execPath,
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--outDir',
      outDir,
    ],
    {
      env: {
        ...process.env,
        CONTENT_DATASET_FILE: dataset,
        BUILD_STUDIO: 'false',
        BUILD_TIME: process.env['BUILD_TIME'] || defaultTestTime,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  return {
    outDir,
    output: result.stdout + result.stderr,
    remove: () => rm(workDir, { recursive: true, force: true }),
  }
}
