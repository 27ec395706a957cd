import { defineQuery } from 'groq'
import { todayInUk } from '@findpeersupport/content-model/rules'
import { listingStatuses } from '@findpeersupport/content-model/vocabulary'
import { daysInMonth } from '../time/london.ts'
import { published } from './queries.ts'

/*
 * The GROQ behind the Studio's working lists ("My organisation's listings", "Due for a check", …),
 * beside the site's own queries so that both are tested the same way.
 *
 * A Studio list is a filter and its parameters (`S.documentList().filter(…).params(…)`): the Studio
 * adds drafts and releases itself, so the filters say nothing about them. The queries below wrap
 * the very same filters for the tests and the "due for a check" report, which read published
 * documents only, with the orderings the Studio lists use.
 */

/**
 * Every listing type, written out: the Studio reads a list's types from a literal `_type in [...]`
 * to offer "create new" and to open a document from a link.
 */
const isListing = /* groq */ `_type in ["service", "course", "opportunity"]`

/** The organisation that keeps a listing up to date: a course names its college instead. */
const keeper = /* groq */ `coalesce(organisation, college)`

/** What the Studio shows for a listing, and what the report prints. */
const deskListingFields = /* groq */ `
  _id,
  _type,
  name,
  "slug": slug.current,
  kind,
  term,
  status,
  lastChecked,
  "organisation": ${keeper}->{ _id, name, editors }
`

/**
 * The organisations that list `$email` among their editors: the first step of "My organisation's
 * listings". Sign-in addresses are not case-sensitive, so both sides are compared in lower case.
 */
export const myOrganisationIdsQuery = defineQuery(`
  *[_type == "organisation" && ${published} && count(editors[lower(@) == $email]) > 0]._id
`)

/** The parameters of `myOrganisationIdsQuery` for the person signed in to the Studio. */
export const myOrganisationIdsParams = (email: string) => ({ email: email.trim().toLowerCase() })

/**
 * Listings kept by one of `$organisationIds`. No join (`->`): the Studio keeps a list up to date by
 * testing each changed document against its filter alone, so a join would miss new listings.
 */
export const myListingsFilter = /* groq */ `${isListing} && (organisation._ref in $organisationIds || college._ref in $organisationIds)`

/** The parameters of "My organisation's listings", given the ids `myOrganisationIdsQuery` found. */
export const myListingsParams = (organisationIds: readonly string[]) => ({ organisationIds })

/** How many months after its last check a listing is due to be checked again. */
export const CHECK_DUE_AFTER_MONTHS = 6

/** Listings never checked, or last checked on or before `$checkDueOn`. */
export const dueForCheckFilter = /* groq */ `${isListing} && (!defined(lastChecked) || lastChecked <= $checkDueOn)`

/**
 * The last date a listing can have been checked and be due again: six calendar months before
 * today in London. From 31 August that is 28 February (or the 29th), as a person would count it.
 */
export function checkDueOn(now: Date): string {
  const [year, month, day] = todayInUk(now).split('-').map(Number) as [number, number, number]
  const monthIndex = year * 12 + (month - 1) - CHECK_DUE_AFTER_MONTHS
  const dueMonth = `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`
  const dueDay = Math.min(day, daysInMonth(`${dueMonth}-01`))
  return `${dueMonth}-${String(dueDay).padStart(2, '0')}`
}

/** The parameters of "Due for a check" at the instant `now`. */
export const dueForCheckParams = (now: Date) => ({ checkDueOn: checkDueOn(now) })

/**
 * Oldest first, with never-checked listings before them all. The Studio's `nulls: 'first'` writes
 * the `select(defined(lastChecked) => 1, 0)` term of `dueForCheckOrder` itself.
 */
export const dueForCheckOrdering = [
  { field: 'lastChecked', direction: 'asc', nulls: 'first' },
  { field: 'name', direction: 'asc' },
] as const

const dueForCheckOrder = /* groq */ `select(defined(lastChecked) => 1, 0), lastChecked asc, name asc`

/** Listings paused for now or closed: still online, marked so, and out of search. */
export const closedOrPausedFilter = /* groq */ `${isListing} && status in $statuses`

export const closedOrPausedParams = {
  statuses: listingStatuses.map(({ value }) => value).filter((status) => status !== 'running'),
}

/** Services of one kind, like peer support groups. */
export const serviceKindFilter = /* groq */ `_type == "service" && kind == $kind`

/** Listings that name one area among theirs. */
export const areaListingsFilter = /* groq */ `${isListing} && $areaId in areas[]._ref`

/** Organisations that are recovery colleges. */
export const recoveryCollegesFilter = /* groq */ `_type == "organisation" && kind == "recovery-college"`

/** One recovery college's courses in one term. */
export const collegeTermCoursesFilter = /* groq */ `_type == "course" && college._ref == $collegeId && term == $term`

/** A list in name order, as most of the Studio's lists are. */
export const byName = [{ field: 'name', direction: 'asc' }] as const

export const myListingsQuery = defineQuery(`
  *[${published} && ${myListingsFilter}] | order(name asc) { ${deskListingFields} }
`)

export const dueForCheckQuery = defineQuery(`
  *[${published} && ${dueForCheckFilter}] | order(${dueForCheckOrder}) { ${deskListingFields} }
`)

export const closedOrPausedQuery = defineQuery(`
  *[${published} && ${closedOrPausedFilter}] | order(name asc) { ${deskListingFields} }
`)

export const serviceKindQuery = defineQuery(`
  *[${published} && ${serviceKindFilter}] | order(name asc) { ${deskListingFields} }
`)

export const areaListingsQuery = defineQuery(`
  *[${published} && ${areaListingsFilter}] | order(name asc) { ${deskListingFields} }
`)

export const collegeTermCoursesQuery = defineQuery(`
  *[${published} && ${collegeTermCoursesFilter}] | order(name asc) { ${deskListingFields} }
`)

/**
 * A college's terms, each with the first date it was written with, so the Studio lists them in
 * the order they run. Drafts count: a new term's first course may not be published yet.
 */
export const collegeTermsQuery = defineQuery(`
  *[_type == "course" && college._ref == $collegeId && defined(term)] | order(sessions[0].date asc) { term }
`)

/** Each term once, in the order `collegeTermsQuery` found them. */
export const uniqueTerms = (courses: readonly { term: string | null }[]): string[] => [
  ...new Set(courses.flatMap(({ term }) => (term ? [term] : []))),
]
