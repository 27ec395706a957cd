import { pagefindScript } from '../../lib/search/engine'
import type { PagefindApi } from './pagefind'

/*
 * Loads the search engine, and starts its work while a person is still typing, so pressing
 * Search waits for less: the engine loads when they first reach a search box, and the index files
 * for their words are fetched as they type. Works on any search form, including the search
 * page's own. Kept apart from the search itself, so the home page's script stays small.
 */

let loading: Promise<PagefindApi> | undefined

/**
 * Loads Pagefind from the built site, once a page, for the index tagged `tag` (see lib/search/engine).
 * The address is a variable so the bundler leaves it alone.
 */
export function loadPagefind(tag: string): Promise<PagefindApi> {
  const url = pagefindScript
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    // On the page's own thread Pagefind reuses the index files the page preloads; its worker would fetch them again.
    await pagefind.options({ excerptLength: 24, noWorker: true, metaCacheTag: tag })
    await pagefind.init()
    return pagefind
  })
  return loading
}

/**
 * Fetches the index files for the words in `input` as they change: one fetch at a time, then the
 * latest words, so fast typing costs no more than slow. `wordsOf` says which words a query will
 * search for.
 */
export function fetchWordsAsTyped(
  input: HTMLInputElement,
  tag: string,
  wordsOf: (query: string) => string[],
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
        const pagefind = await loadPagefind(tag)
        await Promise.all(wordsOf(query).map((words) => pagefind.preload(words)))
      }
    })()
      .catch(() => undefined)
      .finally(() => (busy = false))
  })
}

/** Loads the engine when a person first reaches `form`'s box, and fetches their words as they type. */
export function warmSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')
  const tag = form.dataset['searchTag']
  if (!input || !tag) return
  // Failing here costs nothing: the search page loads the engine again and says if it cannot.
  form.addEventListener('focusin', () => void loadPagefind(tag).catch(() => undefined), { once: true })
  fetchWordsAsTyped(input, tag, (query) => (query.trim() ? [query.trim()] : []))
}
