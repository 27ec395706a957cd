import { answeredQueries, answerKey, mayBeAnswered, resultsPerPage } from '../../lib/search/answers'
import type { LatLng } from '../../lib/search/distance'
import { optionLabel, type FilterGroup, type FilterKey } from '../../lib/search/filters'
import type { FilterValue, PeoplesWords } from '../../lib/search/interpret'
import { filtersButtonText, resultsStatus, searchNotes, type WordsMatch } from '../../lib/search/messages'
import { pagefindFilters, planSearch, wordsToFetch, type SearchPlan } from '../../lib/search/plan'
import type { FilterCounts } from '../../lib/search/ranking'
import {
  addressFor,
  emptyState,
  parseSearchState,
  tickedCount,
  tickedFilters,
  withoutFilter,
  type SearchState,
} from '../../lib/search/urlState'
import { countResults, fetchDetails, findResults, type Result } from './pagefind'
import { readyAnswer, readyResult } from './readyAnswer'
import { searchLeaflet } from '../leaflet/searchLeaflet'
import { resultCard } from './resultCard'
import { fetchWordsAsTyped, loadPagefind } from './warm'

/*
 * The search page's island, written without a framework to keep the page's own script small
 * (React alone is twice the budget). The form, filters and result list are server-rendered;
 * this reads and writes them, and keeps the search in the address so Back and shared links work.
 * What to search for, how to order it and what to say are pure functions in lib/search, the
 * Pagefind calls are in pagefind.ts and the card is listingCardTree's; this file wires them up.
 */

/** Cards shown before the rest of a page's details arrive. */
const firstCards = 4

interface SearchData {
  groups: FilterGroup[]
  words: PeoplesWords
  /** Which build's index to load (see lib/search/engine). */
  tag: string
}

/** Starts the search island on the page's server-rendered markup. */
export function startSearch(root: HTMLElement): void {
  const { groups, words, tag } = JSON.parse(
    root.querySelector('script[type="application/json"]')?.textContent ?? '{}',
  ) as SearchData
  const $ = <T extends Element>(selector: string, type: new () => T): T => {
    const found = root.querySelector(selector)
    if (!(found instanceof type)) throw new Error(`Search page markup is missing ${selector}`)
    return found
  }
  const form = $('form[role="search"]', HTMLFormElement)
  const input = $('input[name="q"]', HTMLInputElement)
  const sortSelect = $('select[name="sort"]', HTMLSelectElement)
  const status = $('[role="status"]', HTMLElement)
  const notes = $('[data-notes]', HTMLElement)
  const list = $('[data-results]', HTMLOListElement)
  const more = $('[data-more]', HTMLButtonElement)
  const empty = $('[data-empty]', HTMLElement)
  const removeList = $('[data-remove-filters]', HTMLUListElement)
  const clear = $('[data-clear]', HTMLButtonElement)
  const nearButton = $('[data-near-me]', HTMLButtonElement)
  const toggle = $('[data-filter-toggle]', HTMLButtonElement)
  const panel = $('#filter-panel', HTMLElement)
  const distanceOption = sortSelect.querySelector<HTMLOptionElement>('option[value="distance"]')
  const leaflet = searchLeaflet(root)
  const checkboxes = (selector = '') =>
    root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][data-filter]${selector}`)

  let state: SearchState = parseSearchState(location.search, groups)
  let near: LatLng | undefined
  /** Counts searches, so one overtaken by a newer search stops drawing. */
  let run = 0
  let shown: Result[] = []
  let visible = 0
  /** How many results the search found: more than `shown` holds while a ready answer is on screen. */
  let total = 0
  /** Finds the results after a ready answer's first page, when "Show more" is pressed. */
  let findRest: (() => Promise<Result[]>) | undefined
  const answeredList = answeredQueries(words)
  const answered = new Set(answeredList)
  /** Counts the filters of the latest search, until they are shown. */
  let countsToShow: (() => Promise<FilterCounts>) | undefined
  const engine = () => loadPagefind(tag)

  function showState(): void {
    input.value = state.q
    for (const box of checkboxes())
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false
    sortSelect.value = state.sort
    clear.hidden = tickedCount(state) === 0
    toggle.textContent = filtersButtonText(tickedCount(state))
  }

  function readForm(): SearchState {
    const next = emptyState()
    next.q = input.value.trim().slice(0, 100)
    for (const box of checkboxes(':checked')) {
      const key = box.name as FilterKey
      next.filters[key] = [...(next.filters[key] ?? []), box.value]
    }
    next.sort = sortSelect.value as SearchState['sort']
    return next
  }

  /** Puts a new state in the address (a new history entry, so Back undoes it) and searches. */
  function change(next: SearchState): void {
    state = next
    const address = addressFor(state, location)
    if (address !== undefined) history.pushState(null, '', address)
    showState()
    void search()
  }

  async function search(): Promise<void> {
    const current = (run += 1)
    list.setAttribute('aria-busy', 'true')
    const searched = state
    const plan = planSearch(searched, words, near)
    const filtersFor = (extra: readonly FilterValue[]) => pagefindFilters(searched, groups, extra)
    const key = answerKey(searched, answered, near !== undefined)
    const ready = key === undefined ? undefined : await readyAnswer(key)
    if (current !== run) return
    if (ready) {
      findRest = async () => (await findResults(await engine(), plan, filtersFor)).found
      countsToShow = () => Promise.resolve(ready.counts)
      await render(ready.first.map(readyResult), ready.total, plan, ready.match, current)
    } else {
      const { found, counts, match } = await findResults(await engine(), plan, filtersFor)
      if (current !== run) return
      findRest = undefined
      countsToShow = async () => counts ?? (await countResults(await engine(), plan, filtersFor, found))
      await render(found, found.length, plan, match, current)
    }
    if (current !== run) return
    list.setAttribute('aria-busy', 'false')
    markSearched()
    await showCountsIfSeen()
  }

  /** Says the first results are on screen: the offline worker waits for this (see BaseLayout). */
  function markSearched(): void {
    if ('searched' in document.documentElement.dataset) return
    document.documentElement.dataset['searched'] = ''
    dispatchEvent(new Event('searched'))
  }

  /**
   * Fills in the filter counts, once the filters can be seen: on a phone they are folded away until
   * opened, and counting can need more of the index than the search itself.
   */
  async function showCountsIfSeen(): Promise<void> {
    const counting = countsToShow
    if (!counting) return
    // Folded away (no boxes drawn): the counts shown are the last search's, so they go until needed.
    if (panel.getClientRects().length === 0) {
      showCounts(undefined)
      return
    }
    countsToShow = undefined
    const current = run
    const counts = await counting()
    if (current === run) showCounts(counts)
  }

  /** Shows how many results each filter would keep, or nothing while they are not known. */
  function showCounts(counts: FilterCounts | undefined): void {
    for (const count of root.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key = '', label = ''] = (count.dataset['count'] ?? '').split('|')
      count.textContent = counts ? `(${counts[key]?.[label] ?? 0})` : ''
    }
  }

  async function render(
    found: Result[],
    count: number,
    plan: SearchPlan,
    match: WordsMatch | undefined,
    current: number,
  ): Promise<void> {
    shown = found
    total = count
    visible = 0
    list.replaceChildren()
    await showMore(current, false)
    if (current !== run) return
    status.textContent = resultsStatus(
      count,
      plan.query?.corrected ?? state.q,
      tickedCount(state),
      match?.all === false,
    )
    const lines = searchNotes({
      query: plan.query,
      typed: state.q,
      askedForDistance: state.sort === 'distance',
      hasOrigin: plan.origin !== undefined,
      located: near !== undefined,
      byDistance: plan.byDistance,
      match,
    })
    notes.replaceChildren(
      ...lines.map((line) =>
        Object.assign(document.createElement('p'), { textContent: line, className: 'my-1' }),
      ),
    )
    empty.hidden = count > 0
    removeList.replaceChildren(
      ...tickedFilters(state).map(({ key, token }) => {
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'underline text-link min-h-6',
          textContent: `Remove “${optionLabel(groups, key, token)}”`,
        })
        button.addEventListener('click', () => {
          change(withoutFilter(state, key, token))
        })
        const item = document.createElement('li')
        item.append(button)
        return item
      }),
    )
  }

  /** Shows the next page of results, the first few as soon as they arrive so something is on screen quickly. */
  async function showMore(current: number, moveFocus: boolean): Promise<void> {
    if (findRest && visible >= shown.length && visible < total) {
      // A ready answer holds the first page only: the rest needs the engine.
      const rest = await findRest()
      if (current !== run) return
      findRest = undefined
      shown = rest
      total = rest.length
    }
    const batch = shown.slice(visible, visible + resultsPerPage)
    visible += batch.length
    more.hidden = visible >= total
    let first: HTMLAnchorElement | null | undefined
    for (const part of [batch.slice(0, firstCards), batch.slice(firstCards)]) {
      await fetchDetails(part)
      if (current !== run) return
      const cards = part.flatMap((entry) => {
        const card = entry.data && resultCard(entry.data, entry.miles, leaflet)
        return card ? [card] : []
      })
      list.append(...cards)
      first ??= cards[0]?.querySelector('a')
    }
    if (moveFocus) first?.focus()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    change(readForm())
  })
  root.addEventListener('change', (event) => {
    const target = event.target
    if (target instanceof HTMLInputElement && target.dataset['filter'] !== undefined) change(readForm())
    if (target === sortSelect) change(readForm())
  })
  clear.addEventListener('click', () => {
    change({ ...state, filters: {} })
    input.focus()
  })
  more.addEventListener('click', () => void showMore(run, true))
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true'
    toggle.setAttribute('aria-expanded', String(open))
    panel.classList.toggle('max-md:hidden', !open)
  })
  // Opening the filters, or a window wide enough to show them, shows their counts.
  new ResizeObserver(() => void showCountsIfSeen()).observe(panel)
  fetchWordsAsTyped(input, tag, (query) =>
    mayBeAnswered(query, answeredList)
      ? []
      : wordsToFetch(planSearch({ ...state, q: query.trim() }, words, near)),
  )
  nearButton.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent =
        'Your browser cannot share your location. Type a postcode district like CR0 instead.'
      return
    }
    status.textContent = 'Finding where you are…'
    navigator.geolocation.getCurrentPosition(
      (position) => {
        near = { lat: position.coords.latitude, lng: position.coords.longitude }
        if (distanceOption) distanceOption.disabled = false
        change({ ...state, sort: 'distance' })
      },
      () => {
        status.textContent =
          'We could not find where you are. Type a postcode district like CR0 instead, or choose an area.'
      },
      { timeout: 15_000, maximumAge: 600_000 },
    )
  })
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search, groups)
    showState()
    void search()
  })

  showState()
  root.querySelector('[data-fallback]')?.remove()
  $('[data-app]', HTMLElement).hidden = false
  void search().catch(() => {
    status.textContent = 'Search could not load. Please try again, or browse by area or topic.'
    markSearched()
  })
}
