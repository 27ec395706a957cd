/**
 * The shapes the sample data is written in. They are close to the Sanity schema, but
 * written for people: references are short ids ("croydon", not "area-croydon"), rich text
 * is a list of paragraphs, and the `_type`s and `_key`s Sanity needs are added by
 * scripts/build-sample-dataset.ts.
 */
import type {
  AccessRoute,
  Audience,
  CostType,
  CourseFormat,
  DeliveryMode,
  EnrolmentRoute,
  LanguageCode,
  ListingStatus,
  OpportunityKind,
  OrganisationKind,
  ScheduleFrequency,
  ServiceKind,
  Weekday,
} from '@findpeersupport/content-model/vocabulary'

/**
 * Rich text as paragraphs. A paragraph that starts with "- " is a bullet, "1. " a numbered
 * item, "### " a heading and "#### " a small heading. Inside a paragraph, **bold**, _italic_
 * and [links](https://example.org/...) work as in Markdown.
 */
export type RichTextInput = readonly string[]

/** Dates are `YYYY-MM-DD`, times `HH:MM` on the 24-hour clock. */
export type IsoDate = string
export type Time = string

export type AreaInput = {
  id: string
  name: string
  region: string
  isNational?: boolean
}

export type TopicInput = {
  id: string
  name: string
  description: string
  alsoKnownAs?: readonly string[]
}

export type OrganisationInput = {
  id: string
  name: string
  kind: OrganisationKind
  summary: string
  description?: RichTextInput
  areas: readonly string[]
  website?: string
  email?: string
  phone?: string
  charityNumber?: string
  editors?: readonly string[]
  lastChecked: IsoDate
  checkedBy?: string
}

export type VenueInput = {
  id: string
  name: string
  address: { line1: string; line2?: string; town: string; postcode: string }
  location: { lat: number; lng: number }
  area: string
  stepFree?: boolean
  accessibleToilet?: boolean
  hearingLoop?: boolean
  accessNotes?: string
  transport?: string
}

export type ContactInput = {
  name?: string
  phone?: string
  text?: string
  email?: string
  website?: string
}

export type ScheduleInput = {
  freq: ScheduleFrequency
  interval: number
  byday: readonly Weekday[]
  weeksOfMonth?: readonly number[]
  opensAt: Time
  closesAt: Time
  validFrom?: IsoDate
  validTo?: IsoDate
  skipsBankHolidays?: boolean
  notes?: string
}

/** What every listing (service, course, opportunity) shares. */
type ListingInput = {
  id: string
  name: string
  summary: string
  description?: RichTextInput
  whoFor: string
  areas: readonly string[]
  contact: ContactInput
  status: ListingStatus
  alert?: string
  lastChecked: IsoDate
  checkedBy?: string
}

export type ServiceInput = ListingInput & {
  kind: ServiceKind
  organisation: string
  audiences?: readonly Audience[]
  topics: readonly string[]
  peerLed: boolean
  coProduced?: boolean
  delivery: readonly DeliveryMode[]
  venues?: readonly string[]
  schedules?: readonly ScheduleInput[]
  availability?: string
  onlineDetails?: string
  accessRoute: AccessRoute
  howToJoin: string
  cost: CostType
  costDetails?: string
  languages: readonly LanguageCode[]
  accessibilityNotes?: string
}

export type SessionInput = { date: IsoDate; startsAt: Time; endsAt: Time }

export type CourseInput = ListingInput & {
  college: string
  term: string
  audiences?: readonly Audience[]
  topics: readonly string[]
  sessions: readonly SessionInput[]
  format: CourseFormat
  venue?: string
  onlineDetails?: string
  peerTutor: boolean
  enrolment: EnrolmentRoute
  howToEnrol: string
  enrolUrl?: string
  places?: number
  cost: 'free' | 'paid'
}

export type OpportunityInput = ListingInput & {
  kind: OpportunityKind
  organisation: string
  delivery: readonly DeliveryMode[]
  commitment: string
  pay?: string
  trainingProvided?: string
  howToApply: string
  applyUrl?: string
  closingDate?: IsoDate
}

export type PageInput = {
  id: string
  title: string
  summary: string
  body: RichTextInput
  lastReviewed: IsoDate
}

export type CrisisContactInput = {
  name: string
  number: string
  method: 'call' | 'text'
  textBody?: string
  when: string
}

export type SiteSettingsInput = {
  siteName: string
  description: string
  crisisContacts: readonly CrisisContactInput[]
  updatesEmail: string
}
