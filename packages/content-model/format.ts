/**
 * Dates and times in the words the site prints and the Studio's previews repeat. Pure string
 * work on the stored "YYYY-MM-DD" and "HH:MM", so no time zone or clock is involved.
 */

// Written out rather than taken from Intl, so the words on a page never change with the ICU version.
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

function parts(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new Error(`"${isoDate}" is not a date written YYYY-MM-DD.`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

/** "3 March 2026" from "2026-03-03". */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate)
  return `${day} ${monthNames[month - 1]} ${year}`
}

/** "3 March" from "2026-03-03", for ranges within one year. */
function formatDayMonth(isoDate: string): string {
  const { month, day } = parts(isoDate)
  return `${day} ${monthNames[month - 1]}`
}

/** "6pm", "7:30pm", "midday", "midnight" from a 24-hour "HH:MM". */
export function formatTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) throw new Error(`"${time}" is not a 24-hour time like 18:30.`)
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes === 0 && hours === 12) return 'midday'
  if (minutes === 0 && hours === 0) return 'midnight'
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  const suffix = hours < 12 ? 'am' : 'pm'
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${match[2]}${suffix}`
}

/** "6pm to 7:30pm". */
export function formatTimeRange(opensAt: string, closesAt: string): string {
  return `${formatTime(opensAt)} to ${formatTime(closesAt)}`
}

/** "12 January to 30 March 2027", or with both years when they differ, or one date. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDate(from)
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDayMonth(from)} to ${formatDate(to)}`
  return `${formatDate(from)} to ${formatDate(to)}`
}
