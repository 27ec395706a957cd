/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}
export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindResultData>
}
export type FilterCounts = Record<string, Record<string, number>>
export interface PagefindSearch {
  results: PagefindResult[]
  filters: FilterCounts
  unfilteredResultCount: number
}
export interface PagefindApi {
  init(): Promise<void>
  options(options: Record<string, unknown>): Promise<void>
  filters(): Promise<FilterCounts>
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>
}

let loading: Promise<PagefindApi> | undefined

/** Loads Pagefind from the built site. The address is a variable so the bundler leaves it alone. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js'
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    // On the page's own thread Pagefind reuses the index files the page preloads; its worker would fetch them again.
    await pagefind.options({ excerptLength: 24, noWorker: true })
    await pagefind.init()
    return pagefind
  })
  return loading
}
