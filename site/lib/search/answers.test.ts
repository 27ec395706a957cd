import { describe, expect, test } from 'vitest'
import { fixtureIndex } from '../../../tests/fixtures/index'
import { answerAddress, answeredQueries, answerKey, mayBeAnswered } from './answers'
import { normalise } from './interpret'
import { peoplesWords } from './peoplesWords'
import { emptyState, type SearchState } from './urlState'

const search = (changes: Partial<SearchState>): SearchState => ({ ...emptyState(), ...changes })

describe('answeredQueries', async () => {
  const words = peoplesWords(await fixtureIndex())
  const queries = answeredQueries(words)

  test('answers every way people say a topic, an audience, a kind of support and the filters they type', () => {
    expect(queries).toEqual(
      expect.arrayContaining(['hearing voices', 'voices', 'carers', 'weekend', 'online']),
    )
    expect(queries).toEqual(expect.arrayContaining(['free', 'no referral', 'volunteer']))
  })

  test('leaves out places, which are better searched with what is wanted there', () => {
    const areaPhrases = words.concepts
      .filter((concept) => concept.filter?.[0] === 'area')
      .flatMap((concept) => concept.phrases)
    expect(areaPhrases.length).toBeGreaterThan(0)
    expect(queries.filter((query) => areaPhrases.includes(query))).toEqual([])
  })

  test('holds each query once, normalised as a typed query is, in a stable order', () => {
    expect(new Set(queries).size).toBe(queries.length)
    expect(queries.every((query) => normalise(query) === query && query !== '')).toBe(true)
    expect([...queries].sort()).toEqual(queries)
  })
})

describe('answerKey', () => {
  const answered = new Set(['hearing voices', 'carers'])

  test('finds the answer for the query however it was typed', () => {
    expect(answerKey(search({ q: 'Hearing  Voices' }), answered, false)).toBe('hearing voices')
    expect(answerKey(search({ q: 'carers!' }), answered, false)).toBe('carers')
  })

  test('has none for other words, a ticked filter, another order or a person’s location', () => {
    expect(answerKey(search({ q: 'carers york' }), answered, false)).toBeUndefined()
    expect(answerKey(search({ q: '' }), answered, false)).toBeUndefined()
    expect(answerKey(search({ q: 'carers', filters: { area: ['york'] } }), answered, false)).toBeUndefined()
    expect(answerKey(search({ q: 'carers', sort: 'name' }), answered, false)).toBeUndefined()
    expect(answerKey(search({ q: 'carers' }), answered, true)).toBeUndefined()
  })

  test('still answers when a filter has no values left', () => {
    expect(answerKey(search({ q: 'carers', filters: { area: [] } }), answered, false)).toBe('carers')
  })
})

describe('answerAddress', () => {
  test('keeps each query apart, readable, and safe in an address', () => {
    expect(answerAddress('hearing voices')).toBe('/search/answers/hearing-voices.json')
    expect(answerAddress('lgbtq + mental health')).toBe('/search/answers/lgbtq-%2B-mental-health.json')
    expect(decodeURIComponent(answerAddress('lgbtq + mental health'))).toBe(
      '/search/answers/lgbtq-+-mental-health.json',
    )
  })
})

describe('mayBeAnswered', () => {
  const answered = ['carer', 'carers', 'hearing voices']

  test('is true while the words typed are the start of a query with an answer', () => {
    expect(mayBeAnswered('', answered)).toBe(true)
    expect(mayBeAnswered('c', answered)).toBe(true)
    expect(mayBeAnswered('Hearing v', answered)).toBe(true)
    expect(mayBeAnswered('carers', answered)).toBe(true)
  })

  test('is false once they cannot become one', () => {
    expect(mayBeAnswered('carers y', answered)).toBe(false)
    expect(mayBeAnswered('trauma', answered)).toBe(false)
  })
})
