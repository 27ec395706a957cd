import { describe, expect, test } from 'vitest'
import {
  listPages,
  pageParam,
  pagination,
  pageTitle,
  sectionLinks,
  splitIntoPages,
  type Section,
} from './pages'

const section = (id: string, count: number): Section<string> => ({
  id,
  title: `Title ${id}`,
  items: Array.from({ length: count }, (_, index) => `${id}-${index + 1}`),
})

const href = (n: number) => (n === 1 ? '/list/' : `/list/${n}/`)

/** Each page as its sections' ids with how many items each holds there, "(c)" marking a continued one. */
const shape = (pages: ReturnType<typeof splitIntoPages<string, Section<string>>>) =>
  pages.map((page) => page.map((part) => `${part.id}${part.continued ? '(c)' : ''}:${part.items.length}`))

describe('splitIntoPages', () => {
  test('keeps a list that fits on one page, sections whole and not continued', () => {
    const pages = splitIntoPages([section('a', 3), section('b', 2)], 5)
    expect(shape(pages)).toEqual([['a:3', 'b:2']])
    expect(pages[0]?.map((part) => part.total)).toEqual([3, 2])
  })

  test('carries a section that does not fit on to the next page, marked as continued', () => {
    expect(shape(splitIntoPages([section('a', 3), section('b', 5), section('c', 1)], 4))).toEqual([
      ['a:3', 'b:1'],
      ['b(c):4'],
      ['c:1'],
    ])
  })

  test('splits one long section across several pages, each as full as allowed', () => {
    const pages = splitIntoPages([section('a', 7)], 3)
    expect(shape(pages)).toEqual([['a:3'], ['a(c):3'], ['a(c):1']])
    expect(pages.flat().map((part) => part.total)).toEqual([7, 7, 7])
  })

  test('starts no empty page when a page is filled exactly', () => {
    expect(shape(splitIntoPages([section('a', 2), section('b', 2)], 2))).toEqual([['a:2'], ['b:2']])
  })

  test('gives an empty list one empty page, so the list still has its page 1', () => {
    expect(splitIntoPages([], 10)).toEqual([[]])
  })

  test('keeps a section with no items in its place', () => {
    expect(shape(splitIntoPages([section('a', 2), section('b', 0)], 2))).toEqual([['a:2', 'b:0']])
  })

  test('puts every item of a big list on exactly one page, in order, none over the limit', () => {
    const sections = Array.from({ length: 23 }, (_, index) => section(`s${index}`, (index * 37) % 101))
    const pages = splitIntoPages(sections, 60)
    const placed = pages.flatMap((page) => page.flatMap((part) => part.items))
    expect(placed).toEqual(sections.flatMap((part) => part.items))
    expect(new Set(placed).size).toBe(placed.length)
    for (const page of pages)
      expect(page.reduce((sum, part) => sum + part.items.length, 0)).toBeLessThanOrEqual(60)
    expect(pages).toHaveLength(Math.ceil(placed.length / 60))
  })

  test('refuses a page size that would never fill a page', () => {
    expect(() => splitIntoPages([section('a', 1)], 0)).toThrow(/1 or more, not 0/)
    expect(() => splitIntoPages([section('a', 1)], 2.5)).toThrow(/whole number/)
  })
})

describe('sectionLinks', () => {
  const pages = splitIntoPages([section('a', 3), section('b', 5), section('c', 1)], 4)

  test('links each section to its heading on the page where it starts', () => {
    expect(sectionLinks(pages, { number: 2, count: 3, href })).toEqual([
      { id: 'a', title: 'Title a', href: '/list/#a' },
      { id: 'b', title: 'Title b', href: '/list/#b' },
      { id: 'c', title: 'Title c', href: '/list/3/#c' },
    ])
  })

  test('uses a plain fragment for a section that starts on this page', () => {
    expect(sectionLinks(pages, { number: 1, count: 3, href }).map((link) => link.href)).toEqual([
      '#a',
      '#b',
      '/list/3/#c',
    ])
  })

  test('can lead several sections to the one heading they sit under', () => {
    const links = sectionLinks(pages, { number: 3, count: 3, href }, (part) =>
      part.id === 'a' ? part : { id: 'rest', title: 'The rest' },
    )
    expect(links).toEqual([
      { id: 'a', title: 'Title a', href: '/list/#a' },
      { id: 'rest', title: 'The rest', href: '/list/#rest' },
    ])
  })
})

describe('pageTitle', () => {
  test('says which page this is when there are several', () => {
    expect(pageTitle('Anxiety: peer support', { number: 2, count: 9 })).toBe(
      'Anxiety: peer support (page 2 of 9)',
    )
  })

  test('leaves the title alone on a list of one page', () => {
    expect(pageTitle('Anxiety: peer support', { number: 1, count: 1 })).toBe('Anxiety: peer support')
  })
})

describe('pagination', () => {
  const numbers = (number: number, count: number) =>
    pagination({ number, count, href }).numbers.map((entry) =>
      'gap' in entry ? '…' : entry.current ? `[${entry.number}]` : String(entry.number),
    )

  test('links the previous and next pages, and none beyond either end', () => {
    expect(pagination({ number: 2, count: 3, href })).toMatchObject({ previous: '/list/', next: '/list/3/' })
    expect(pagination({ number: 1, count: 3, href })).toMatchObject({ previous: undefined, next: '/list/2/' })
    expect(pagination({ number: 3, count: 3, href })).toMatchObject({ previous: '/list/2/', next: undefined })
  })

  test('shows every page of a short list, this one marked', () => {
    expect(numbers(3, 5)).toEqual(['1', '2', '[3]', '4', '5'])
  })

  test('shows the ends and the pages either side of this one on a long list', () => {
    expect(numbers(10, 20)).toEqual(['1', '…', '9', '[10]', '11', '…', '20'])
    expect(numbers(1, 20)).toEqual(['[1]', '2', '…', '20'])
    expect(numbers(20, 20)).toEqual(['1', '…', '19', '[20]'])
  })

  test('shows a single left-out page as its number rather than a gap', () => {
    expect(numbers(4, 7)).toEqual(['1', '2', '3', '[4]', '5', '6', '7'])
  })

  test('gives each number its address', () => {
    expect(pagination({ number: 1, count: 2, href }).numbers).toEqual([
      { number: 1, href: '/list/', current: true },
      { number: 2, href: '/list/2/', current: false },
    ])
  })
})

describe('listPages', () => {
  test('gives each page its place, sections, jump links and pagination bar', () => {
    const pages = listPages([section('a', 3), section('b', 2)], 4, href)
    expect(pages.map(({ number, count }) => `${number}/${count}`)).toEqual(['1/2', '2/2'])
    expect(pages[1]?.contents.map((link) => link.href)).toEqual(['/list/#a', '/list/#b'])
    expect(pages[1]?.pagination.previous).toBe('/list/')
  })
})

describe('pageParam', () => {
  test('gives page 1 no parameter, so it keeps the list’s own address', () => {
    expect(pageParam(1)).toBeUndefined()
    expect(pageParam(1, 'page/')).toBeUndefined()
  })

  test('gives later pages their number, after the folder when there is one', () => {
    expect(pageParam(2)).toBe('2')
    expect(pageParam(12, 'page/')).toBe('page/12')
  })
})
