import { describe, expect, test } from 'vitest'
import { indexTag, pagefindEntry } from './engine'

describe('the search index tag', () => {
  test('is new for every build, and stays the same for one build', () => {
    const first = indexTag(new Date('2026-11-22T09:00:00Z'))
    expect(indexTag(new Date('2026-11-22T09:00:00Z'))).toBe(first)
    expect(indexTag(new Date('2026-11-22T09:00:01Z'))).not.toBe(first)
  })

  test('needs no escaping in an address', () => {
    const tag = indexTag(new Date('2026-11-22T09:00:00Z'))
    expect(tag).toMatch(/^[a-z0-9]+$/)
    expect(pagefindEntry(tag)).toBe(`/pagefind/pagefind-entry.json?ts=${tag}`)
  })
})
