import { describe, expect, test } from 'vitest'
import { formatDate, formatDateRange, formatDateWithDay, formatTime, formatTimeRange } from './format'

describe('formatDate', () => {
  test('writes the day without a leading zero, the month in full, then the year', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026')
    expect(formatDate('2027-12-31')).toBe('31 December 2027')
  })

  test('refuses something that is not an ISO date', () => {
    expect(() => formatDate('03/03/2026')).toThrow(/YYYY-MM-DD/)
  })
})

describe('formatDateWithDay', () => {
  test('puts the day of the week first', () => {
    expect(formatDateWithDay('2026-03-03')).toBe('Tuesday 3 March 2026')
    expect(formatDateWithDay('2026-11-22')).toBe('Sunday 22 November 2026')
    expect(formatDateWithDay('2028-02-29')).toBe('Tuesday 29 February 2028')
  })
})

describe('formatTime', () => {
  test('writes whole hours as "6pm" and others as "7:30pm"', () => {
    expect(formatTime('18:00')).toBe('6pm')
    expect(formatTime('19:30')).toBe('7:30pm')
    expect(formatTime('09:05')).toBe('9:05am')
    expect(formatTime('10:00')).toBe('10am')
  })

  test('says midday and midnight in words', () => {
    expect(formatTime('12:00')).toBe('midday')
    expect(formatTime('00:00')).toBe('midnight')
  })

  test('counts the hour after midday and after midnight as 12', () => {
    expect(formatTime('12:30')).toBe('12:30pm')
    expect(formatTime('00:30')).toBe('12:30am')
    expect(formatTime('23:59')).toBe('11:59pm')
  })
})

describe('formatTimeRange', () => {
  test('joins the two times with "to"', () => {
    expect(formatTimeRange('18:00', '19:30')).toBe('6pm to 7:30pm')
    expect(formatTimeRange('10:00', '12:00')).toBe('10am to midday')
  })
})

describe('formatDateRange', () => {
  test('writes the year once when both dates share it', () => {
    expect(formatDateRange('2027-01-12', '2027-03-30')).toBe('12 January to 30 March 2027')
  })

  test('writes both years when they differ', () => {
    expect(formatDateRange('2026-12-01', '2027-02-02')).toBe('1 December 2026 to 2 February 2027')
  })

  test('writes one date when they are the same', () => {
    expect(formatDateRange('2027-01-12', '2027-01-12')).toBe('12 January 2027')
  })
})
