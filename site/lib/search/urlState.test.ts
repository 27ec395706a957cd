import { describe, expect, test } from 'vitest'
import { filterGroups } from './filters'
import {
  addressFor,
  emptyState,
  maxQueryLength,
  parseSearchState,
  serialiseSearchState,
  tickedFilters,
  withoutFilter,
} from './urlState'

const groups = filterGroups(
  [
    { slug: 'croydon', name: 'Croydon' },
    { slug: 'lambeth', name: 'Lambeth' },
  ],
  [{ slug: 'hearing-voices', name: 'Hearing voices' }],
)

describe('parseSearchState', () => {
  test('reads the words, filters and order of a shared search', () => {
    expect(
      parseSearchState(
        '?q=hearing+voices&kind=group&area=croydon&access=self-referral&when=evening&sort=next',
        groups,
      ),
    ).toEqual({
      q: 'hearing voices',
      filters: { kind: ['group'], area: ['croydon'], access: ['self-referral'], when: ['evening'] },
      sort: 'next',
    })
  })

  test('takes several values of one filter, repeated or comma-separated', () => {
    expect(parseSearchState('area=croydon&area=lambeth&day=monday,friday', groups).filters).toEqual({
      area: ['croydon', 'lambeth'],
      day: ['monday', 'friday'],
    })
  })

  test('drops unknown filters, unknown values and odd orders, and keeps the rest', () => {
    const state = parseSearchState(
      'q=carers&colour=red&area=atlantis&area=croydon&kind=%3Cscript%3E&sort=random',
      groups,
    )
    expect(state).toEqual({ q: 'carers', filters: { area: ['croydon'] }, sort: 'relevance' })
  })

  test('keeps a script in the query only as harmless text, and cuts huge queries down', () => {
    expect(parseSearchState('q=%3Cscript%3Ealert(1)%3C/script%3E', groups).q).toBe(
      '<script>alert(1)</script>',
    )
    expect(parseSearchState(`q=${'a'.repeat(5000)}&area=croydon`, groups)).toMatchObject({
      filters: { area: ['croydon'] },
    })
    expect(parseSearchState(`q=${'a'.repeat(5000)}`, groups).q).toHaveLength(maxQueryLength)
  })

  test('removes control characters and squashes spaces', () => {
    expect(parseSearchState('q=%00bi%0Apolar%20%20%20group', groups).q).toBe('bi polar group')
  })

  test('ignores a value repeated, and malformed percent-encoding does not throw', () => {
    expect(parseSearchState('area=croydon&area=CROYDON', groups).filters).toEqual({ area: ['croydon'] })
    expect(() => parseSearchState('q=%E0%A4%A', groups)).not.toThrow()
  })
})

describe('serialiseSearchState', () => {
  test('writes the same address for the same search, whatever order filters were ticked in', () => {
    const address = serialiseSearchState({
      q: 'hearing voices',
      filters: { when: ['evening'], area: ['croydon'] },
      sort: 'next',
    })
    expect(address).toBe('q=hearing+voices&area=croydon&when=evening&sort=next')
  })

  test('leaves out the default order and empty words', () => {
    expect(serialiseSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('')
  })

  test('round-trips through parseSearchState', () => {
    const state = {
      q: 'LGBTQ+ & friends',
      filters: { access: ['self-referral'], day: ['saturday', 'sunday'] },
      sort: 'name' as const,
    }
    expect(parseSearchState(serialiseSearchState(state), groups)).toEqual(state)
  })
})

describe('addressFor', () => {
  const page = (search: string) => ({ pathname: '/search/', search })

  test('gives the address of a new search', () => {
    expect(addressFor({ ...emptyState(), q: 'carers' }, page(''))).toBe('?q=carers')
  })

  test('goes back to the bare page when everything is cleared', () => {
    expect(addressFor(emptyState(), page('?q=carers'))).toBe('/search/')
  })

  test('gives nothing when the page is already at that search, so Back is not cluttered', () => {
    expect(addressFor({ ...emptyState(), q: 'carers' }, page('?q=carers'))).toBeUndefined()
    expect(addressFor(emptyState(), page(''))).toBeUndefined()
  })
})

describe('tickedFilters and withoutFilter', () => {
  const state = parseSearchState('day=monday,friday&area=croydon', groups)

  test('lists ticked values in the order the filters are shown', () => {
    expect(tickedFilters(state)).toEqual([
      { key: 'area', token: 'croydon' },
      { key: 'day', token: 'monday' },
      { key: 'day', token: 'friday' },
    ])
  })

  test('unticks one value and keeps the rest of the search', () => {
    expect(serialiseSearchState(withoutFilter(state, 'day', 'monday'))).toBe('area=croydon&day=friday')
  })
})
