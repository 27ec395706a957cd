import { formatDate } from '@findpeersupport/content-model/format'
import { weekdays } from '@findpeersupport/content-model/vocabulary'
import { weekdayIndex } from './london'

// The Studio's previews print dates and times too, so the words live in the shared content model.
export {
  formatDate,
  formatDateRange,
  formatTime,
  formatTimeRange,
} from '@findpeersupport/content-model/format'

/** "Tuesday" from "2026-03-03". */
export function weekdayName(isoDate: string): string {
  return weekdays[weekdayIndex(isoDate)]?.title ?? ''
}

/** "Tuesday 3 March 2026" from "2026-03-03". */
export function formatDateWithDay(isoDate: string): string {
  return `${weekdayName(isoDate)} ${formatDate(isoDate)}`
}
