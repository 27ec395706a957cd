import { describe, expect, test } from 'vitest'
import { byNearest, byScore, countFilters, inOrderOf, mergeResults } from './ranking'

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
