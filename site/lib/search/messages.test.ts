import { describe, expect, test } from 'vitest'
import { filtersButtonText, quotedList, resultsStatus, searchNotes, type NoteFacts } from './messages'
import type { QueryPlan } from './interpret'

describe('resultsStatus', () => {
  test('says how many results, for which words, with how many filters', () => {
    expect(resultsStatus(17, 'hearing voices', 0)).toBe('17 results for “hearing voices”')
    expect(resultsStatus(1, '', 1)).toBe('1 result with 1 filter')
    expect(resultsStatus(3, 'carers', 2)).toBe('3 results for “carers” with 2 filters')
  })

  test('says plainly when nothing was found', () => {
    expect(resultsStatus(0, 'zzz', 1)).toBe('No results for “zzz” with 1 filter')
  })

  test('says when the results match only some of the words', () => {
    expect(resultsStatus(4, 'carers group leeds', 0, true)).toBe('4 results for some of your words')
    expect(resultsStatus(0, 'zzz yyy', 0, true)).toBe('No results for “zzz yyy”')
  })
})

describe('quotedList', () => {
  test('quotes each word and joins the last with "or"', () => {
    expect(quotedList(['a'])).toBe('“a”')
    expect(quotedList(['a', 'b'])).toBe('“a” or “b”')
    expect(quotedList(['a', 'b', 'c'], 'and')).toBe('“a”, “b” and “c”')
  })
})

describe('searchNotes', () => {
  const plain: NoteFacts = {
    query: undefined,
    typed: '',
    askedForDistance: false,
    hasOrigin: false,
    located: false,
    byDistance: false,
  }
  const query = (changes: Partial<QueryPlan>): QueryPlan => ({
    parts: [],
    searches: [],
    partSearches: [],
    ...changes,
  })
  const croydon = { label: 'Croydon', lat: 51.37, lng: -0.1, postcode: 'CR7', exact: false }

  test('says nothing about a plain search', () => {
    expect(searchNotes(plain)).toEqual([])
  })

  test('says when no listing matched every word, which words the results match, and which found nothing', () => {
    expect(
      searchNotes({ ...plain, match: { all: false, matched: ['my mum', 'Leeds'], unmatched: ['dementia'] } }),
    ).toEqual([
      'No listing matched all your words; these match “my mum” or “Leeds”, closest first.',
      'No listing matched “dementia”.',
    ])
    expect(searchNotes({ ...plain, match: { all: true, matched: [], unmatched: ['dementia'] } })).toEqual([
      'No listing matched “dementia”.',
    ])
  })

  test('says when a misspelling was corrected, quoting what was typed', () => {
    expect(searchNotes({ ...plain, typed: 'voises', query: query({ corrected: 'voices' }) })).toEqual([
      'Showing results for “voices”. You searched for “voises”.',
    ])
  })

  test('says where distances are measured from, and when the postcode itself has no listings', () => {
    expect(searchNotes({ ...plain, query: query({ place: { ...croydon, exact: true } }) })).toEqual([
      'Sorted by distance from Croydon.',
    ])
    expect(searchNotes({ ...plain, query: query({ place: croydon }) })).toEqual([
      'We have no listings in CR7 itself, so these are sorted by distance from Croydon.',
    ])
  })

  test('says when a postcode cannot be placed, and what to try instead', () => {
    expect(searchNotes({ ...plain, query: query({ unplaced: 'ZE1' }) })[0]).toMatch(/^We cannot place ZE1/)
  })

  test('asks for a place when “Nearest” has nothing to measure from', () => {
    expect(searchNotes({ ...plain, askedForDistance: true })).toEqual([
      'To sort by distance, press “Use my location” or type a postcode district like CR0.',
    ])
  })

  test('says results are sorted from where the person is', () => {
    expect(
      searchNotes({ ...plain, askedForDistance: true, hasOrigin: true, located: true, byDistance: true }),
    ).toEqual(['Sorted by distance from where you are.'])
  })
})

describe('filtersButtonText', () => {
  test('says how many filters are chosen', () => {
    expect(filtersButtonText(0)).toBe('Filters and sort')
    expect(filtersButtonText(2)).toBe('Filters and sort (2 chosen)')
  })
})
