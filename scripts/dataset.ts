/**
 * Backups of the Sanity dataset, through the Sanity CLI in the studio workspace.
 *
 * - `npm run backup` exports the dataset, documents and assets, drafts included, to
 *   `backups/<dataset>-<YYYY-MM-DD>.tar.gz` (the date in the UK).
 * - `npm run restore -- <file> --replace` imports a backup over the dataset: each document in the
 *   file replaces the one with the same id, and deleted ones come back. `--missing` brings back only
 *   documents that no longer exist and leaves every other document as it is now. It asks you to type
 *   the dataset's name first, unless `--yes` is given.
 *
 * The project and dataset are the site's own settings: `SANITY_PROJECT_ID` and `SANITY_DATASET`
 * (default `production`). The CLI signs in as you (`npx sanity login`), or with `SANITY_AUTH_TOKEN`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { fileURLToPath } from 'node:url'
import { todayInUk } from '@findpeersupport/content-model/rules'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))

/** Where the Sanity CLI runs: beside the Studio's sanity.cli.ts. */
export const studioDir = join(repositoryRoot, 'studio')

/** Where `npm run backup` writes its files (kept out of git by .gitignore). */
export const backupsDir = join(repositoryRoot, 'backups')

export type Target = { projectId: string; dataset: string }

type Env = Record<string, string | undefined>

/** The project and dataset to back up or restore: the site's settings, as the build reads them. */
export function targetFromEnv(env: Env): Target {
  const projectId = env['SANITY_PROJECT_ID']?.trim()
  if (!projectId) {
    throw new Error(
      'SANITY_PROJECT_ID is not set: set it to your project id (sanity.io/manage → your project; ' +
        'the id is under its name), for example SANITY_PROJECT_ID=abc123 npm run backup',
    )
  }
  return { projectId, dataset: env['SANITY_DATASET']?.trim() || 'production' }
}

/** A CLI run: the `sanity` command's arguments. */
export type SanityRun = { args: string[]; cwd: string }

/** The backup file for `dataset` made on the UK date of `now`. */
export function backupPath(dataset: string, now: Date, dir = backupsDir): string {
  return join(dir, `${dataset}-${todayInUk(now)}.tar.gz`)
}

/** `sanity datasets export`: documents, drafts and assets, into `file`. */
export function exportRun(target: Target, file: string): SanityRun {
  return {
    args: ['datasets', 'export', target.dataset, file, '--project-id', target.projectId],
    cwd: studioDir,
  }
}

/** How a restore treats documents that already exist in the dataset. */
export type RestoreMode = 'replace' | 'missing'

export type RestoreRequest = { file: string; mode: RestoreMode; confirmed: boolean }

const restoreUsage =
  'Usage: npm run restore -- <backup file> --replace (or --missing) [--yes]\n' +
  '  --replace  each document in the backup replaces the one with the same id now; deleted ones come back.\n' +
  '             Documents made since the backup stay.\n' +
  '  --missing  only documents that no longer exist come back; every other document stays as it is now.\n' +
  '  --yes      do not ask to confirm (for scripts).'

/** Reads `npm run restore -- …`'s arguments; throws with the usage when they do not say what to do. */
export function parseRestoreArgs(argv: readonly string[]): RestoreRequest {
  const flags = argv.filter((arg) => arg.startsWith('--'))
  const files = argv.filter((arg) => !arg.startsWith('--'))
  const unknown = flags.filter((flag) => !['--replace', '--missing', '--yes'].includes(flag))
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')}.\n${restoreUsage}`)
  if (files.length !== 1) throw new Error(`Name one backup file to restore.\n${restoreUsage}`)
  const modes = (['replace', 'missing'] as const).filter((mode) => flags.includes(`--${mode}`))
  if (modes.length !== 1) {
    throw new Error(`Say what to do with documents that exist now: --replace or --missing.\n${restoreUsage}`)
  }
  return { file: resolve(files[0] ?? ''), mode: modes[0] ?? 'replace', confirmed: flags.includes('--yes') }
}

/** `sanity datasets import`: the backup into the dataset, replacing or keeping what exists. */
export function importRun(target: Target, request: RestoreRequest): SanityRun {
  return {
    args: [
      'datasets',
      'import',
      request.file,
      '--dataset',
      target.dataset,
      '--project-id',
      target.projectId,
      `--${request.mode}`,
    ],
    cwd: studioDir,
  }
}

function runSanity({ args, cwd }: SanityRun): void {
  // `sanity` is on the PATH under `npm run`, from node_modules/.bin.
  const { status, error } = spawnSync('sanity', args, { cwd, stdio: 'inherit' })
  if (error) throw error
  if (status !== 0) process.exit(status ?? 1)
}

function backup(): void {
  const target = targetFromEnv(process.env)
  const file = backupPath(target.dataset, new Date())
  if (existsSync(file)) {
    // Never overwrite: after a mistake, today's earlier backup may be the good one.
    throw new Error(`${file} already exists: today's backup is made. Move or rename it to make another.`)
  }
  runSanity(exportRun(target, file))
  console.log(`Backed up ${target.dataset} to ${file}`)
}

async function restore(argv: readonly string[]): Promise<void> {
  const request = parseRestoreArgs(argv)
  const target = targetFromEnv(process.env)
  if (!existsSync(request.file)) throw new Error(`${request.file} does not exist.`)
  if (!request.confirmed) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout })
    const answer = await prompt.question(
      `This changes the live dataset "${target.dataset}" in project ${target.projectId} (--${request.mode}).\n` +
        `Type the dataset's name to go on: `,
    )
    prompt.close()
    if (answer.trim() !== target.dataset) throw new Error('Nothing was restored.')
  }
  runSanity(importRun(target, request))
  console.log(
    `Restored ${request.file} into ${target.dataset}. The webhook rebuilds the site; ` +
      'if it is not set up, run the "Publish the site" workflow by hand.',
  )
}

if (import.meta.main) {
  const [command, ...rest] = process.argv.slice(2)
  try {
    if (command === 'backup') backup()
    else if (command === 'restore') await restore(rest)
    else throw new Error('Usage: npm run backup | npm run restore -- <file> --replace|--missing [--yes]')
  } catch (error) {
    console.error((error as Error).message)
    process.exitCode = 1
  }
}
