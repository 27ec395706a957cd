import { describe, expect, test } from 'vitest'
import { hsdsPages, organizationListEntry, PAGE_SIZE, serviceListEntry } from './pages'
import type { HsdsOrganization, HsdsService } from './hsds'

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index)

describe('hsdsPages', () => {
  test('cuts a list into pages of 50, the last holding the rest', () => {
    const pages = hsdsPages(numbers(120))
    expect(PAGE_SIZE).toBe(50)
    expect(pages.map(({ contents, ...page }) => ({ ...page, first: contents[0] }))).toEqual([
      {
        total_items: 120,
        total_pages: 3,
        page_number: 1,
        size: 50,
        first_page: true,
        last_page: false,
        empty: false,
        first: 0,
      },
      {
        total_items: 120,
        total_pages: 3,
        page_number: 2,
        size: 50,
        first_page: false,
        last_page: false,
        empty: false,
        first: 50,
      },
      {
        total_items: 120,
        total_pages: 3,
        page_number: 3,
        size: 20,
        first_page: false,
        last_page: true,
        empty: false,
        first: 100,
      },
    ])
  })

  test('makes exactly one page of a list that fills it', () => {
    expect(hsdsPages(numbers(50)).map((page) => page.size)).toEqual([50])
  })

  test('still has a first page for an empty list, which says it is empty', () => {
    expect(hsdsPages([])).toEqual([
      {
        total_items: 0,
        total_pages: 1,
        page_number: 1,
        size: 0,
        first_page: true,
        last_page: true,
        empty: true,
        contents: [],
      },
    ])
  })
})

describe('list entries', () => {
  test('keep a record’s own fields and its organisation, and leave out its lists', () => {
    const service = {
      id: 'a',
      name: 'A group',
      status: 'active',
      organization: { id: 'b', name: 'B', description: 'An organisation', uri: 'https://example.org/b' },
      phones: [{ id: 'c', number: '020 7946 0123', type: 'voice' }],
      schedules: [],
    } as unknown as HsdsService
    expect(serviceListEntry(service)).toEqual({
      id: 'a',
      name: 'A group',
      status: 'active',
      organization: { id: 'b', name: 'B', description: 'An organisation', uri: 'https://example.org/b' },
    })
    const organization = {
      id: 'b',
      name: 'B',
      description: 'x',
      uri: 'https://example.org/b',
      services: [],
      phones: [],
    }
    expect(organizationListEntry(organization as unknown as HsdsOrganization)).toEqual({
      id: 'b',
      name: 'B',
      description: 'x',
      uri: 'https://example.org/b',
    })
  })
})
