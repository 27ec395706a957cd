import { describe, expect, test } from 'vitest'
import { fixtureIndex } from '../../../tests/fixtures/index'
import { filterGroups } from './filters'
import { peoplesWords } from './peoplesWords'
import { pagefindFilters, planSearch, wordsToFetch, type SearchPlan } from './plan'
import { emptyState, type SearchState } from './urlState'

const search = (changes: Partial<SearchState>): SearchState => ({ ...emptyState(), ...changes })
const here = { lat: 51.5, lng: -0.1 }

describe('planSearch', async () => {
  const words = peoplesWords(await fixtureIndex())

  test('with no words, runs one search of everything, soonest session first', () => {
    expect(planSearch(emptyState(), words, undefined)).toMatchObject({
      query: undefined,
      searches: [{ term: null, filters: [] }],
      byDistance: false,
      sortBy: 'next',
    })
  })

  test('with words, puts the best match first unless another order is chosen', () => {
    expect(planSearch(search({ q: 'forum' }), words, undefined).sortBy).toBeUndefined()
    expect(planSearch(search({ q: 'forum', sort: 'name' }), words, undefined).sortBy).toBe('name')
    expect(planSearch(search({ q: 'forum', sort: 'checked' }), words, undefined).sortBy).toBe('checked')
  })

  test('a postcode in the words sorts nearest first, measured from there', () => {
    const plan = planSearch(search({ q: 'CR0' }), words, here)
    expect(plan.byDistance).toBe(true)
    expect(plan.origin).toMatchObject({ lat: 51.3727, lng: -0.0999 })
  })

  test('a postcode does not override an order the person chose', () => {
    expect(planSearch(search({ q: 'CR0', sort: 'name' }), words, undefined)).toMatchObject({
      byDistance: false,
      sortBy: 'name',
    })
  })

  test('“Nearest” measures from the person’s location, and falls back to best match without one', () => {
    expect(planSearch(search({ q: 'forum', sort: 'distance' }), words, here)).toMatchObject({
      origin: here,
      byDistance: true,
      sortBy: undefined,
    })
    expect(planSearch(search({ q: 'forum', sort: 'distance' }), words, undefined)).toMatchObject({
      origin: undefined,
      byDistance: false,
      sortBy: undefined,
    })
  })
})

describe('pagefindFilters', () => {
  const groups = filterGroups([{ slug: 'croydon', name: 'Croydon' }], [])

  test('asks for any ticked value of a filter, by its label, and all of a search’s own filters', () => {
    const state = search({ filters: { area: ['croydon'], when: ['evening', 'weekend'] } })
    expect(pagefindFilters(state, groups, [['how', 'Online']])).toEqual([
      { area: { any: ['Croydon'] } },
      { when: { any: ['Evenings (5pm or later)', 'Weekends'] } },
      { how: 'Online' },
    ])
  })

  test('asks for nothing when nothing is ticked', () => {
    expect(pagefindFilters(emptyState(), groups, [])).toEqual([])
  })

  test('names each word to fetch once, from every search the plan will run', () => {
    const plan: SearchPlan = {
      query: {
        parts: [],
        searches: [],
        partSearches: [
          { part: 0, term: 'voices', filters: [] },
          { part: 1, term: null, filters: [['area', 'Croydon']] },
        ],
      },
      searches: [
        { term: 'voices group', filters: [] },
        { term: 'voices', filters: [] },
      ],
      origin: undefined,
      byDistance: false,
      sortBy: undefined,
    }
    expect(wordsToFetch(plan)).toEqual(['voices group', 'voices'])
    expect(wordsToFetch({ ...plan, query: undefined, searches: [{ term: null, filters: [] }] })).toEqual([])
  })
})
