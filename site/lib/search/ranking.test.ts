import { describe, expect, test } from 'vitest'
import {
  byMostParts,
  byNearest,
  byScore,
  countFilters,
  inOrderOf,
  mergeResults,
  partsMatched,
  rankByParts,
} from './ranking'

const result = (id: string, score: number) => ({ id, score })

describe('mergeResults', () => {
  test('lists each listing once, adding up its scores from every search that found it', () => {
    const merged = mergeResults([
      [result('a', 1), result('b', 2)],
      [result('a', 3), result('c', 1)],
    ])
    expect(merged.map(({ result: { id }, score }) => [id, score])).toEqual([
      ['a', 4],
      ['b', 2],
      ['c', 1],
    ])
  })
})

describe('byScore', () => {
  test('puts the best match first', () => {
    expect(byScore([{ score: 1 }, { score: 5 }, { score: 3 }]).map(({ score }) => score)).toEqual([5, 3, 1])
  })
})

describe('inOrderOf', () => {
  test('follows a sorted search of everything, with anything it missed last', () => {
    const found = ['x', 'b', 'a', 'c'].map((id) => ({ result: { id } }))
    expect(inOrderOf(found, ['a', 'b', 'c']).map(({ result }) => result.id)).toEqual(['a', 'b', 'c', 'x'])
  })
})

describe('byNearest', () => {
  test('puts the nearest first and listings with no venue last', () => {
    const found = [{ miles: 4 }, { miles: undefined }, { miles: 0.5 }]
    expect(byNearest(found).map(({ miles }) => miles)).toEqual([0.5, 4, undefined])
  })
})

describe('countFilters', () => {
  test('counts how many results have each filter value', () => {
    expect(
      countFilters([{ area: ['Croydon'], when: ['Weekends'] }, { area: ['Croydon', 'Lambeth'] }, {}]),
    ).toEqual({ area: { Croydon: 2, Lambeth: 1 }, when: { Weekends: 1 } })
  })
})

describe('rankByParts', () => {
  test('puts listings that meet the most parts first, then the weightiest parts, then the best scores', () => {
    // "trauma group York": a topic (3), a broad word (1) and a place (2).
    const ranked = rankByParts(
      [
        { part: 0, results: [result('trauma-group-online', 5), result('trauma-course-york', 1)] },
        { part: 1, results: [result('trauma-group-online', 1), result('hearing-voices-york', 9)] },
        {
          part: 2,
          results: [
            result('trauma-course-york', 1),
            result('hearing-voices-york', 1),
            result('york-walk', 20),
          ],
        },
      ],
      [3, 1, 2],
    )
    expect(ranked.map((found) => [found.result.id, found.parts, found.weight])).toEqual([
      ['trauma-course-york', 2, 5],
      ['trauma-group-online', 2, 4],
      ['hearing-voices-york', 2, 3],
      ['york-walk', 1, 2],
    ])
  })

  test('puts a listing that meets every part first, and counts a part met by two of its phrases once', () => {
    const ranked = rankByParts(
      [
        { part: 0, results: [result('a', 1), result('all', 1)] },
        { part: 0, results: [result('a', 1)] },
        { part: 1, results: [result('b', 1), result('all', 0.1)] },
      ],
      [3, 3],
    )
    expect(ranked.map((found) => [found.result.id, found.parts, found.score])).toEqual([
      ['all', 2, 1.1],
      ['a', 1, 2],
      ['b', 1, 1],
    ])
  })
})

describe('partsMatched', () => {
  test('names the parts that found something alone, and those that found nothing', () => {
    expect(
      partsMatched(
        ['my mum', 'dementia', 'Leeds'],
        [
          { part: 0, results: [1] },
          { part: 1, results: [] },
          { part: 2, results: [1, 2] },
        ],
      ),
    ).toEqual({ matched: ['my mum', 'Leeds'], unmatched: ['dementia'] })
  })

  test('says nothing of parts it did not search', () => {
    expect(partsMatched(['voices', 'dementia'], [{ part: 1, results: [] }])).toEqual({
      matched: [],
      unmatched: ['dementia'],
    })
  })
})

describe('byMostParts', () => {
  test('keeps the order within listings that meet as many parts of the same weight', () => {
    const found = [
      { id: 'near', parts: 1, weight: 3 },
      { id: 'far', parts: 2, weight: 4 },
      { id: 'nearer', parts: 2, weight: 4 },
      { id: 'nearest', parts: 2, weight: 3 },
    ]
    expect(byMostParts(found).map((entry) => entry.id)).toEqual(['far', 'nearer', 'nearest', 'near'])
  })
})
