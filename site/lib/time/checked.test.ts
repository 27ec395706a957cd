import { describe, expect, test } from 'vitest'
import { checkedRecently, lastCheckedStatus, wholeMonthsBetween } from './checked'

const now = new Date('2026-11-22T09:00:00Z')

describe('lastCheckedStatus', () => {
  test('says when it was last checked', () => {
    expect(lastCheckedStatus('2026-03-03', now)).toEqual({
      text: 'Last checked on 3 March 2026',
      isStale: false,
      monthsAgo: 8,
    })
  })

  test('is not stale just under 12 months ago', () => {
    expect(lastCheckedStatus('2025-11-23', now)).toMatchObject({ isStale: false, monthsAgo: 11 })
    expect(lastCheckedStatus('2025-11-22', now)).toMatchObject({ isStale: false, monthsAgo: 12 })
  })

  test('is stale just over 12 months ago', () => {
    expect(lastCheckedStatus('2025-11-21', now)).toMatchObject({ isStale: true, monthsAgo: 12 })
    expect(lastCheckedStatus('2025-06-01', now)).toMatchObject({
      text: 'Last checked on 1 June 2025',
      isStale: true,
      monthsAgo: 17,
    })
  })

  test('is stale and says so when nobody knows', () => {
    expect(lastCheckedStatus(undefined, now)).toEqual({
      text: 'We do not know when this was last checked',
      isStale: true,
    })
  })

  test('treats a date after today as checked today', () => {
    expect(lastCheckedStatus('2026-12-01', now)).toMatchObject({ isStale: false, monthsAgo: 0 })
  })
})

describe('wholeMonthsBetween', () => {
  test('counts a month only when the day of the month is reached', () => {
    expect(wholeMonthsBetween('2026-03-03', '2026-04-02')).toBe(0)
    expect(wholeMonthsBetween('2026-03-03', '2026-04-03')).toBe(1)
    expect(wholeMonthsBetween('2025-12-31', '2026-01-01')).toBe(0)
  })
})

describe('checkedRecently', () => {
  test('sorts the most recently checked first and the unknown last', () => {
    const listings = [
      { lastChecked: '2025-06-01' },
      { lastChecked: undefined },
      { lastChecked: '2026-10-15' },
      { lastChecked: undefined },
    ]
    const sorted = [...listings].sort(
      (a, b) => checkedRecently(b.lastChecked) - checkedRecently(a.lastChecked),
    )
    expect(sorted.map((listing) => listing.lastChecked)).toEqual([
      '2026-10-15',
      '2025-06-01',
      undefined,
      undefined,
    ])
  })
})
