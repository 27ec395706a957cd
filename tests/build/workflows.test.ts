/**
 * The GitHub Actions workflows that publish the site and back up the dataset: they must parse, run
 * on the events the README promises, hand secrets only to the steps that need them, and call
 * scripts and npm commands that exist.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

type Step = {
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
type Job = {
  if?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  environment?: { name: string }
  env?: Record<string, string>
  steps: Step[]
}
type Workflow = {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress': boolean }
  env?: Record<string, string>
  jobs: Record<string, Job>
}

const read = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow
const publish = read('publish.yml')
const backup = read('backup.yml')
const workflows = { 'publish.yml': publish, 'backup.yml': backup }

/** The only steps that may hold a secret, by workflow and step name. */
const stepsWithSecrets: Record<string, readonly string[]> = {
  'publish.yml': ['Build the site'],
  'backup.yml': ['Export the dataset', 'Write the due-for-check report'],
}

/** Every string in `value` with its path, like `jobs.build.steps.3.env.SANITY_API_READ_TOKEN`. */
function strings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]))
  return []
}

const stepNamed = (job: Job | undefined, name: string): Step => {
  const step = job?.steps.find((candidate) => candidate.name === name)
  if (!step) throw new Error(`no step "${name}"`)
  return step
}

const packageScripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts

describe.each(Object.entries(workflows))('%s', (file, workflow) => {
  test('hands secrets only to the steps that need them, in their env, never to a command line or an action', () => {
    const uses = strings(workflow).filter(({ text }) => /\bsecrets\./.test(text))
    expect(uses.length).toBeGreaterThan(0)
    for (const { path } of uses) {
      const [jobs, job, steps, index, env] = path
      const where = path.join('.')
      expect([jobs, steps, env], where).toEqual(['jobs', 'steps', 'env'])
      const step = workflow.jobs[job as string]?.steps[index as number]
      expect(stepsWithSecrets[file], where).toContain(step?.name)
    }
  })

  test('gives the workflow token no more than read access to the code', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  test('installs Node from .nvmrc with npm install, as CI does', () => {
    for (const job of Object.values(workflow.jobs).filter((job) =>
      job.steps.some((step) => step.run?.startsWith('npm')),
    )) {
      expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({
        'node-version-file': '.nvmrc',
      })
      const runs = job.steps.map((step) => step.run ?? '')
      expect(runs).toContain('npm install --no-audit --no-fund')
      expect(runs.join('\n')).not.toMatch(/npm ci\b/)
    }
  })

  test('runs only npm scripts and files that exist', () => {
    const commands = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => step.run ?? []),
    )
    for (const command of commands) {
      for (const [, script] of command.matchAll(/npm run ([\w:-]+)/g))
        expect(Object.keys(packageScripts), `package.json has no "${script ?? ''}" script`).toContain(script)
      for (const [, file] of command.matchAll(/node (\S+\.ts)/g))
        expect(existsSync(file ?? ''), file).toBe(true)
    }
  })
})

describe('publish.yml', () => {
  const build = publish.jobs['build']
  const deploy = publish.jobs['deploy']

  test('publishes on a push to main, every day, on the Sanity webhook and by hand', () => {
    expect(publish.on['push']).toEqual({ branches: ['main'] })
    const schedule = publish.on['schedule'] as { cron: string }[]
    expect(schedule).toHaveLength(1)
    expect(schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/)
    expect(publish.on['repository_dispatch']).toEqual({ types: ['sanity-content-changed'] })
    expect(publish.on['workflow_dispatch']).toMatchObject({
      inputs: { allow_fewer_listings: { type: 'boolean', default: false } },
    })
  })

  test('builds with the project settings, the Studio for the same project, and the token only if one is set', () => {
    expect(stepNamed(build, 'Build the site')).toMatchObject({
      run: 'npm run build',
      env: {
        SANITY_PROJECT_ID: '${{ vars.SANITY_PROJECT_ID }}',
        SANITY_DATASET: "${{ vars.SANITY_DATASET || 'production' }}",
        SANITY_API_READ_TOKEN: '${{ secrets.SANITY_API_READ_TOKEN }}',
        SANITY_STUDIO_PROJECT_ID: '${{ vars.SANITY_PROJECT_ID }}',
        SANITY_STUDIO_DATASET: "${{ vars.SANITY_DATASET || 'production' }}",
        SITE_URL: '${{ vars.SITE_URL }}',
      },
    })
  })

  test('never publishes the sample dataset in place of a project', () => {
    expect(build?.if).toBe("vars.SANITY_PROJECT_ID != ''")
  })

  test('compares the build with the live site before uploading it, and both guards obey "allow fewer listings"', () => {
    const names = build?.steps.map((step) => step.name ?? step.uses) ?? []
    const compare = names.indexOf('Compare with the live site')
    expect(compare).toBeGreaterThan(names.indexOf('Build the site'))
    expect(compare).toBeLessThan(
      names.findIndex((name) => name?.startsWith('actions/upload-pages-artifact@')),
    )
    expect(stepNamed(build, 'Compare with the live site').run).toBe(
      'node scripts/check-live-listings.ts dist',
    )
    for (const name of ['Build the site', 'Compare with the live site']) {
      expect(stepNamed(build, name).env?.['ALLOW_FEW_LISTINGS']).toBe('${{ inputs.allow_fewer_listings }}')
    }
  })

  test('deploys the built site to GitHub Pages, one deploy at a time, none cut off halfway', () => {
    expect(
      build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with,
    ).toEqual({
      path: 'dist',
    })
    expect(deploy).toMatchObject({
      needs: 'build',
      permissions: { pages: 'write', 'id-token': 'write' },
      environment: { name: 'github-pages' },
    })
    expect(deploy?.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)])
    expect(publish.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false })
  })
})

describe('backup.yml', () => {
  const crons = (backup.on['schedule'] as { cron: string }[]).map(({ cron }) => cron)
  const export_ = backup.jobs['export']
  const report = backup.jobs['due-for-check']

  test('runs every day and once a week, and the jobs tell the two apart by the same schedules', () => {
    expect(crons).toEqual([
      expect.stringMatching(/^\d+ \d+ \* \* \*$/),
      expect.stringMatching(/^\d+ \d+ \* \* \d$/),
    ])
    const weekly = crons[1] ?? ''
    expect(export_?.if).toContain(`github.event.schedule != '${weekly}'`)
    expect(report?.if).toContain(`github.event.schedule == '${weekly}'`)
  })

  test('keeps backups and reports only in a private repository', () => {
    for (const job of [export_, report]) {
      expect(job?.needs).toBe('private')
      expect(job?.if).toMatch(/^needs\.private\.outputs\.private == 'true' && /)
    }
  })

  test('exports with the read token as the CLI sign-in, and keeps each export for 30 days', () => {
    expect(stepNamed(export_, 'Export the dataset')).toMatchObject({
      run: 'npm run backup',
      env: { SANITY_AUTH_TOKEN: '${{ secrets.SANITY_API_READ_TOKEN }}' },
    })
    expect(
      export_?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with,
    ).toMatchObject({
      path: 'backups/',
      'retention-days': 30,
    })
  })

  test('uploads the due-for-check report it writes', () => {
    const file = /npm run report:due -- (\S+)/.exec(
      stepNamed(report, 'Write the due-for-check report').run ?? '',
    )?.[1]
    expect(file).toBeDefined()
    expect(
      report?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with,
    ).toMatchObject({
      path: file,
    })
  })
})
