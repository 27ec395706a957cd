import { answeredListAddress, mayBeAnswered } from '../../lib/search/answers'
import { engineFilesMeta, pagefindEntry, pagefindScript } from '../../lib/search/engine'
import type { PagefindApi } from './pagefind'

/*
 * Loads the search engine, and starts its work while a person is still typing, so pressing
 * Search waits for less: as they type words without a ready answer, the engine loads and the
 * index files for their words are fetched. Works on any search form, including the search page's
 * own. Kept apart from the search itself, so the home page's script stays small.
 */

let loading: Promise<PagefindApi> | undefined

/**
 * Asks for every file Pagefind needs before its first search at once, instead of one after
 * another: its script, this build's entry file, and (on the search page, which names them) its
 * metadata and WebAssembly.
 */
function fetchEngineFiles(tag: string): void {
  const named = document.querySelector<HTMLMetaElement>(`meta[name="${engineFilesMeta}"]`)
  const files = [pagefindEntry(tag), ...(named?.content.split(' ').filter(Boolean) ?? [])]
  // The search page may have asked for them already, while it loaded.
  const links = files
    .filter((href) => !document.querySelector(`link[href="${href}"]`))
    .map((href) =>
      Object.assign(document.createElement('link'), {
        rel: 'preload',
        as: 'fetch',
        href,
        crossOrigin: 'anonymous',
      }),
    )
  document.head.append(...links)
}

/**
 * Loads Pagefind from the built site, once a page, for the index tagged `tag` (see lib/search/engine).
 * The address is a variable so the bundler leaves it alone.
 */
export function loadPagefind(tag: string): Promise<PagefindApi> {
  const url = pagefindScript
  loading ??= (async () => {
    fetchEngineFiles(tag)
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi
    // On the page's own thread Pagefind reuses the files fetched above; its worker would fetch them again.
    await pagefind.options({ excerptLength: 24, noWorker: true, metaCacheTag: tag })
    await pagefind.init()
    return pagefind
  })()
  return loading
}

/**
 * Fetches the index files for the words in `input` as they change: one fetch at a time, then the
 * latest words, so fast typing costs no more than slow. `wordsOf` says which words a query will
 * search for: none while it may yet have a ready answer, which needs no engine.
 */
export function fetchWordsAsTyped(
  input: HTMLInputElement,
  tag: string,
  wordsOf: (query: string) => string[] | Promise<string[]>,
): void {
  let busy = false
  let waiting: string | undefined
  input.addEventListener('input', () => {
    waiting = input.value
    if (busy) return
    busy = true
    void (async () => {
      while (waiting !== undefined) {
        const query = waiting
        waiting = undefined
        const words = await wordsOf(query)
        if (words.length === 0) continue
        const pagefind = await loadPagefind(tag)
        await Promise.all(words.map((term) => pagefind.preload(term)))
      }
    })()
      .catch(() => undefined)
      .finally(() => (busy = false))
  })
}

/**
 * Readies a search form on any page: when a person reaches its box, fetches the list of searches
 * with ready answers; as they type anything else, loads the engine and their words' index files.
 */
export function warmSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')
  const tag = form.dataset['searchTag']
  if (!input || !tag) return
  let answered: Promise<string[]> | undefined
  form.addEventListener('focusin', () => {
    // Without the list, every search is treated as needing the engine.
    answered ??= fetch(answeredListAddress)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => [])
  })
  fetchWordsAsTyped(input, tag, async (query) =>
    query.trim() === '' || mayBeAnswered(query, (await answered) ?? []) ? [] : [query.trim()],
  )
}
