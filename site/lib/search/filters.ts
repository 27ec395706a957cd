import {
  audiences,
  deliveryModes,
  languages,
  opportunityKinds,
  serviceKinds,
  weekdays,
} from '@findpeersupport/content-model/vocabulary'
import { sortedByName } from '../byName'

/*
 * The search filters: the words a person ticks (Pagefind filter values) and the short
 * tokens the search page's address uses for them. Kept free of site code so the search
 * island can import it without pulling the directory into the browser.
 */

/** One choice in a filter: `token` goes in the address, `label` is what people read and Pagefind indexes. */
export interface FilterOption {
  token: string
  label: string
}

/** A filter as the search page shows it: its address parameter, heading and options. */
export interface FilterGroup {
  key: FilterKey
  legend: string
  options: FilterOption[]
}

/** Every filter, in the order the search page shows them. Each is also its address parameter. */
export const filterKeys = [
  'kind',
  'area',
  'access',
  'when',
  'day',
  'how',
  'cost',
  'topic',
  'for',
  'language',
  'feature',
] as const
export type FilterKey = (typeof filterKeys)[number]

export const filterLegends: Record<FilterKey, string> = {
  kind: 'Kind of support',
  area: 'Area',
  access: 'How to get in',
  when: 'When',
  day: 'Day of the week',
  how: 'How it happens',
  cost: 'Cost',
  topic: 'Topic',
  for: 'Who it is for',
  language: 'Language',
  feature: 'Other needs',
}

const titles = (list: readonly { value: string; title: string }[]) =>
  list.map(({ value, title }) => ({ token: value, label: title }))

/** A course, an organisation and the opportunity kinds join the service kinds. */
export const kindOptions: FilterOption[] = [
  ...titles(serviceKinds),
  { token: 'course', label: 'Recovery college course' },
  ...opportunityKinds.map(({ value, title }) => ({
    token: value === 'paid' ? 'paid-role' : value,
    label: title,
  })),
  { token: 'organisation', label: 'Organisation' },
]

export const accessOptions = {
  noReferral: { token: 'self-referral', label: 'No referral needed' },
  referral: { token: 'referral', label: 'Referral needed' },
} as const

export const whenOptions = {
  evening: { token: 'evening', label: 'Evenings (5pm or later)' },
  weekend: { token: 'weekend', label: 'Weekends' },
} as const

export const costOptions = {
  free: { token: 'free', label: 'Free' },
  donation: { token: 'donation', label: 'Pay what you can' },
  paid: { token: 'paid', label: 'Paid' },
} as const

export const howOptions: FilterOption[] = deliveryModes.map(({ value }) => ({
  token: value,
  label: value === 'in-person' ? 'In person' : value === 'online' ? 'Online' : 'Phone',
}))

export const featureOptions = {
  stepFree: { token: 'step-free', label: 'Step-free access' },
  peerLed: { token: 'peer-led', label: 'Peer-led' },
} as const

/** The filters whose options are fixed; area and topic come from the directory. */
export const fixedFilterOptions: Omit<Record<FilterKey, FilterOption[]>, 'area' | 'topic'> = {
  kind: kindOptions,
  access: Object.values(accessOptions),
  when: Object.values(whenOptions),
  day: weekdays.map(({ title }) => ({ token: title.toLowerCase(), label: title })),
  how: howOptions,
  cost: Object.values(costOptions),
  for: titles(audiences),
  language: titles(languages),
  feature: Object.values(featureOptions),
}

/** The label of a fixed option, found by token (for building facets). */
export function labelOf(key: keyof typeof fixedFilterOptions, token: string): string {
  const option = fixedFilterOptions[key].find((candidate) => candidate.token === token)
  if (!option)
    throw new Error(`The ${key} filter has no option "${token}": add it to site/lib/search/filters.ts.`)
  return option.label
}

/** Every filter group, with area and topic options from the directory (slug as token, name as label). */
export function filterGroups(
  areas: readonly { slug: string; name: string }[],
  topics: readonly { slug: string; name: string }[],
): FilterGroup[] {
  const byName = (list: readonly { slug: string; name: string }[]) =>
    sortedByName(list).map(({ slug, name }) => ({ token: slug, label: name }))
  const options: Record<FilterKey, FilterOption[]> = {
    ...fixedFilterOptions,
    area: byName(areas),
    topic: byName(topics),
  }
  return filterKeys.map((key) => ({ key, legend: filterLegends[key], options: options[key] }))
}

/** What people read for a ticked token; the token itself if no option has it. */
export function optionLabel(groups: readonly FilterGroup[], key: FilterKey, token: string): string {
  return (
    groups.find((group) => group.key === key)?.options.find((option) => option.token === token)?.label ??
    token
  )
}
