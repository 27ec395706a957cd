import Holidays from 'date-holidays'
import { weekdayIndex } from './london'

/*
 * Bank holidays in England and Wales from the date-holidays package, whose rules cover every
 * year and whose releases add one-off holidays (a coronation, a jubilee) as they are announced.
 * bankHolidays.test.ts checks it against GOV.UK's list and says when that copy needs refreshing.
 */

const englandAndWales = new Holidays('GB', 'ENG')
const byYear = new Map<number, ReadonlySet<string>>()

function holidaysIn(year: number): ReadonlySet<string> {
  let holidays = byYear.get(year)
  if (!holidays) {
    holidays = new Set(
      englandAndWales
        .getHolidays(year)
        // Public holidays only: not observances such as Mother's Day.
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10))
        // GOV.UK lists the weekday a weekend holiday moves to (the substitute day), not the weekend day.
        .filter((date) => weekdayIndex(date) < 5),
    )
    byYear.set(year, holidays)
  }
  return holidays
}

/** Whether an ISO date is a bank holiday in England and Wales. */
export function isBankHoliday(isoDate: string): boolean {
  return holidaysIn(Number(isoDate.slice(0, 4))).has(isoDate)
}

/** The bank holidays in England and Wales from one ISO date to another, both included, in order. */
export function bankHolidaysBetween(from: string, to: string): string[] {
  const found: string[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    found.push(...[...holidaysIn(year)].filter((date) => date >= from && date <= to))
  }
  return found.sort()
}
