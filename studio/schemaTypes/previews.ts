import { formatDate } from '@findpeersupport/content-model/format'
import { timePattern } from '@findpeersupport/content-model/rules'
import { describeSchedule, type ScheduleWords } from '@findpeersupport/content-model/schedule'
import { listingStatuses, titleOf, type ListingStatus } from '@findpeersupport/content-model/vocabulary'

/**
 * What the Studio's lists and array items show for a document, as pure functions of the values
 * the preview selects, so they can be tested without a Studio.
 */

/** The values a listing's preview selects; every listing type has these fields. */
export const listingPreviewSelect = {
  name: 'name',
  area: 'areas.0.name',
  areas: 'areas',
  status: 'status',
  lastChecked: 'lastChecked',
} as const

/** A listing's selected values. Any may be missing while a new listing is being written. */
export type ListingSelection = {
  name?: string
  area?: string
  areas?: readonly unknown[]
  status?: ListingStatus
  lastChecked?: string
}

/**
 * "Peer support group · Croydon · Paused for now · checked 3 March 2026": what it is, where, whether
 * it runs and how fresh it is, so a partner can see from the list which listing needs them.
 * `kind` is already in words ("Peer support group"), since each type has its own kinds.
 */
export function listingSubtitle(kind: string | undefined, selection: ListingSelection): string {
  const { area, areas = [], status, lastChecked } = selection
  const otherAreas = areas.length - 1
  const where = area && otherAreas > 0 ? `${area} and ${otherAreas} more` : area
  const checked = lastChecked ? `checked ${formatDate(lastChecked)}` : 'never checked'
  return [kind, where, status && titleOf(listingStatuses, status), checked].filter(Boolean).join(' · ')
}

/** A listing's preview: its name, then `listingSubtitle`. */
export const listingPreview = (kind: string | undefined, selection: ListingSelection) => ({
  title: selection.name ?? 'No name yet',
  subtitle: listingSubtitle(kind, selection),
})

/** A meeting time's selected values, as the Studio holds them while someone fills them in. */
export type MeetingTimeSelection = { [Field in keyof ScheduleWords]?: ScheduleWords[Field] | undefined } & {
  notes?: string | undefined
}

/** The meeting time as the sentence needs it, or undefined while something it needs is missing. */
function completeMeetingTime(value: MeetingTimeSelection): ScheduleWords | undefined {
  const { freq, byday, weeksOfMonth = [], opensAt, closesAt } = value
  if (!freq || !byday?.length || !opensAt || !closesAt) return undefined
  if (!timePattern.test(opensAt) || !timePattern.test(closesAt)) return undefined
  if (freq === 'monthly' && weeksOfMonth.length === 0) return undefined
  // The same defaults the site applies when a document leaves these out.
  return {
    ...value,
    freq,
    byday,
    weeksOfMonth,
    opensAt,
    closesAt,
    interval: value.interval ?? 1,
    skipsBankHolidays: value.skipsBankHolidays ?? false,
  }
}

/**
 * A meeting time's preview: the sentence the site prints for it on `now`, like "Every Tuesday,
 * 6pm to 7:30pm", with its notes underneath; or, while it is unfinished, what is still needed.
 */
export function meetingTimePreview(
  value: MeetingTimeSelection,
  now: Date,
): { title: string; subtitle?: string } {
  const complete = completeMeetingTime(value)
  if (!complete) return { title: 'Not finished: say how often, which days, and the start and end times' }
  return { title: describeSchedule(complete, now), ...(value.notes ? { subtitle: value.notes } : {}) }
}
