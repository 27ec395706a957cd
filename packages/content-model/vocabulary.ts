/**
 * The directory's fixed vocabularies. The Studio offers these as options, the site
 * validates against them and prints their titles, so each list is written once, here.
 */

type Option<V extends string> = { readonly value: V; readonly title: string }

const options = <V extends string>(list: readonly Option<V>[]) => list

/** Kinds of peer support a service can be. */
export const serviceKinds = options([
  { value: 'group', title: 'Peer support group' },
  { value: 'one-to-one', title: 'One-to-one peer worker' },
  { value: 'drop-in', title: 'Drop-in' },
  { value: 'ward-visiting', title: 'Ward visiting' },
  { value: 'online-community', title: 'Online community' },
  { value: 'phone-text-line', title: 'Phone or text line' },
  { value: 'befriending', title: 'Befriending or buddy' },
  { value: 'activity', title: 'Activity group' },
] as const)

/** How a person gets into a service. */
export const accessRoutes = options([
  { value: 'open-to-all', title: 'Open to all: just turn up' },
  { value: 'self-referral', title: 'Self-referral: contact them yourself' },
  { value: 'professional-referral', title: 'Referral from a professional' },
  { value: 'gp-referral', title: 'Referral from a GP' },
] as const)

/** How a person gets onto a recovery college course. */
export const enrolmentRoutes = options([
  { value: 'self-enrol', title: 'Anyone can enrol themselves' },
  { value: 'referral', title: 'Needs a referral from a professional' },
] as const)

/** Ways a service or course is delivered. */
export const deliveryModes = options([
  { value: 'in-person', title: 'In person' },
  { value: 'online', title: 'Online' },
  { value: 'phone', title: 'By phone or text' },
] as const)

export const costTypes = options([
  { value: 'free', title: 'Free' },
  { value: 'donation', title: 'Pay what you can' },
  { value: 'paid', title: 'There is a charge' },
] as const)

/** What a recovery college course can cost: colleges charge a fee or nothing, never a donation. */
export const courseCostTypes = costTypes.filter(
  (cost): cost is Option<Exclude<CostType, 'donation'>> => cost.value !== 'donation',
)

export const listingStatuses = options([
  { value: 'running', title: 'Running' },
  { value: 'paused', title: 'Paused for now' },
  { value: 'closed', title: 'Closed' },
] as const)

/** Who a listing is for, as a person would look for it. */
export const audiences = options([
  { value: 'adults', title: 'Adults (18 and over)' },
  { value: 'young-people', title: 'Young people (16 to 25)' },
  { value: 'older-people', title: 'Older people' },
  { value: 'women', title: 'Women' },
  { value: 'men', title: 'Men' },
  { value: 'lgbtq', title: 'LGBTQ+ people' },
  { value: 'black-and-minoritised', title: 'Black and minoritised communities' },
  { value: 'carers', title: 'Carers, family and friends' },
  { value: 'parents', title: 'Parents and parents-to-be' },
  { value: 'after-hospital', title: 'People leaving hospital' },
  { value: 'inpatients', title: 'People staying in hospital' },
  { value: 'students', title: 'Students' },
  { value: 'veterans', title: 'Veterans' },
] as const)

/**
 * Other words people search with for each audience, as topics keep theirs in the Studio's
 * "Other words people use". Search reads a listing for an audience as also having these words.
 */
export const audienceWords: Partial<Record<Audience, readonly string[]>> = {
  adults: ['adult', 'grown ups'],
  'young-people': ['young person', 'youth', 'teenager', 'teenagers', 'teens', 'under 25'],
  'older-people': ['older person', 'elderly', 'later life', 'pensioner', 'retired'],
  women: ['woman', 'female', 'ladies'],
  men: ['man', 'male', 'blokes'],
  lgbtq: [
    'LGBT',
    'LGBTQ',
    'LGBTQIA+',
    'gay',
    'lesbian',
    'bisexual',
    'trans',
    'transgender',
    'queer',
    'non-binary',
  ],
  'black-and-minoritised': ['black', 'BAME', 'global majority', 'ethnic minority', 'asian'],
  carers: ['carer', 'caring for someone', 'loved one'],
  parents: ['parent', 'mum', 'dad', 'mums', 'dads'],
  'after-hospital': ['leaving hospital', 'after hospital', 'out of hospital', 'left hospital', 'discharged'],
  inpatients: ['in hospital', 'on a ward', 'inpatient', 'sectioned'],
  students: ['student', 'university', 'uni'],
  veterans: ['veteran', 'ex forces', 'armed forces', 'ex military'],
}

/** Languages a listing can be offered in (ISO 639 codes; `bfi` is British Sign Language). */
export const languages = options([
  { value: 'en', title: 'English' },
  { value: 'bfi', title: 'British Sign Language' },
  { value: 'ar', title: 'Arabic' },
  { value: 'bn', title: 'Bengali' },
  { value: 'zh', title: 'Chinese' },
  { value: 'gu', title: 'Gujarati' },
  { value: 'pl', title: 'Polish' },
  { value: 'pt', title: 'Portuguese' },
  { value: 'pa', title: 'Punjabi' },
  { value: 'so', title: 'Somali' },
  { value: 'es', title: 'Spanish' },
  { value: 'ta', title: 'Tamil' },
  { value: 'tr', title: 'Turkish' },
  { value: 'ur', title: 'Urdu' },
] as const)

export const organisationKinds = options([
  { value: 'peer-project', title: 'Peer support project' },
  { value: 'user-led-network', title: 'User-led network' },
  { value: 'charity', title: 'Charity' },
  { value: 'nhs-trust', title: 'NHS trust' },
  { value: 'recovery-college', title: 'Recovery college' },
  { value: 'community-group', title: 'Community group' },
] as const)

export const opportunityKinds = options([
  { value: 'volunteer', title: 'Volunteer role' },
  { value: 'paid', title: 'Paid peer support work' },
  { value: 'training', title: 'Training' },
] as const)

export const courseFormats = options([
  { value: 'in-person', title: 'In person' },
  { value: 'online', title: 'Online' },
  { value: 'blended', title: 'In person and online' },
] as const)

/** iCalendar day codes, Monday first as people in the UK count a week. */
export const weekdays = options([
  { value: 'MO', title: 'Monday' },
  { value: 'TU', title: 'Tuesday' },
  { value: 'WE', title: 'Wednesday' },
  { value: 'TH', title: 'Thursday' },
  { value: 'FR', title: 'Friday' },
  { value: 'SA', title: 'Saturday' },
  { value: 'SU', title: 'Sunday' },
] as const)

export const scheduleFrequencies = options([
  { value: 'weekly', title: 'Every week (or every few weeks)' },
  { value: 'monthly', title: 'Certain weeks of the month' },
] as const)

/** Which week of the month a monthly schedule meets: 1st to 4th, or -1 for the last. */
export const weeksOfMonth = [
  { value: 1, title: '1st' },
  { value: 2, title: '2nd' },
  { value: 3, title: '3rd' },
  { value: 4, title: '4th' },
  { value: -1, title: 'Last' },
] as const

export type ServiceKind = (typeof serviceKinds)[number]['value']
export type AccessRoute = (typeof accessRoutes)[number]['value']
export type EnrolmentRoute = (typeof enrolmentRoutes)[number]['value']
export type DeliveryMode = (typeof deliveryModes)[number]['value']
export type CostType = (typeof costTypes)[number]['value']
export type ListingStatus = (typeof listingStatuses)[number]['value']
export type Audience = (typeof audiences)[number]['value']
export type LanguageCode = (typeof languages)[number]['value']
export type OrganisationKind = (typeof organisationKinds)[number]['value']
export type OpportunityKind = (typeof opportunityKinds)[number]['value']
export type CourseFormat = (typeof courseFormats)[number]['value']
export type Weekday = (typeof weekdays)[number]['value']
export type ScheduleFrequency = (typeof scheduleFrequencies)[number]['value']

/** The values of an option list, as a non-empty tuple (what `z.enum` wants). */
export const valuesOf = <V extends string>(list: readonly Option<V>[]) =>
  list.map((option) => option.value) as [V, ...V[]]

/** The title a person reads for a value, or the value itself if it is not in the list. */
export const titleOf = <V extends string>(list: readonly Option<V>[], value: V): string =>
  list.find((option) => option.value === value)?.title ?? value
