import { describe, expect, test } from 'vitest'
import { bankHolidaysBetween, isBankHoliday } from './bankHolidays'
import { londonDate } from './london'
import { testClock } from '../../../tests/clock'
import { expectedBankHolidays, govUkBankHolidays, isWeekend, ruleBankHolidays } from '../../../tests/oracles'

const inYear = (year: number) => bankHolidaysBetween(`${year}-01-01`, `${year}-12-31`)
const publishedYears = Object.keys(govUkBankHolidays).map(Number)
// The suite's clock, as every test reads it: `BUILD_TIME=2028-06-01T09:00:00Z npm test` shows
// what a run in 2028 would say, without the suite ever depending on the day it runs.
const thisYear = Number(londonDate(testClock()).slice(0, 4))

describe('bankHolidaysBetween', () => {
  test('agrees with GOV.UK’s published dates, substitute days included', () => {
    for (const year of publishedYears) expect(inYear(year), String(year)).toEqual(govUkBankHolidays[year])
  })

  test('gives the eight regular bank holidays every year until two years from now', () => {
    for (let year = Math.min(...publishedYears); year <= thisYear + 2; year++) {
      expect(
        inYear(year),
        `date-holidays is missing England and Wales bank holidays in ${year}: update the date-holidays ` +
          'package (or, if GOV.UK moved a holiday that year, check the package has the new date).',
      ).toEqual(expect.arrayContaining(ruleBankHolidays(year)))
    }
  })

  test('never falls at a weekend', () => {
    expect(bankHolidaysBetween('2020-01-01', '2035-12-31').filter(isWeekend)).toEqual([])
  })

  test('includes both ends and works across years', () => {
    expect(bankHolidaysBetween('2026-12-25', '2027-01-01')).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
    ])
    expect(bankHolidaysBetween('2026-12-26', '2026-12-27')).toEqual([])
  })
})

describe('GOV.UK’s bank holidays kept in the tests', () => {
  test('reach past next year, so date-holidays is always checked a year ahead', () => {
    const lastYear = Math.max(...publishedYears)
    expect(
      lastYear,
      `The copy of GOV.UK's bank holidays ends in ${lastYear}: add ${lastYear + 1} from ` +
        'https://www.gov.uk/bank-holidays.json (England and Wales) to govUkBankHolidays in ' +
        'tests/oracles.ts, and update the date-holidays package if the tests then disagree.',
    ).toBeGreaterThan(thisYear)
  })

  test('follow the rules worked out from Easter, as there are no one-off holidays in them', () => {
    for (const year of publishedYears) {
      expect(
        govUkBankHolidays[year],
        `The copy of GOV.UK's ${year} differs from the usual rules: check it for typos. If GOV.UK really ` +
          'moved or added a holiday that year, say so here and leave that year out of this check.',
      ).toEqual(ruleBankHolidays(year))
    }
  })
})

describe('isBankHoliday', () => {
  test('knows substitute days and ordinary ones', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true)
    expect(isBankHoliday('2026-12-28')).toBe(true)
    expect(isBankHoliday('2028-01-03')).toBe(true)
    expect(isBankHoliday('2026-11-23')).toBe(false)
  })

  test('says no to the weekend day a holiday moved away from', () => {
    expect(isBankHoliday('2026-12-26')).toBe(false)
    expect(isBankHoliday('2027-12-25')).toBe(false)
    expect(isBankHoliday('2028-01-01')).toBe(false)
  })

  test('leaves out observances such as Mother’s Day and Easter Sunday', () => {
    expect(isBankHoliday('2026-03-15')).toBe(false)
    expect(isBankHoliday('2026-04-05')).toBe(false)
  })

  test('knows one-off holidays, such as the coronation in 2023', () => {
    expect(isBankHoliday('2023-05-08')).toBe(true)
  })

  test('agrees with the oracle on every day from 2025 to 2030', () => {
    for (let year = 2025; year <= 2030; year++) {
      const expected = expectedBankHolidays(year)
      const days = Array.from({ length: 366 }, (_, i) =>
        new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10),
      )
      const holidays = days.filter((date) => date.startsWith(String(year)) && isBankHoliday(date))
      expect(holidays, String(year)).toEqual(expected)
    }
  })
})
