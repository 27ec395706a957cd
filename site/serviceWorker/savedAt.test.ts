import { describe, expect, test } from 'vitest'
import { savedAtHeader, savedAtOf, savedOnWords, withSavedAt } from './savedAt'

const at = (iso: string) => new Date(iso)

// Expected words worked out by hand from a calendar: 26 November 2026 is a Thursday, UK clocks
// are on GMT then and on BST (UTC+1) in July.
describe('savedOnWords', () => {
  test('says the weekday, date and time in London, without this year', () => {
    expect(savedOnWords(at('2026-11-26T10:04:00Z'), at('2026-11-26T12:00:00Z'))).toBe(
      'Thursday 26 November at 10:04am',
    )
  })

  test('reads the clock in summer time an hour ahead of UTC', () => {
    expect(savedOnWords(at('2026-07-01T09:30:00Z'), at('2026-07-02T09:00:00Z'))).toBe(
      'Wednesday 1 July at 10:30am',
    )
  })

  test("gives London's date when it is already tomorrow there", () => {
    expect(savedOnWords(at('2026-06-30T23:30:00Z'), at('2026-07-02T09:00:00Z'))).toBe(
      'Wednesday 1 July at 12:30am',
    )
  })

  test('adds the year when the page was saved in an earlier one', () => {
    expect(savedOnWords(at('2025-12-31T23:00:00Z'), at('2026-01-02T09:00:00Z'))).toBe(
      'Wednesday 31 December 2025 at 11pm',
    )
  })
})

describe('withSavedAt and savedAtOf', () => {
  test('stamp a response with when it was saved, keeping its body and headers', async () => {
    const original = new Response('<p>Group</p>', { headers: { 'content-type': 'text/html' } })
    const stamped = withSavedAt(original, at('2026-11-26T10:04:00Z'))
    expect(stamped.headers.get(savedAtHeader)).toBe('2026-11-26T10:04:00.000Z')
    expect(stamped.headers.get('content-type')).toBe('text/html')
    expect(await stamped.text()).toBe('<p>Group</p>')
    expect(savedAtOf(stamped)).toEqual(at('2026-11-26T10:04:00Z'))
  })

  test('read no time from a response without a stamp or with a broken one', () => {
    expect(savedAtOf(new Response(''))).toBeUndefined()
    expect(savedAtOf(new Response('', { headers: { [savedAtHeader]: 'yesterday' } }))).toBeUndefined()
  })
})
