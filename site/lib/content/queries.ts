import { defineQuery } from 'groq'

/*
 * Every GROQ query the site runs, built from named fragments. The same queries run
 * against the Sanity Content Lake and, through groq-js, against the embedded dataset.
 * Drafts are filtered here as well as by the `published` perspective, because groq-js
 * has no perspectives: a draft is just a document whose id starts `drafts.`.
 */

/** Published documents only; the Studio's working lists (studioQueries.ts) use it too. */
export const published = /* groq */ `!(_id in path("drafts.**"))`

const checkedFields = /* groq */ `
  status,
  alert,
  lastChecked
`

const listingFields = /* groq */ `
  _id,
  _type,
  name,
  "slug": slug.current,
  previousSlugs,
  summary,
  description,
  whoFor,
  "areas": areas[]._ref,
  contact{ name, phone, text, email, website },
  ${checkedFields}
`

const scheduleFields = /* groq */ `
  freq,
  interval,
  byday,
  weeksOfMonth,
  opensAt,
  closesAt,
  validFrom,
  validTo,
  skipsBankHolidays,
  notes
`

export const servicesQuery = defineQuery(`
  *[_type == "service" && ${published}] | order(_id asc) {
    ${listingFields},
    kind,
    "organisation": organisation._ref,
    audiences,
    "topics": topics[]._ref,
    peerLed,
    coProduced,
    delivery,
    "venues": venues[]._ref,
    schedules[]{ ${scheduleFields} },
    availability,
    onlineDetails,
    accessRoute,
    howToJoin,
    cost,
    costDetails,
    languages,
    accessibilityNotes
  }
`)

export const coursesQuery = defineQuery(`
  *[_type == "course" && ${published}] | order(_id asc) {
    ${listingFields},
    "college": college._ref,
    term,
    audiences,
    "topics": topics[]._ref,
    sessions[]{ date, startsAt, endsAt },
    format,
    "venue": venue._ref,
    onlineDetails,
    peerTutor,
    enrolment,
    howToEnrol,
    enrolUrl,
    places,
    cost,
    costDetails
  }
`)

export const opportunitiesQuery = defineQuery(`
  *[_type == "opportunity" && ${published}] | order(_id asc) {
    ${listingFields},
    kind,
    "organisation": organisation._ref,
    audiences,
    "topics": topics[]._ref,
    delivery,
    commitment,
    pay,
    trainingProvided,
    howToApply,
    applyUrl,
    closingDate
  }
`)

export const organisationsQuery = defineQuery(`
  *[_type == "organisation" && ${published}] | order(_id asc) {
    _id,
    name,
    "slug": slug.current,
    previousSlugs,
    kind,
    summary,
    description,
    "areas": areas[]._ref,
    website,
    email,
    phone,
    charityNumber,
    lastChecked
  }
`)

export const venuesQuery = defineQuery(`
  *[_type == "venue" && ${published}] | order(_id asc) {
    _id,
    name,
    "slug": slug.current,
    address{ line1, line2, town, postcode },
    location{ lat, lng },
    "area": area._ref,
    stepFree,
    accessibleToilet,
    hearingLoop,
    accessNotes,
    transport
  }
`)

export const areasQuery = defineQuery(`
  *[_type == "area" && ${published}] | order(name asc) {
    _id,
    name,
    "slug": slug.current,
    region,
    isNational
  }
`)

export const topicsQuery = defineQuery(`
  *[_type == "topic" && ${published}] | order(name asc) {
    _id,
    name,
    "slug": slug.current,
    description,
    alsoKnownAs
  }
`)

export const pagesQuery = defineQuery(`
  *[_type == "page" && ${published}] | order(_id asc) {
    _id,
    title,
    "slug": slug.current,
    summary,
    body,
    lastReviewed
  }
`)

export const siteSettingsQuery = defineQuery(`
  *[_type == "siteSettings" && ${published}][0] {
    _id,
    siteName,
    description,
    crisisContacts[]{ name, number, method, textBody, when },
    updatesEmail
  }
`)
