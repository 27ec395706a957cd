import { formatDate, formatDateRange, formatTimeRange } from './format.ts'
import { todayInUk } from './rules.ts'
import { titleOf, weekdays, weeksOfMonth, type ScheduleFrequency, type Weekday } from './vocabulary.ts'

/**
 * A meeting time as people say it. The site prints this sentence on listing pages and cards,
 * and the Studio shows the same sentence as a meeting time's preview, so a partner sees exactly
 * what the public will read.
 */

/** What the sentence needs from a meeting time: the fields of the Studio's `schedule` object. */
export type ScheduleWords = {
  freq: ScheduleFrequency
  interval: number
  byday: readonly Weekday[]
  weeksOfMonth: readonly number[]
  opensAt: string
  closesAt: string
  validFrom?: string | undefined
  validTo?: string | undefined
  skipsBankHolidays: boolean
}

const dayOrder: readonly Weekday[] = weekdays.map((day) => day.value)
/** "1st", "2nd", … "last": the Studio's own words for the weeks of a month, mid-sentence. */
const ordinal = (week: number): string =>
  weeksOfMonth.find(({ value }) => value === week)?.title.toLowerCase() ?? String(week)

/** Sorts day codes Monday first, as people in the UK count a week. */
export const byWeekOrder = (a: Weekday, b: Weekday) => dayOrder.indexOf(a) - dayOrder.indexOf(b)
// "Last" comes after the 4th week.
const byWeekOfMonth = (a: number, b: number) => (a === -1 ? 5 : a) - (b === -1 ? 5 : b)

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function describeDays(schedule: ScheduleWords): string {
  const days = [...new Set(schedule.byday)].sort(byWeekOrder)
  const names = list(days.map((day) => titleOf(weekdays, day)))
  if (schedule.freq === 'monthly') {
    const weeks = [...new Set(schedule.weeksOfMonth)].sort(byWeekOfMonth)
    const month =
      schedule.interval === 1
        ? 'the month'
        : schedule.interval === 2
          ? 'every other month'
          : `every ${schedule.interval} months`
    return capitalise(`${list(weeks.map(ordinal))} ${names} of ${month}`)
  }
  const isWeekdays = days.length === 5 && days.every((day) => day !== 'SA' && day !== 'SU')
  const dayWords = days.length === 7 ? 'day' : isWeekdays ? 'weekday' : names
  if (schedule.interval === 1) return `Every ${dayWords}`
  if (schedule.interval === 2) return `Every other ${dayWords}`
  return `Every ${schedule.interval} weeks on ${dayWords === 'day' ? 'every day' : dayWords}`
}

function describeTerm(schedule: ScheduleWords, today: string | undefined): string {
  const from =
    schedule.validFrom && (today === undefined || schedule.validFrom > today) ? schedule.validFrom : undefined
  const to = schedule.validTo
  if (from && to) return ` (from ${formatDateRange(from, to)})`
  if (from) return ` (from ${formatDate(from)})`
  if (to) return ` (until ${formatDate(to)})`
  return ''
}

/**
 * A schedule as people say it: "Every Tuesday, 6pm to 7:30pm",
 * "2nd and 4th Thursday of the month, 6:30pm to 8pm (until 30 March 2027). Not on bank holidays."
 * Given `now`, a start date already past (in the UK) is left out, since it no longer helps anyone.
 */
export function describeSchedule(schedule: ScheduleWords, now?: Date): string {
  const today = now ? todayInUk(now) : undefined
  const main = `${describeDays(schedule)}, ${formatTimeRange(schedule.opensAt, schedule.closesAt)}${describeTerm(schedule, today)}`
  return schedule.skipsBankHolidays ? `${main}. Not on bank holidays.` : main
}
