import { nearestDistance, distanceText, parsePlaces, type LatLng } from '../../lib/search/distance'
import type { FilterGroup, FilterKey } from '../../lib/search/filters'
import {
  interpretQuery,
  type FilterValue,
  type PeoplesWords,
  type QueryPlan,
} from '../../lib/search/interpret'
import {
  emptyState,
  parseSearchState,
  serialiseSearchState,
  tickedCount,
  type SearchState,
} from '../../lib/search/urlState'
import {
  loadPagefind,
  type FilterCounts,
  type PagefindApi,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind'
import { resultCard } from './resultCard'

/*
 * The search page's island, written without a framework to keep the page's own script small
 * (React alone is twice the budget). The form, filters and result list are server-rendered;
 * this reads and writes them, and keeps the search in the address so Back and shared links work.
 */

/** Results shown at first and per "Show more": a phone screen's worth, so few details are fetched before anything shows. */
const pageSize = 10
/** Cards shown before the rest of a page's details arrive. */
const firstCards = 4
/** How many results' details to fetch to sort by distance or count filters across several searches. */
const detailLimit = 120

interface SearchData {
  groups: FilterGroup[]
  words: PeoplesWords
}

interface Found {
  result: PagefindResult
  score: number
  data?: PagefindResultData
  miles?: number | undefined
}

const sortKeyFor = { next: ['next', 'asc'], name: ['name', 'asc'], checked: ['checked', 'desc'] } as const

/** Starts the search island on the page's server-rendered markup. */
export function startSearch(root: HTMLElement): void {
  const data = JSON.parse(
    root.querySelector('script[type="application/json"]')?.textContent ?? '{}',
  ) as SearchData
  const { groups, words } = data
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

  let state: SearchState = parseSearchState(location.search, groups)
  let near: LatLng | undefined
  let run = 0
  let shown: Found[] = []
  let visible = 0

  const labelFor = (key: FilterKey, token: string) =>
    groups.find((group) => group.key === key)?.options.find((option) => option.token === token)?.label ??
    token

  function showState(): void {
    input.value = state.q
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]')) {
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false
    }
    sortSelect.value = state.sort
    const ticked = tickedCount(state)
    clear.hidden = ticked === 0
    toggle.textContent = ticked > 0 ? `Filters (${ticked} chosen)` : 'Filters'
  }

  function readForm(): SearchState {
    const next = emptyState()
    next.q = input.value.trim().slice(0, 100)
    for (const box of root.querySelectorAll<HTMLInputElement>(
      'input[type="checkbox"][data-filter]:checked',
    )) {
      const key = box.name as FilterKey
      next.filters[key] = [...(next.filters[key] ?? []), box.value]
    }
    next.sort = sortSelect.value as SearchState['sort']
    return next
  }

  /** Puts a new state in the address (a new history entry, so Back undoes it) and searches. */
  function change(next: SearchState): void {
    state = next
    const query = serialiseSearchState(state)
    const address = query ? `?${query}` : location.pathname
    if (`?${query}` !== location.search && !(query === '' && location.search === ''))
      history.pushState(null, '', address)
    showState()
    void search()
  }

  function pagefindFilters(extra: FilterValue[]) {
    const all: Array<Record<string, string | { any: string[] }>> = []
    for (const [key, tokens] of Object.entries(state.filters) as Array<[FilterKey, string[]]>) {
      if (tokens.length > 0) all.push({ [key]: { any: tokens.map((token) => labelFor(key, token)) } })
    }
    for (const [key, label] of extra) all.push({ [key]: label })
    return all
  }

  async function search(): Promise<void> {
    const current = (run += 1)
    list.setAttribute('aria-busy', 'true')
    const pagefind = await loadPagefind()
    const plan: QueryPlan | undefined = state.q ? interpretQuery(state.q, words) : undefined
    const planned = plan?.searches.length ? plan.searches : [{ term: null, filters: [] }]
    const origin = plan?.place ?? near
    const order =
      state.sort === 'distance'
        ? origin
          ? 'distance'
          : 'relevance'
        : state.sort === 'relevance' && plan?.place
          ? 'distance'
          : state.sort
    const noWords = planned.every((entry) => entry.term === null)
    const sortBy =
      order === 'next' || order === 'name' || order === 'checked' ? order : noWords ? 'next' : undefined

    const responses = await Promise.all(
      planned.map((entry) =>
        pagefind.search(entry.term, {
          filters: { all: pagefindFilters(entry.filters) } as never,
          ...(sortBy && planned.length === 1
            ? { sort: { [sortKeyFor[sortBy][0]]: sortKeyFor[sortBy][1] } }
            : {}),
        }),
      ),
    )
    if (current !== run) return
    const merged = new Map<string, Found>()
    for (const response of responses) {
      for (const result of response?.results ?? []) {
        // A listing found by several ways of saying the same thing is more likely what was meant.
        const seen = merged.get(result.id)
        merged.set(result.id, { result, score: (seen?.score ?? 0) + result.score })
      }
    }
    let found = [...merged.values()]
    if (planned.length > 1) {
      if (sortBy) found = await inGlobalOrder(pagefind, found, sortBy)
      else found.sort((a, b) => b.score - a.score)
    }
    if (order === 'distance' && origin) found = await byDistance(found, origin)
    if (current !== run) return

    const counts = planned.length === 1 ? (responses[0]?.filters ?? {}) : undefined
    await render(found, plan, origin, order === 'distance', current)
    if (current === run) list.setAttribute('aria-busy', 'false')
    if (counts) showCounts(counts)
    else showCounts(await countFilters(found))
  }

  async function inGlobalOrder(pagefind: PagefindApi, found: Found[], sortBy: keyof typeof sortKeyFor) {
    const [key, direction] = sortKeyFor[sortBy]
    const everything = await pagefind.search(null, { sort: { [key]: direction } })
    const position = new Map(everything?.results.map((result, index) => [result.id, index]))
    return found.sort((a, b) => (position.get(a.result.id) ?? 1e9) - (position.get(b.result.id) ?? 1e9))
  }

  async function details(found: Found[]): Promise<void> {
    await Promise.all(
      found.slice(0, detailLimit).map(async (entry) => (entry.data ??= await entry.result.data())),
    )
  }

  async function byDistance(found: Found[], origin: LatLng): Promise<Found[]> {
    await details(found)
    for (const entry of found)
      entry.miles = entry.data ? nearestDistance(origin, parsePlaces(entry.data.meta['places'])) : undefined
    return found.sort((a, b) => (a.miles ?? Infinity) - (b.miles ?? Infinity))
  }

  async function countFilters(found: Found[]): Promise<FilterCounts> {
    await details(found)
    const counts: FilterCounts = {}
    for (const entry of found) {
      for (const [key, values] of Object.entries(entry.data?.filters ?? {})) {
        for (const value of values) (counts[key] ??= {})[value] = (counts[key][value] ?? 0) + 1
      }
    }
    return counts
  }

  function showCounts(counts: FilterCounts): void {
    for (const count of root.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key = '', label = ''] = (count.dataset['count'] ?? '').split('|')
      count.textContent = `(${counts[key]?.[label] ?? 0})`
    }
  }

  async function render(
    found: Found[],
    plan: QueryPlan | undefined,
    origin: LatLng | undefined,
    withDistance: boolean,
    current: number,
  ) {
    shown = found
    visible = 0
    list.replaceChildren()
    await showMore(withDistance, current, false)
    if (current !== run) return
    const words = plan?.corrected ?? state.q
    const ticked = tickedCount(state)
    const filterText = ticked === 0 ? '' : ` with ${ticked} ${ticked === 1 ? 'filter' : 'filters'}`
    const about = words ? ` for “${words}”` : ''
    status.textContent =
      found.length === 0
        ? `No results${about}${filterText}`
        : `${found.length} ${found.length === 1 ? 'result' : 'results'}${about}${filterText}`

    const lines: string[] = []
    if (plan?.corrected) lines.push(`Showing results for “${plan.corrected}”. You searched for “${state.q}”.`)
    if (plan?.place) {
      lines.push(
        plan.place.exact
          ? `Sorted by distance from ${plan.place.label}.`
          : `We have no listings in ${plan.place.postcode} itself, so these are sorted by distance from ${plan.place.label}.`,
      )
    }
    if (plan?.unplaced) {
      lines.push(
        `We cannot place ${plan.unplaced}: the directory has no venues near there yet. Try an area name, “online”, or “Use my location”.`,
      )
    }
    if (state.sort === 'distance' && !origin)
      lines.push('To sort by distance, press “Use my location” or type a postcode district like CR0.')
    if (near && !plan?.place && withDistance) lines.push('Sorted by distance from where you are.')
    notes.replaceChildren(
      ...lines.map((line) =>
        Object.assign(document.createElement('p'), { textContent: line, className: 'my-1' }),
      ),
    )

    empty.hidden = found.length > 0
    removeList.replaceChildren()
    for (const [key, tokens] of Object.entries(state.filters) as Array<[FilterKey, string[]]>) {
      for (const token of tokens) {
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'underline text-link min-h-6',
          textContent: `Remove “${labelFor(key, token)}”`,
        })
        button.addEventListener('click', () => {
          const rest = tokens.filter((other) => other !== token)
          change({ ...state, filters: { ...state.filters, [key]: rest } })
        })
        const item = document.createElement('li')
        item.append(button)
        removeList.append(item)
      }
    }
  }

  /** Shows the next page of results, the first few as soon as they arrive so something is on screen quickly. */
  async function showMore(withDistance: boolean, current: number, moveFocus: boolean): Promise<void> {
    const batch = shown.slice(visible, visible + pageSize)
    visible += batch.length
    more.hidden = visible >= shown.length
    let first: HTMLAnchorElement | null | undefined
    for (const part of [batch.slice(0, firstCards), batch.slice(firstCards)]) {
      await details(part)
      if (current !== run) return
      const cards = part.flatMap((entry) => {
        if (!entry.data) return []
        const away = withDistance && entry.miles !== undefined ? distanceText(entry.miles) : undefined
        return [resultCard(entry.data, away)]
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
  more.addEventListener('click', () => void showMore(state.sort === 'distance' || Boolean(near), run, true))
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true'
    toggle.setAttribute('aria-expanded', String(open))
    panel.classList.toggle('max-md:hidden', !open)
  })
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
  })
}
