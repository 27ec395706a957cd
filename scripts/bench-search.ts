/**
 * How fast search answers on a slow phone, in three journeys, each in a fresh browser (cold cache):
 *
 * (a) home:   a person opens the home page, taps the search box, types a search (150 ms a key)
 *             and presses Enter: time from Enter to the first result on the search page;
 * (b) link:   a shared link to that search, opened cold: time from the start of navigation to
 *             the first result;
 * (c) second: on that page, once it has settled, the person types a second search in the box
 *             and presses Enter: time from Enter to the first new result.
 *
 * Each runs twice: with "hearing voices" then "carers", which have ready answers, and with
 * "hearing voices group" then "carers group", which the search engine must answer.
 *
 * Each journey is timed with the page's own clock and its bytes counted as the host sent them
 * (compressed), from its first page until the network has been quiet for a second: filter counts
 * and anything else the page fetches after the results are included; for (a), the home page too. The host is scripts/lib/slow-host.ts: 150 ms
 * round trip, 1.6 Mbit/s down, for every fetch (page, preloads and service worker alike).
 *
 * By default it builds the sample directory and a synthetic one of 20,000 listings
 * (scripts/lib/synthetic-directory.ts) into a temporary folder, about 8 minutes in all, and
 * prints the median, fastest and slowest of 5 runs of each journey, for each pair of searches, at
 * each size.
 *
 *   npm run bench
 *   npm run bench -- --sizes sample --runs 9          (the sample only: about a minute)
 *   npm run bench -- --site dist                      (a site already built, instead of building)
 *   npm run bench -- --sizes 20000 --keep             (keeps the built sites to look at)
 *   npm run bench -- --cpu 4                          (also slows the CPU 4x, like a cheap phone)
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './lib/chromium.ts'
import { serveSlowly, slowMobile, type SlowHost, type Traffic } from './lib/slow-host.ts'
import { sampleDocuments, syntheticDirectory, toNdjson } from './lib/synthetic-directory.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const argument = (name: string) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const runs = Number(argument('--runs') ?? 5)
const cpuSlowdown = Number(argument('--cpu') ?? 1)
const sizes = (argument('--sizes') ?? 'sample,20000').split(',')
const givenSite = argument('--site')
const keep = process.argv.includes('--keep')
/**
 * The searches made: the issue's own, which have ready answers (site/lib/search/answers.ts), and
 * the same with a word more, which the search engine must answer.
 */
const searches = [
  { name: 'ready answer', first: 'hearing voices', second: 'carers' },
  { name: 'engine', first: 'hearing voices group', second: 'carers group' },
] as const
type Searches = (typeof searches)[number]
/** How long a person takes over each key. */
const keyDelayMs = 150

if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, like 5')
if (sizes.some((size) => size !== 'sample' && !/^\d+$/.test(size)))
  throw new Error('--sizes takes "sample" and whole numbers of listings, joined by commas, like sample,20000')

// ---------------------------------------------------------------------------------------
// Building the sites

/** Builds the site into `outDir`, from `dataset` (NDJSON) or the sample, taking turns with other builds. */
function build(outDir: string, dataset: string | undefined): Promise<void> {
  const child = spawn(
    'flock',
    [
      join(tmpdir(), 'astro-build.lock'),
      process.execPath,
      join(root, 'node_modules/astro/bin/astro.mjs'),
    ].concat(['build', '--outDir', outDir]),
    {
      cwd: root,
      env: {
        ...process.env,
        BUILD_TIME: '2026-11-22T09:00:00Z',
        BUILD_STUDIO: 'false',
        ...(dataset ? { CONTENT_DATASET_FILE: dataset } : {}),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      if (code === 0) done()
      else fail(new Error(`The build into ${outDir} failed`))
    }),
  )
}

async function siteFor(size: string, workDir: string): Promise<string> {
  const outDir = join(workDir, `site-${size}`)
  let dataset: string | undefined
  if (size !== 'sample') {
    dataset = join(workDir, `directory-${size}.ndjson`)
    writeFileSync(dataset, toNdjson(syntheticDirectory(sampleDocuments(), { listings: Number(size) })))
  }
  console.log(`Building the ${size === 'sample' ? 'sample directory' : `${size}-listing directory`}…`)
  await build(outDir, dataset)
  return outDir
}

// ---------------------------------------------------------------------------------------
// The journeys

/**
 * Runs in every page: notes when the person submits a search (kept across the navigation to the
 * search page), and when the first result card appears after it, both on the page's wall clock.
 */
function timingProbe(): void {
  const clock = () => performance.timeOrigin + performance.now()
  const probe = window as unknown as { submittedAt?: number | undefined; shownAt?: number | undefined }
  const stored = sessionStorage.getItem('bench:submittedAt')
  probe.submittedAt = stored ? Number(stored) : undefined
  addEventListener(
    'submit',
    () => {
      probe.submittedAt = clock()
      probe.shownAt = undefined
      sessionStorage.setItem('bench:submittedAt', String(probe.submittedAt))
    },
    true,
  )
  new MutationObserver((records) => {
    if (probe.shownAt !== undefined) return
    const card = records.some((record) =>
      [...record.addedNodes].some(
        (node) => node instanceof HTMLLIElement && node.parentElement?.matches('[data-results]'),
      ),
    )
    if (card) probe.shownAt = clock()
  }).observe(document, { childList: true, subtree: true })
}

interface Measure {
  ms: number
  /** What was fetched for the journey, from its start until the network was quiet. */
  traffic: Traffic
}

const probeOf = (page: Page) =>
  page.evaluate(() => {
    const probe = window as unknown as { submittedAt?: number | undefined; shownAt?: number | undefined }
    return { submittedAt: probe.submittedAt, shownAt: probe.shownAt, navigatedAt: performance.timeOrigin }
  })

async function firstResult(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, null, {
    timeout: 60_000,
    polling: 50,
  })
}

const minus = (after: Traffic, before: Traffic): Traffic => ({
  requests: after.requests - before.requests,
  bytes: after.bytes - before.bytes,
})

async function typeAndSearch(page: Page, box: string, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: box }).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(query, { delay: keyDelayMs })
  await page.keyboard.press('Enter')
}

type Journey = 'home' | 'link' | 'second'

/** One run of every journey, each timed from its own start; (c) continues on the page of (b). */
async function runJourneys(
  browser: Browser,
  host: SlowHost,
  { first: firstQuery, second: secondQuery }: Searches,
): Promise<Record<Journey, Measure>> {
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })
    await context.addInitScript(timingProbe)
    const page = await context.newPage()
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    return { context, page }
  }

  /**
   * Runs one journey from a quiet network until its first result is on screen and the network is
   * quiet again: its time, from the start `from` picks in the page's probe, and what it fetched.
   */
  const journey = async (
    page: Page,
    from: 'submittedAt' | 'navigatedAt',
    steps: () => Promise<void>,
  ): Promise<Measure> => {
    await host.idle()
    const before = host.traffic()
    await steps()
    await firstResult(page)
    const probe = await probeOf(page)
    await host.idle()
    const start = probe[from]
    if (probe.shownAt === undefined || start === undefined) throw new Error('The timing probe missed a step')
    return { ms: probe.shownAt - start, traffic: minus(host.traffic(), before) }
  }

  const home = await fresh()
  const fromHome = await journey(home.page, 'submittedAt', async () => {
    await home.page.goto(`${host.origin}/`, { waitUntil: 'load' })
    await home.page.waitForTimeout(1000)
    await typeAndSearch(home.page, 'Search for peer support', firstQuery)
  })
  await home.context.close()

  const link = await fresh()
  const fromLink = await journey(link.page, 'navigatedAt', async () => {
    await link.page.goto(`${host.origin}/search/?q=${encodeURIComponent(firstQuery)}`)
  })
  const second = await journey(link.page, 'submittedAt', () =>
    typeAndSearch(link.page, 'What are you looking for?', secondQuery),
  )
  await link.context.close()
  return { home: fromHome, link: fromLink, second }
}

// ---------------------------------------------------------------------------------------
// Measuring and reporting

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const spread = (values: readonly number[]) =>
  `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`

const journeyNames: Record<Journey, string> = {
  home: '(a) home page, type, Enter → first result',
  link: '(b) shared link, cold → first result',
  second: '(c) second search, Enter → first result',
}

async function measureSite(browser: Browser, label: string, site: string): Promise<string[][]> {
  const host = await serveSlowly(site)
  const measures = new Map<Searches, Array<Record<Journey, Measure>>>(searches.map((pair) => [pair, []]))
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const pair of searches) {
        const measured = await runJourneys(browser, host, pair)
        measures.get(pair)?.push(measured)
        console.log(
          `${label}, ${pair.name}, run ${run}: ` +
            (Object.keys(journeyNames) as Journey[])
              .map((journey) => `${journey} ${Math.round(measured[journey].ms)} ms`)
              .join(', '),
        )
      }
    }
  } finally {
    await host.close()
  }
  return searches.flatMap((pair) =>
    (Object.keys(journeyNames) as Journey[]).map((journey) => {
      const runsOf = measures.get(pair) ?? []
      const times = runsOf.map((measure) => measure[journey].ms)
      const bytes = runsOf.map((measure) => measure[journey].traffic.bytes)
      const requests = runsOf.map((measure) => measure[journey].traffic.requests)
      return [
        label,
        journeyNames[journey],
        `“${journey === 'second' ? pair.second : pair.first}” (${pair.name})`,
        `${Math.round(median(times))} ms`,
        spread(times),
        `${(median(bytes) / 1024).toFixed(1)} KB`,
        String(median(requests)),
      ]
    }),
  )
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? []
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')).join('\n')
}

const workDir = mkdtempSync(join(tmpdir(), 'bench-search-'))
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const rows: string[][] = []
try {
  const sites: Array<[string, string]> = givenSite
    ? [[givenSite, resolve(givenSite)]]
    : await sizes.reduce<Promise<Array<[string, string]>>>(
        async (done, size) => [
          ...(await done),
          [size === 'sample' ? 'sample' : `${size} listings`, await siteFor(size, workDir)],
        ],
        Promise.resolve([]),
      )
  for (const [label, site] of sites) rows.push(...(await measureSite(browser, label, site)))
} finally {
  await browser.close()
  if (keep) console.log(`Kept the built sites in ${workDir}`)
  else rmSync(workDir, { recursive: true, force: true })
}

console.log(
  `\nSearch on a slow phone: ${slowMobile.roundTripMs} ms round trip, ${slowMobile.downBitsPerSecond / 1e6} Mbit/s down, ` +
    `${cpuSlowdown}x CPU slowdown, cold cache, ${runs} runs each (median, fastest–slowest; bytes compressed, ` +
    `until the network is quiet)\n`,
)
console.log(table([['site', 'journey', 'search', 'median', 'range (ms)', 'fetched', 'requests'], ...rows]))
