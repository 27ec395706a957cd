import { z } from 'astro/zod'
import { textLimits, type TextLimit } from '@findpeersupport/content-model/limits'
import {
  formatPostcode,
  isInUk,
  isSafeUrl,
  isUkPhoneNumber,
  isUkPostcode,
  isUkTextNumber,
  slugPattern,
  timePattern,
} from '@findpeersupport/content-model/rules'
import {
  accessRoutes,
  audiences,
  costTypes,
  courseCostTypes,
  courseFormats,
  deliveryModes,
  enrolmentRoutes,
  languages,
  listingStatuses,
  opportunityKinds,
  organisationKinds,
  scheduleFrequencies,
  serviceKinds,
  valuesOf,
  weekdays,
} from '@findpeersupport/content-model/vocabulary'

/*
 * The shape every document must have to be published, checked as it enters the build.
 * These mirror the Studio's rules (they import the same checks), because content can
 * reach the Content Lake without the Studio: imports, scripts, old documents.
 */

const text = ({ min, max }: TextLimit) => z.string().trim().min(min).max(max)
const slug = z
  .string()
  .regex(slugPattern, 'must be lower-case words joined by hyphens, like "croydon-carers-group"')
const id = z.string().min(1)
const date = z.iso.date('must be a real date, written YYYY-MM-DD')
const time = z.string().regex(timePattern, 'must be a 24-hour time, like 18:30')
const safeUrl = z.string().refine(isSafeUrl, 'is not a safe link: use one starting https://, mailto: or tel:')
const webUrl = z
  .string()
  .refine(
    (url) => isSafeUrl(url) && /^https?:/i.test(url.trim()),
    'is not a safe web address: use one starting https://',
  )
const email = z.email('is not an email address')
const phone = z.string().refine(isUkPhoneNumber, 'is not a UK phone number, like 020 7946 0123')
const textNumber = z.string().refine(isUkTextNumber, 'is not a UK mobile number or short code')
const postcode = z
  .string()
  .refine(isUkPostcode, 'is not a full UK postcode, like CR0 1AB')
  .transform(formatPostcode)
/** GROQ answers `null` for a field the document does not have; treat it as absent. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined)
const list = <T extends z.ZodType>(schema: T) =>
  z
    .array(schema)
    .nullish()
    .transform((value) => value ?? [])

const span = z.object({
  _type: z.literal('span'),
  _key: optional(z.string()),
  text: z.string(),
  marks: list(z.string()),
})

const linkMark = z.object({ _key: z.string(), _type: z.literal('link'), href: safeUrl })

const block = z.object({
  _type: z.literal('block'),
  _key: optional(z.string()),
  style: optional(z.enum(['normal', 'h3', 'h4'])),
  listItem: optional(z.enum(['bullet', 'number'])),
  level: optional(z.number().int().min(1).max(4)),
  markDefs: list(linkMark),
  children: z.array(span),
})

/** Portable Text as the Studio allows it: text blocks only, links only to safe addresses. */
export const richTextSchema = list(block)
export type RichText = z.infer<typeof richTextSchema>

export const contactSchema = z
  .object({
    name: optional(text(textLimits.line)),
    phone: optional(phone),
    text: optional(textNumber),
    email: optional(email),
    website: optional(webUrl),
  })
  .refine(
    (contact) => Boolean(contact.phone ?? contact.text ?? contact.email ?? contact.website),
    'has no phone number, text number, email or web page: add at least one in the Studio',
  )
export type Contact = z.infer<typeof contactSchema>

export const scheduleSchema = z
  .object({
    freq: z.enum(valuesOf(scheduleFrequencies)),
    interval: optional(z.number().int().min(1).max(4)).transform((value) => value ?? 1),
    byday: z.array(z.enum(valuesOf(weekdays))).min(1, 'needs at least one day'),
    weeksOfMonth: list(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])),
    opensAt: time,
    closesAt: time,
    validFrom: optional(date),
    validTo: optional(date),
    skipsBankHolidays: optional(z.boolean()).transform((value) => value ?? false),
    notes: optional(text(textLimits.phrase)),
  })
  .refine((schedule) => schedule.closesAt > schedule.opensAt, {
    message: 'ends before it starts: make "Ends at" later than "Starts at"',
    path: ['closesAt'],
  })
  .refine((schedule) => schedule.interval === 1 || schedule.validFrom !== undefined, {
    message:
      'meets every few weeks but has no first date, so nobody can tell which weeks: add the first date',
    path: ['validFrom'],
  })
  .refine((schedule) => schedule.freq !== 'monthly' || schedule.weeksOfMonth.length > 0, {
    message: 'meets monthly but names no week of the month: pick one, like 2nd',
    path: ['weeksOfMonth'],
  })
export type Schedule = z.infer<typeof scheduleSchema>

/** Web addresses a page had before: the site sends each one on to the page. */
const previousSlugs = list(slug)

const listingFields = {
  _id: id,
  name: text(textLimits.name),
  slug,
  previousSlugs,
  summary: text(textLimits.summary),
  description: richTextSchema,
  whoFor: text(textLimits.phrase),
  areas: z.array(id).min(1, 'names no area: add at least one'),
  contact: contactSchema,
  status: z.enum(valuesOf(listingStatuses)),
  alert: optional(text(textLimits.phrase)),
  /** Absent when it was never checked, or the date given was impossible. */
  lastChecked: optional(date),
}

export const serviceSchema = z.object({
  ...listingFields,
  kind: z.enum(valuesOf(serviceKinds)),
  organisation: id,
  audiences: list(z.enum(valuesOf(audiences))),
  topics: z.array(id).min(1, 'names no topic: add at least one, such as general wellbeing'),
  peerLed: optional(z.boolean()).transform((value) => value ?? false),
  coProduced: optional(z.boolean()).transform((value) => value ?? false),
  delivery: z.array(z.enum(valuesOf(deliveryModes))).min(1, 'says nothing about how it happens'),
  venues: list(id),
  schedules: list(scheduleSchema),
  availability: optional(text(textLimits.phrase)),
  onlineDetails: optional(text(textLimits.note)),
  accessRoute: z.enum(valuesOf(accessRoutes)),
  howToJoin: text(textLimits.howTo),
  cost: z.enum(valuesOf(costTypes)),
  costDetails: optional(text(textLimits.phrase)),
  languages: z.array(z.enum(valuesOf(languages))).min(1, 'names no language'),
  accessibilityNotes: optional(text(textLimits.note)),
})
export type ServiceData = z.infer<typeof serviceSchema>

export const courseSessionSchema = z
  .object({ date, startsAt: time, endsAt: time })
  .refine((session) => session.endsAt > session.startsAt, {
    message: 'ends before it starts: make "Ends at" later than "Starts at"',
    path: ['endsAt'],
  })

export const courseSchema = z.object({
  ...listingFields,
  college: id,
  term: z.string().regex(/^(Spring|Summer|Autumn|Winter) \d{4}$/, 'must be a term like "Spring 2027"'),
  audiences: list(z.enum(valuesOf(audiences))),
  topics: z.array(id).min(1, 'names no topic: add at least one'),
  sessions: z.array(courseSessionSchema).min(1, 'has no sessions: add their dates and times'),
  format: z.enum(valuesOf(courseFormats)),
  venue: optional(id),
  onlineDetails: optional(text(textLimits.note)),
  peerTutor: optional(z.boolean()).transform((value) => value ?? false),
  /** Absent on courses saved before the field existed: then the site claims nothing about referrals. */
  enrolment: optional(z.enum(valuesOf(enrolmentRoutes))),
  howToEnrol: text(textLimits.howTo),
  enrolUrl: optional(webUrl),
  places: optional(z.number().int().min(1).max(500)),
  cost: z.enum(valuesOf(courseCostTypes)),
  costDetails: optional(text(textLimits.phrase)),
})
export type CourseData = z.infer<typeof courseSchema>

export const opportunitySchema = z.object({
  ...listingFields,
  kind: z.enum(valuesOf(opportunityKinds)),
  organisation: id,
  audiences: list(z.enum(valuesOf(audiences))),
  /** Empty on opportunities saved before they had topics: they are still published, on no topic page. */
  topics: list(id),
  delivery: z.array(z.enum(valuesOf(deliveryModes))).min(1, 'says nothing about how it happens'),
  commitment: text(textLimits.phrase),
  pay: optional(text(textLimits.phrase)),
  trainingProvided: optional(text(textLimits.note)),
  howToApply: text(textLimits.howTo),
  applyUrl: optional(webUrl),
  closingDate: optional(date),
})
export type OpportunityData = z.infer<typeof opportunitySchema>

export const organisationSchema = z.object({
  _id: id,
  name: text(textLimits.name),
  slug,
  previousSlugs,
  kind: z.enum(valuesOf(organisationKinds)),
  summary: text(textLimits.summary),
  description: richTextSchema,
  areas: z.array(id).min(1, 'names no area: add at least one'),
  website: optional(webUrl),
  email: optional(email),
  phone: optional(phone),
  charityNumber: optional(z.string().regex(/^\d{6,8}(-\d+)?$/, 'is not a charity number, like 1123456')),
  lastChecked: optional(date),
})
export type OrganisationData = z.infer<typeof organisationSchema>

export const venueSchema = z.object({
  _id: id,
  name: text(textLimits.line),
  slug,
  address: z.object({
    line1: text(textLimits.line),
    line2: optional(text(textLimits.line)),
    town: text(textLimits.label),
    postcode,
  }),
  location: z
    .object({ lat: z.number(), lng: z.number() })
    .refine(isInUk, 'is not in the UK: put the pin on the venue in the Studio'),
  area: id,
  stepFree: optional(z.boolean()),
  accessibleToilet: optional(z.boolean()),
  hearingLoop: optional(z.boolean()),
  accessNotes: optional(text(textLimits.note)),
  transport: optional(text(textLimits.note)),
})
export type VenueData = z.infer<typeof venueSchema>

export const areaSchema = z.object({
  _id: id,
  name: text(textLimits.label),
  slug,
  region: text(textLimits.label),
  isNational: optional(z.boolean()).transform((value) => value ?? false),
})
export type AreaData = z.infer<typeof areaSchema>

export const topicSchema = z.object({
  _id: id,
  name: text(textLimits.label),
  slug,
  description: text(textLimits.note),
  alsoKnownAs: list(text(textLimits.label)),
})
export type TopicData = z.infer<typeof topicSchema>

export const pageSchema = z.object({
  _id: id,
  title: text(textLimits.label),
  slug,
  summary: text(textLimits.phrase),
  body: richTextSchema,
  lastReviewed: date,
})
export type PageData = z.infer<typeof pageSchema>

export const crisisContactSchema = z.object({
  name: text(textLimits.label),
  number: textNumber,
  method: z.enum(['call', 'text']),
  textBody: optional(text(textLimits.keyword)),
  when: text(textLimits.line),
})

export const siteSettingsSchema = z.object({
  _id: id,
  siteName: text(textLimits.label),
  description: text(textLimits.phrase),
  crisisContacts: z.array(crisisContactSchema).min(1, 'lists no crisis contacts: every page needs them'),
  updatesEmail: email,
})
export type SiteSettingsData = z.infer<typeof siteSettingsSchema>
