import { describe, expect, test } from 'vitest'
import {
  addDays,
  daysInMonth,
  isBritishSummerTime,
  londonDate,
  londonInstant,
  londonParts,
  weekdayIndex,
} from './london'

/**
 * The oracle: GOV.UK's "When do the clocks change?" (https://www.gov.uk/when-do-the-clocks-change).
 * Clocks go forward at 1am on the first date and back at 2am on the second.
 */
const clockChanges: Record<number, readonly [string, string]> = {
  2025: ['2025-03-30', '2025-10-26'],
  2026: ['2026-03-29', '2026-10-25'],
  2027: ['2027-03-28', '2027-10-31'],
  2028: ['2028-03-26', '2028-10-29'],
  2029: ['2029-03-25', '2029-10-28'],
}

/** Hours London is ahead of UTC for a wall-clock time, reading the change hours as RFC 5545 does. */
function hoursAhead(date: string, time: string): number {
  const [forward, back] = clockChanges[Number(date.slice(0, 4))] ?? []
  if (!forward || !back) throw new Error(`Add GOV.UK's clock changes for ${date.slice(0, 4)} to this test.`)
  // On both change days the hour before 2am is read with the offset from before the change.
  if (date === forward) return time < '02:00' ? 0 : 1
  if (date === back) return time < '02:00' ? 1 : 0
  return date > forward && date < back ? 1 : 0
}

const asIfUtc = (date: string, time: string) => new Date(`${date}T${time}:00Z`).getTime()

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

  test('puts a time the clocks skip in March an hour later, as a phone shows it', () => {
    const skipped = londonInstant('2027-03-28', '01:30')
    expect(skipped.toISOString()).toBe('2027-03-28T01:30:00.000Z')
    expect(londonParts(skipped)).toEqual({ date: '2027-03-28', time: '02:30' })
  })

  test('takes the first of the two 1:30ams in October, still in summer time', () => {
    const repeated = londonInstant('2026-10-25', '01:30')
    expect(repeated.toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(isBritishSummerTime(repeated)).toBe(true)
    expect(londonInstant('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T02:00:00.000Z')
  })

  test('agrees with GOV.UK’s clock changes at every half hour of the change days and daily from 2025 to 2029', () => {
    const changeDays = Object.values(clockChanges).flat()
    const halfHours = Array.from(
      { length: 48 },
      (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    )
    for (let date = '2025-01-01'; date < '2030-01-01'; date = addDays(date, 1)) {
      const times = changeDays.includes(date) ? halfHours : ['00:00', '01:30', '18:00', '23:59']
      for (const time of times) {
        expect(londonInstant(date, time).getTime(), `${date} ${time}`).toBe(
          asIfUtc(date, time) - hoursAhead(date, time) * 3_600_000,
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

  test('reads 1:30am twice on the night the clocks go back', () => {
    expect(londonParts(new Date('2026-10-25T00:30:00Z')).time).toBe('01:30')
    expect(londonParts(new Date('2026-10-25T01:30:00Z')).time).toBe('01:30')
  })

  test('reads midnight as 00:00, not 24:00', () => {
    expect(londonParts(new Date('2027-01-01T00:00:00Z'))).toEqual({ date: '2027-01-01', time: '00:00' })
  })

  test('reads what the time-zone database reads, minute by minute across both changes of 2026 and 2027', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
    })
    const changes = [
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2027-03-28T01:00:00Z',
      '2027-10-31T01:00:00Z',
    ]
    for (const change of changes) {
      for (let minute = -150; minute <= 150; minute++) {
        const instant = new Date(Date.parse(change) + minute * 60_000)
        const { date, time } = londonParts(instant)
        expect(`${date}, ${time}`, instant.toISOString()).toBe(intl.format(instant))
      }
    }
  })

  test('gives back the wall-clock time londonInstant was given, every hour of 2027', () => {
    for (let date = '2027-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
      for (let hour = 0; hour < 24; hour++) {
        const time = `${String(hour).padStart(2, '0')}:15`
        const skipped = date === '2027-03-28' && hour === 1
        expect(londonParts(londonInstant(date, time)), `${date} ${time}`).toEqual({
          date,
          time: skipped ? '02:15' : time,
        })
      }
    }
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

describe('daysInMonth', () => {
  test('knows short months and leap years', () => {
    expect(daysInMonth('2027-02-10')).toBe(28)
    expect(daysInMonth('2028-02-10')).toBe(29)
    expect(daysInMonth('2026-11-22')).toBe(30)
    expect(daysInMonth('2026-12-01')).toBe(31)
  })
})
