import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { testClock } from '../tests/clock'
import {
  backupPath,
  exportRun,
  importRun,
  parseRestoreArgs,
  studioDir,
  targetFromEnv,
  type SanityRun,
} from './dataset.ts'

const target = { projectId: 'abc123', dataset: 'production' }

type ManifestCommand = {
  flags: Record<string, { type: 'boolean' | 'option' }>
  args: Record<string, unknown>
}

/** The installed Sanity CLI's own description of its commands and their flags (oclif writes it). */
const cliCommands = (
  JSON.parse(
    readFileSync(
      join(
        dirname(createRequire(import.meta.url).resolve('@sanity/cli/package.json')),
        'oclif.manifest.json',
      ),
      'utf8',
    ),
  ) as { commands: Record<string, ManifestCommand> }
).commands

/** Fails when the installed CLI would not understand `run`: an unknown command or flag, or too many arguments. */
function expectCliAccepts({ args }: SanityRun): void {
  const [topic, verb, ...rest] = args
  const command = cliCommands[`${topic}:${verb}`]
  if (!command) throw new Error(`The Sanity CLI has no command "${topic} ${verb}"`)
  const positional: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const flag = command.flags[arg.slice(2)]
    expect(flag, `sanity ${topic} ${verb} ${arg}`).toBeDefined()
    if (flag?.type === 'option') i++
  }
  expect(positional.length).toBeLessThanOrEqual(Object.keys(command.args).length)
}

describe('targetFromEnv', () => {
  test("reads the site's project and dataset", () => {
    expect(targetFromEnv({ SANITY_PROJECT_ID: ' abc123 ', SANITY_DATASET: 'staging' })).toEqual({
      projectId: 'abc123',
      dataset: 'staging',
    })
  })

  test('uses the production dataset when none is named', () => {
    expect(targetFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: '' }).dataset).toBe('production')
  })

  test('says where to find the project id when it is missing', () => {
    expect(() => targetFromEnv({})).toThrow(/SANITY_PROJECT_ID is not set: .*sanity\.io\/manage/)
  })
})

describe('backupPath', () => {
  test("names the file after the dataset and the UK date, not UTC's", () => {
    expect(backupPath('production', new Date('2026-06-30T23:30:00Z'), '/b')).toBe(
      '/b/production-2026-07-01.tar.gz',
    )
    expect(backupPath('production', testClock(), '/b')).toBe('/b/production-2026-11-22.tar.gz')
  })
})

describe('exportRun', () => {
  const run = exportRun(target, '/b/production-2026-11-22.tar.gz')

  test('exports the dataset, with drafts and assets, into the file, from the studio workspace', () => {
    expect(run).toEqual({
      args: ['datasets', 'export', 'production', '/b/production-2026-11-22.tar.gz', '--project-id', 'abc123'],
      cwd: studioDir,
    })
    expect(run.args).not.toContain('--no-assets')
    expect(run.args).not.toContain('--no-drafts')
    // Today's earlier backup may be the good one.
    expect(run.args).not.toContain('--overwrite')
  })

  test('is a command the installed Sanity CLI accepts', () => {
    expectCliAccepts(run)
  })
})

describe('parseRestoreArgs', () => {
  test('reads the file and how to treat documents that exist now', () => {
    expect(parseRestoreArgs(['backups/production-2026-11-22.tar.gz', '--replace'])).toEqual({
      file: resolve('backups/production-2026-11-22.tar.gz'),
      mode: 'replace',
      confirmed: false,
    })
    expect(parseRestoreArgs(['--missing', 'b.tar.gz', '--yes'])).toMatchObject({
      mode: 'missing',
      confirmed: true,
    })
  })

  test('will not guess between replacing and keeping documents', () => {
    expect(() => parseRestoreArgs(['b.tar.gz'])).toThrow(/--replace or --missing/)
    expect(() => parseRestoreArgs(['b.tar.gz', '--replace', '--missing'])).toThrow(/--replace or --missing/)
  })

  test('wants exactly one file and no unknown options', () => {
    expect(() => parseRestoreArgs(['--replace'])).toThrow(/Name one backup file/)
    expect(() => parseRestoreArgs(['a.tar.gz', 'b.tar.gz', '--replace'])).toThrow(/Name one backup file/)
    expect(() => parseRestoreArgs(['a.tar.gz', '--replace', '--force'])).toThrow(/Unknown option --force/)
  })
})

describe('importRun', () => {
  test.each(['replace', 'missing'] as const)('imports the file into the dataset with --%s', (mode) => {
    const run = importRun(target, { file: '/b/p.tar.gz', mode, confirmed: true })
    expect(run).toEqual({
      args: [
        'datasets',
        'import',
        '/b/p.tar.gz',
        '--dataset',
        'production',
        '--project-id',
        'abc123',
        `--${mode}`,
      ],
      cwd: studioDir,
    })
    expectCliAccepts(run)
  })

  test('the check would notice a flag the CLI does not have', () => {
    expect(() => {
      expectCliAccepts({
        args: ['datasets', 'import', 'x', '--dataset', 'production', '--overwrite'],
        cwd: studioDir,
      })
    }).toThrow(/--overwrite/)
  })

  test('runs beside the Studio, where the CLI finds its configuration', () => {
    expect(existsSync(join(studioDir, 'sanity.cli.ts'))).toBe(true)
  })
})
