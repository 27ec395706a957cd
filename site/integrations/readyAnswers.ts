import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  fetchDetails,
  findResults,
  type PagefindApi,
  type PagefindResultData,
} from '../components/search/pagefind'
import {
  answerAddress,
  answeredListAddress,
  answeredQueries,
  resultsPerPage,
  type ReadyAnswer,
} from '../lib/search/answers'
import type { FilterGroup } from '../lib/search/filters'
import type { PeoplesWords } from '../lib/search/interpret'
import { pagefindFilters, planSearch } from '../lib/search/plan'
import { countFilters } from '../lib/search/ranking'
import { emptyState } from '../lib/search/urlState'

const nativeImport = createRequire(import.meta.url)('./nativeImport.cjs') as (url: string) => Promise<unknown>

/** What the built search page hands its script: its filters and people's words. */
export interface SearchPageData {
  groups: FilterGroup[]
  words: PeoplesWords
}

/** Reads the data the search page embeds for its script, from the built page's HTML. */
export function searchPageData(html: string, page: string): SearchPageData {
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (!json) throw new Error(`${page} has no search data: has search.astro stopped embedding it?`)
  return JSON.parse(json) as SearchPageData
}

/**
 * Runs Pagefind's own browser script in Node over the index just written, reading its files from
 * disk, so a search here finds what the same search in a browser finds. `fetch` is lent to it
 * for file addresses only while `work` runs.
 */
async function withPagefindOnDisk<T>(
  outDir: string,
  work: (pagefind: PagefindApi) => Promise<T>,
): Promise<T> {
  const ownFetch = globalThis.fetch
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.protocol !== 'file:') return ownFetch(input, init)
    return new Response(await readFile(fileURLToPath(url)))
  }
  try {
    const script = pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href
    const pagefind = (await nativeImport(script)) as PagefindApi
    // As the search page sets it (warm.ts), with results addressed from the site's root.
    await pagefind.options({ excerptLength: 24, noWorker: true, baseUrl: '/' })
    await pagefind.init()
    return await work(pagefind)
  } finally {
    globalThis.fetch = ownFetch
  }
}

/** Works out one query's answer as the search page would, counting filters over every result. */
async function answer(
  pagefind: PagefindApi,
  query: string,
  data: SearchPageData,
  filtersById: Map<string, PagefindResultData['filters']>,
): Promise<ReadyAnswer> {
  const state = { ...emptyState(), q: query }
  const plan = planSearch(state, data.words, undefined)
  const { found, match } = await findResults(pagefind, plan, (extra) =>
    pagefindFilters(state, data.groups, extra),
  )
  const first = found.slice(0, resultsPerPage)
  await fetchDetails(first)
  // Counting needs every result's filters, which, unlike its excerpt, are the same whichever
  // search found it: each listing's are read from disk once for all the answers.
  const filters = await Promise.all(
    found.map(async ({ result, data: details }) => {
      const known = filtersById.get(result.id)
      if (known) return known
      const read = (details ?? (await result.data())).filters
      filtersById.set(result.id, read)
      return read
    }),
  )
  return {
    query,
    total: found.length,
    first: first.flatMap(({ data: details }) =>
      details ? [{ url: details.url, excerpt: details.excerpt, meta: details.meta }] : [],
    ),
    counts: countFilters(filters),
    ...(match ? { match } : {}),
  }
}

/**
 * Writes the ready answers (lib/search/answers.ts) into the built site in `outDir`, beside the
 * search page, and says how many. A site without a search page has none.
 */
export async function writeReadyAnswers(outDir: string): Promise<number> {
  const page = join(outDir, 'search', 'index.html')
  let html: string
  try {
    html = readFileSync(page, 'utf8')
  } catch {
    return 0
  }
  const data = searchPageData(html, page)
  const queries = answeredQueries(data.words)
  const list = join(outDir, answeredListAddress)
  mkdirSync(dirname(list), { recursive: true })
  writeFileSync(list, JSON.stringify(queries))
  const filtersById = new Map<string, PagefindResultData['filters']>()
  await withPagefindOnDisk(outDir, async (pagefind) => {
    for (const query of queries) {
      const file = join(outDir, decodeURIComponent(answerAddress(query)))
      writeFileSync(file, JSON.stringify(await answer(pagefind, query, data, filtersById)))
    }
  })
  return queries.length
}
