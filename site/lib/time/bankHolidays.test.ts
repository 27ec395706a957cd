import { describe, expect, test } from 'vitest'
import { englandBankHolidays, isBankHoliday } from './bankHolidays'
import { addDays, weekdayIndex } from './london'

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const firstMonday = (monthStart: string) => addDays(monthStart, (7 - weekdayIndex(monthStart)) % 7)
const lastMonday = (monthEnd: string) => addDays(monthEnd, -weekdayIndex(monthEnd))
const nextWeekday = (date: string) =>
  weekdayIndex(date) === 5 ? addDays(date, 2) : weekdayIndex(date) === 6 ? addDays(date, 1) : date

/** The England and Wales rules, worked out from scratch (no one-off holidays fall in 2025 to 2028). */
function expectedHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const christmas = `${year}-12-25`
  const christmasHoliday = nextWeekday(christmas)
  // Boxing Day moves past a Christmas substitute too: Saturday 25th gives Monday 27th and Tuesday 28th.
  let boxingDay = nextWeekday(`${year}-12-26`)
  if (boxingDay === christmasHoliday) boxingDay = addDays(boxingDay, 1)
  return [
    nextWeekday(`${year}-01-01`),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(`${year}-05-01`),
    lastMonday(`${year}-05-31`),
    lastMonday(`${year}-08-31`),
    christmasHoliday,
    boxingDay,
  ]
}

describe('englandBankHolidays', () => {
  test('matches the rules for each year from 2025 to 2028', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      expect(englandBankHolidays.filter((date) => date.startsWith(String(year)))).toEqual(
        expectedHolidays(year),
      )
    }
  })

  test('never falls at a weekend', () => {
    expect(englandBankHolidays.filter((date) => weekdayIndex(date) >= 5)).toEqual([])
  })

  test('cannot be changed by a caller', () => {
    expect(Object.isFrozen(englandBankHolidays)).toBe(true)
  })
})

describe('isBankHoliday', () => {
  test('knows substitute days and ordinary ones', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true)
    expect(isBankHoliday('2026-12-28')).toBe(true)
    expect(isBankHoliday('2026-12-26')).toBe(false)
    expect(isBankHoliday('2028-01-03')).toBe(true)
    expect(isBankHoliday('2026-11-23')).toBe(false)
  })
})
