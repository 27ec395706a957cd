import { describe, expect, test } from 'vitest'
import { addDays, isBritishSummerTime, londonDate, londonInstant, londonParts, weekdayIndex } from './london'

const intlLondon = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

describe('londonInstant', () => {
  test('is UTC in winter and an hour earlier in UTC in summer', () => {
    expect(londonInstant('2026-11-24', '18:00').toISOString()).toBe('2026-11-24T18:00:00.000Z')
    expect(londonInstant('2026-07-07', '18:00').toISOString()).toBe('2026-07-07T17:00:00.000Z')
  })

  test('moves to summer time on the last Sunday of March and back on the last Sunday of October', () => {
    expect(londonInstant('2027-03-27', '18:00').toISOString()).toBe('2027-03-27T18:00:00.000Z')
    expect(londonInstant('2027-03-28', '18:00').toISOString()).toBe('2027-03-28T17:00:00.000Z')
    expect(londonInstant('2026-10-24', '18:00').toISOString()).toBe('2026-10-24T17:00:00.000Z')
    expect(londonInstant('2026-10-25', '18:00').toISOString()).toBe('2026-10-25T18:00:00.000Z')
  })

  test('agrees with the time-zone database at 6pm and at 1:30am on every day from 2025 to 2028', () => {
    for (let date = '2025-01-01'; date < '2029-01-01'; date = addDays(date, 1)) {
      for (const time of ['18:00', '01:30']) {
        const instant = londonInstant(date, time)
        // 1:30am does not exist on the spring change day, when clocks jump from 1am to 2am.
        const springChangeDay =
          date === '2025-03-30' || date === '2026-03-29' || date === '2027-03-28' || date === '2028-03-26'
        const shown = intlLondon.format(instant)
        if (springChangeDay && time === '01:30') expect(shown).toContain('02:30')
        else
          expect(shown, `${date} ${time}`).toBe(
            `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}, ${time}`,
          )
      }
    }
  })
})

describe('londonParts', () => {
  test('gives the London date and time of an instant', () => {
    expect(londonParts(new Date('2026-07-07T23:30:00Z'))).toEqual({ date: '2026-07-08', time: '00:30' })
    expect(londonParts(new Date('2026-11-22T23:30:00Z'))).toEqual({ date: '2026-11-22', time: '23:30' })
    expect(londonDate(new Date('2026-11-22T09:00:00Z'))).toBe('2026-11-22')
  })
})

describe('isBritishSummerTime', () => {
  test('starts at 1am UTC on the change day, not at midnight', () => {
    expect(isBritishSummerTime(new Date('2027-03-28T00:59:00Z'))).toBe(false)
    expect(isBritishSummerTime(new Date('2027-03-28T01:00:00Z'))).toBe(true)
    expect(isBritishSummerTime(new Date('2026-10-25T00:59:00Z'))).toBe(true)
    expect(isBritishSummerTime(new Date('2026-10-25T01:00:00Z'))).toBe(false)
  })
})

describe('weekdayIndex', () => {
  test('counts Monday as 0 and Sunday as 6', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0)
    expect(weekdayIndex('2026-11-22')).toBe(6)
    expect(weekdayIndex('1969-12-31')).toBe(2)
  })
})
