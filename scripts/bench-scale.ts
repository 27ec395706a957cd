/**
 * How the build copes with a national directory: generates a synthetic directory of N listings
 * (the sample's services, courses, opportunities, organisations and venues cloned over about 150
 * areas: scripts/lib/synthetic-directory.ts), builds the site from it into a throwaway folder,
 * builds a bare Astro site of N minimal pages as a baseline in the same run, and prints a table:
 * wall time and peak memory of the content sync, page generation and search indexing; pages per
 * second; files written; the largest page of each type (gzipped); the search index; and the
 * build's time as a multiple of the baseline's. Then Astro's own per-page times, added up by
 * route, say which pages the generation spends its time on.
 *
 * By default it runs at 2,000, 5,000 and 20,000 listings, so the table shows how the cost grows
 * (about 15 minutes on 2 cores). It needs no Sanity account: only what `npm install` gives.
 *
 *   npm run bench:scale
 *   npm run bench:scale -- --sizes 2000            (one size: about a minute)
 *   npm run bench:scale -- --sizes 20000 --keep    (keeps the built sites and the dataset to look at)
 *
 * Phase times come from when the build's log lines arrive (Astro's "[content] Syncing content",
 * "generating static routes", and "[find-peer-support:pagefind] Indexed N pages"); the build's
 * peak memory from `/usr/bin/time -f %M` (the largest single process it waited for: Node, as
 * Node does not wait for the Pagefind process it starts), and each phase's peak, and Pagefind's,
 * from sampling the resident memory of all the build's processes every 200 ms. Builds take turns with
 * others in this tree (`flock`), as they share Astro's content cache. The machine is whatever
 * runs this: figures from one run are noisy, so compare sizes within one run.
 */
import { spawn } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { sampleDocuments, syntheticDirectory, toNdjson } from './lib/synthetic-directory.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs')
const buildLock = join(tmpdir(), 'astro-build.lock')
const buildTime = '2026-11-22T09:00:00Z'

const sizesAt = process.argv.indexOf('--sizes')
const sizes = (sizesAt > 0 ? (process.argv[sizesAt + 1] ?? '') : '2000,5000,20000').split(',').map(Number)
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes takes whole numbers joined by commas, like 2000,5000,20000`)
const keep = process.argv.includes('--keep')

// ---------------------------------------------------------------------------------------
// Running a build and watching it

interface Line {
  at: number
  text: string
}
interface BuildRun {
  lines: Line[]
  /** Wall time of the build alone (not the wait for the lock), in seconds. */
  seconds: number
  /** Peak resident memory of the build's largest process, in bytes. */
  peakBytes: number
  /** Resident memory of all the build's processes, sampled: [time, bytes]. */
  memory: [number, number][]
  /** The most resident memory Pagefind's own process (which Node starts) was seen to use. */
  pagefindPeakBytes: number
}

/** The ids of `pid` and every process under it. */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid]
  for (let index = 0; index < tree.length; index += 1) tree.push(...(parents.get(tree[index] ?? 0) ?? []))
  return tree
}

const pageSize = 4096
/** The resident memory of these processes together, and of the Pagefind one among them. */
function residentBytes(pids: number[]): { total: number; pagefind: number } {
  let total = 0
  let pagefind = 0
  for (const pid of pids) {
    try {
      const bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize
      total += bytes
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind'))
        pagefind = Math.max(pagefind, bytes)
    } catch {
      // The process ended while we looked.
    }
  }
  return { total, pagefind }
}

/** Runs `astro build` in `cwd` under the build lock and `/usr/bin/time`, stamping each log line. */
function runBuild(cwd: string, outDir: string, env: Record<string, string>): Promise<BuildRun> {
  const marker = 'bench-scale-time'
  const child = spawn(
    'flock',
    [
      buildLock,
      '/usr/bin/time',
      '-f',
      `${marker} %e %M`,
      process.execPath,
      astroBin,
      'build',
      '--outDir',
      outDir,
    ],
    { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } },
  )
  const lines: Line[] = []
  const memory: [number, number][] = []
  let pagefindPeakBytes = 0
  const started = performance.now()
  const sampler = setInterval(() => {
    if (!child.pid) return
    const { total, pagefind } = residentBytes(processTree(child.pid))
    memory.push([performance.now() - started, total])
    pagefindPeakBytes = Math.max(pagefindPeakBytes, pagefind)
  }, 200)
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n')
      rest = parts.pop() ?? ''
      const at = performance.now() - started
      for (const text of parts) lines.push({ at, text })
    })
  }
  collect(child.stdout)
  collect(child.stderr)
  return new Promise((done, fail) => {
    child.on('close', (code) => {
      clearInterval(sampler)
      const timing = lines.find((line) => line.text.startsWith(marker))?.text.split(' ')
      if (code !== 0 || !timing) {
        fail(
          new Error(
            `The build in ${cwd} failed (exit ${code}):\n${lines
              .slice(-30)
              .map((line) => line.text)
              .join('\n')}`,
          ),
        )
        return
      }
      done({
        lines,
        seconds: Number(timing[1]),
        peakBytes: Number(timing[2]) * 1024,
        memory,
        pagefindPeakBytes,
      })
    })
  })
}

/** When the first line matching `pattern` (at or after `from` ms) arrived. */
function lineAt(run: BuildRun, pattern: RegExp, from = 0): number {
  const line = run.lines.find((candidate) => candidate.at >= from && pattern.test(candidate.text))
  if (!line) throw new Error(`The build printed no line like ${pattern}: has Astro's log changed?`)
  return line.at
}

interface Phase {
  name: string
  seconds: number
  peakBytes: number
}

function phasesOf(run: BuildRun): Phase[] {
  const syncStart = lineAt(run, /\[content\] Syncing content/)
  const syncEnd = lineAt(run, /\[content\] Synced content/, syncStart)
  const pagesStart = lineAt(run, /generating static routes/, syncEnd)
  const pagesEnd = lineAt(run, /✓ Completed in/, pagesStart)
  const indexStart = lineAt(run, /sitemap-index\.xml` created/, pagesEnd)
  const indexEnd = lineAt(run, /\[find-peer-support:pagefind\] Indexed \d+ pages/, indexStart)
  const answersEnd = lineAt(run, /\[find-peer-support:pagefind\] Wrote ready answers/, indexEnd)
  const peak = (from: number, to: number) =>
    Math.max(0, ...run.memory.filter(([at]) => at >= from && at <= to).map(([, bytes]) => bytes))
  const phase = (name: string, from: number, to: number) => ({
    name,
    seconds: (to - from) / 1000,
    peakBytes: peak(from, to),
  })
  return [
    phase('content sync', syncStart, syncEnd),
    phase('page generation', pagesStart, pagesEnd),
    phase('Pagefind indexing', indexStart, indexEnd),
    phase('ready answers', indexEnd, answersEnd),
  ]
}

/** Astro's own time for each page ("├─ /services/x/index.html (+12ms)"), added up by route. */
function routeTimes(run: BuildRun): Map<string, { pages: number; ms: number }> {
  const routes = new Map<string, { pages: number; ms: number }>()
  for (const { text } of run.lines) {
    const match = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text)
    if (!match) continue
    const [, path = '', amount = '0', unit] = match
    const route = path
      .replace(
        /^\/(services|courses|opportunities|organisations|recovery-colleges|areas|topics)\/(?!index\.html)[^/]+?(\.ics|\/|$)/,
        '/$1/[slug]$2',
      )
      .replace(/\/open-data\/(services|organizations)\/[^/]+\.json$/, '/open-data/$1/[id].json')
      .replace(/\/page-\d+\.json$/, '/page-[number].json')
    const entry = routes.get(route) ?? { pages: 0, ms: 0 }
    entry.pages += 1
    entry.ms += Number(amount) * (unit === 's' ? 1000 : 1)
    routes.set(route, entry)
  }
  return routes
}

// ---------------------------------------------------------------------------------------
// What the build wrote

interface Written {
  files: number
  bytes: number
  htmlPages: number
  listingPages: number
  searchFiles: number
  searchBytes: number
  /** The largest page of each type: its path and gzipped size. */
  largest: Map<string, { path: string; gzipBytes: number }>
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return { path, bytes: statSync(path).size }
    })
}

/** The type of page a built file is, by its address: "service", "list of services", "home"… */
function pageType(path: string): string | undefined {
  if (!path.endsWith('.html')) return undefined
  if (path === 'index.html') return 'home'
  if (path === 'search/index.html') return 'search'
  const [first = '', ...rest] = path.split('/')
  const types: Record<string, string> = {
    services: 'service',
    courses: 'course',
    opportunities: 'opportunity',
    organisations: 'organisation',
    'recovery-colleges': 'organisation',
    areas: 'area',
    topics: 'topic',
  }
  const type = types[first]
  if (!type) return 'other'
  return rest.length === 2 ? type : `list of ${first}`
}

function writtenBy(outDir: string): Written {
  const files = filesUnder(outDir).map((file) => ({ ...file, path: relative(outDir, file.path) }))
  const byType = new Map<string, { path: string; bytes: number }[]>()
  for (const file of files) {
    const type = pageType(file.path)
    if (type) byType.set(type, [...(byType.get(type) ?? []), file])
  }
  const largest = new Map<string, { path: string; gzipBytes: number }>()
  for (const [type, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    // The gzipped size follows the raw size closely: gzip only the biggest few of each type.
    const biggest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5)
    const sized = biggest.map((page) => ({
      path: page.path,
      gzipBytes: gzipSync(readFileSync(join(outDir, page.path)), { level: 9 }).length,
    }))
    const top = sized.sort((a, b) => b.gzipBytes - a.gzipBytes)[0]
    if (top) largest.set(type, top)
  }
  const search = files.filter((file) => file.path.startsWith('pagefind/'))
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    htmlPages: files.filter((file) => file.path.endsWith('.html')).length,
    listingPages: ['service', 'course', 'opportunity'].reduce(
      (sum, type) => sum + (byType.get(type)?.length ?? 0),
      0,
    ),
    searchFiles: search.length,
    searchBytes: search.reduce((sum, file) => sum + file.bytes, 0),
    largest,
  }
}

// ---------------------------------------------------------------------------------------
// The builds

/** A bare Astro site of `count` minimal pages, with its own caches, sharing this repo's node_modules. */
function writeBaseline(dir: string, count: number): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
  )
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `export default { cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } }\n`,
  )
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, index) => ({ params: { slug: \`listing-\${index + 1}\` } }))
}
const { slug } = Astro.params
---
<html lang="en"><head><meta charset="utf-8"><title>{slug}</title></head>
<body><h1>{slug}</h1><p>A minimal page.</p></body></html>
`,
  )
}

interface Result {
  size: number
  run: BuildRun
  phases: Phase[]
  written: Written
  baselineSeconds: number
  problems: string[]
}

const sample = sampleDocuments()

async function measure(size: number, workDir: string): Promise<Result> {
  const dataset = join(workDir, `directory-${size}.ndjson`)
  writeFileSync(dataset, toNdjson(syntheticDirectory(sample, { listings: size })))
  console.log(`${size} listings: building the site from ${dataset}…`)
  const outDir = join(workDir, `site-${size}`)
  const run = await runBuild(root, outDir, {
    CONTENT_DATASET_FILE: dataset,
    BUILD_STUDIO: 'false',
    BUILD_TIME: buildTime,
  })
  const problems = run.lines.filter((line) => line.text.includes('[content check]')).map((line) => line.text)
  const written = writtenBy(outDir)
  console.log(`${size} listings: building the bare Astro baseline…`)
  const baselineDir = join(workDir, `baseline-${size}`)
  writeBaseline(baselineDir, size)
  const baseline = await runBuild(baselineDir, join(baselineDir, 'dist'), {})
  if (!keep) {
    rmSync(outDir, { recursive: true, force: true })
    rmSync(baselineDir, { recursive: true, force: true })
  }
  return { size, run, phases: phasesOf(run), written, baselineSeconds: baseline.seconds, problems }
}

// ---------------------------------------------------------------------------------------
// The table

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const s = (seconds: number) => `${seconds.toFixed(1)} s`

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows
    .map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`)
    .flatMap((line, index) =>
      index === 0 ? [line, `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`] : [line],
    )
    .join('\n')
}

function report(results: Result[]): string {
  const phaseRow = (name: string, show: (phase: Phase) => string) => [
    name,
    ...results.map((result) => {
      const phase = result.phases.find((candidate) => candidate.name === name.split(':')[0])
      return phase ? show(phase) : '-'
    }),
  ]
  const types = [...new Set(results.flatMap((result) => [...result.written.largest.keys()]))]
  const rows: string[][] = [
    ['Listings', ...results.map((result) => result.size.toLocaleString('en-GB'))],
    ['Build, wall time', ...results.map((result) => s(result.run.seconds))],
    ['Bare Astro, same number of pages', ...results.map((result) => s(result.baselineSeconds))],
    [
      'Build ÷ bare Astro',
      ...results.map((result) => `${(result.run.seconds / result.baselineSeconds).toFixed(1)}×`),
    ],
    phaseRow('content sync', (phase) => s(phase.seconds)),
    phaseRow('page generation', (phase) => s(phase.seconds)),
    phaseRow('Pagefind indexing', (phase) => s(phase.seconds)),
    phaseRow('ready answers', (phase) => s(phase.seconds)),
    [
      'everything else (start-up, bundling, sitemap)',
      ...results.map((result) =>
        s(result.run.seconds - result.phases.reduce((sum, phase) => sum + phase.seconds, 0)),
      ),
    ],
    ['Peak memory, Node (/usr/bin/time)', ...results.map((result) => mb(result.run.peakBytes))],
    ['Peak memory, Pagefind process (sampled)', ...results.map((result) => mb(result.run.pagefindPeakBytes))],
    phaseRow('content sync: peak memory, all processes', (phase) => mb(phase.peakBytes)),
    phaseRow('page generation: peak memory, all processes', (phase) => mb(phase.peakBytes)),
    phaseRow('Pagefind indexing: peak memory, all processes', (phase) => mb(phase.peakBytes)),
    [
      'HTML pages (listing pages)',
      ...results.map((r) => `${r.written.htmlPages} (${r.written.listingPages})`),
    ],
    [
      'HTML pages per second of generation',
      ...results.map((result) => {
        const generation = result.phases.find((phase) => phase.name === 'page generation')?.seconds ?? 0
        return (result.written.htmlPages / generation).toFixed(0)
      }),
    ],
    [
      'Build time per listing',
      ...results.map((result) => `${((result.run.seconds * 1000) / result.size).toFixed(1)} ms`),
    ],
    ['Files written', ...results.map((result) => result.written.files.toLocaleString('en-GB'))],
    ['Total size', ...results.map((result) => mb(result.written.bytes))],
    [
      'Search index (dist/pagefind)',
      ...results.map((result) => `${mb(result.written.searchBytes)}, ${result.written.searchFiles} files`),
    ],
    ...types.map((type) => [
      `Largest ${type} page, gzipped`,
      ...results.map((result) => {
        const page = result.written.largest.get(type)
        return page ? kb(page.gzipBytes) : '-'
      }),
    ]),
  ]
  return table(rows)
}

function routeReport(result: Result): string {
  const routes = [...routeTimes(result.run)].sort(([, a], [, b]) => b.ms - a.ms)
  const total = routes.reduce((sum, [, route]) => sum + route.ms, 0)
  return table([
    ['Route', 'Pages', 'Total', 'Share', 'Per page'],
    ...routes
      .slice(0, 15)
      .map(([route, { pages, ms }]) => [
        route,
        String(pages),
        s(ms / 1000),
        `${((100 * ms) / total).toFixed(0)}%`,
        `${(ms / pages).toFixed(1)} ms`,
      ]),
  ])
}

const workDir = mkdtempSync(join(tmpdir(), 'fps-bench-scale-'))
const results: Result[] = []
try {
  for (const size of sizes) results.push(await measure(size, workDir))
} finally {
  if (!keep) rmSync(workDir, { recursive: true, force: true })
}

console.log(
  `\nFind Peer Support at scale: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, one run each\n`,
)
console.log(report(results))
const largest = results.at(-1)
if (largest) {
  console.log(
    `\nWhere page generation spends its time at ${largest.size} listings (Astro's per-page times, by route):\n`,
  )
  console.log(routeReport(largest))
}
for (const result of results) {
  if (result.problems.length > 0) {
    console.error(
      `\n${result.size} listings: the content check found problems:\n${result.problems.slice(0, 10).join('\n')}`,
    )
    process.exitCode = 1
  }
  if (result.written.listingPages !== result.size) {
    console.error(`\n${result.size} listings built ${result.written.listingPages} listing pages`)
    process.exitCode = 1
  }
}
if (keep) console.log(`\nThe datasets and built sites are in ${workDir}`)
