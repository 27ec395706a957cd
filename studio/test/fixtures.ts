import type { SanityDocument } from 'sanity'

/**
 * Valid example documents, one small factory per type. Each factory takes the fields a test
 * changes; everything else is a plausible listing that passes every rule of the schema.
 */

type Overrides = Record<string, unknown>

/** A date safely in the past, so `lastChecked` is never "in the future". */
export const checkedDate = '2026-03-02'

/** The ids the listing factories refer to; `linkedDocuments` holds a document for each. */
export const ids = {
  organisation: 'organisation-croydon-peer-network',
  college: 'organisation-croydon-recovery-college',
  area: 'area-croydon',
  topic: 'topic-hearing-voices',
  venue: 'venue-st-chads',
} as const

function document(_type: string, _id: string, fields: Overrides): SanityDocument {
  return {
    _id,
    _type,
    _createdAt: '2026-01-05T10:00:00Z',
    _updatedAt: '2026-03-02T10:00:00Z',
    _rev: 'rev-1',
    ...fields,
  }
}

/** A document or object with one field removed, for "required" tests. */
export function without<T extends object>(value: T, field: string): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== field)) as T
}

/** A strong reference, as the Studio stores it. */
export const reference = (_ref: string) => ({ _type: 'reference', _ref })

/** A reference inside an array, which also needs a `_key`. */
export const referenceItem = (_ref: string) => ({ _type: 'reference', _ref, _key: _ref })

export const slug = (current: string) => ({ _type: 'slug', current })

/** A paragraph of rich text; with `link`, the whole text links to that address. */
export function paragraph(text: string, link?: string, _key = 'paragraph') {
  return {
    _type: 'block',
    _key,
    style: 'normal',
    markDefs: link ? [{ _type: 'link', _key: 'link', href: link }] : [],
    children: [{ _type: 'span', _key: 'span', text, marks: link ? ['link'] : [] }],
  }
}

export function schedule(fields: Overrides = {}) {
  return {
    _type: 'schedule',
    _key: 'thursday-evenings',
    freq: 'weekly',
    interval: 1,
    byday: ['TH'],
    opensAt: '18:00',
    closesAt: '19:30',
    skipsBankHolidays: true,
    ...fields,
  }
}

export function courseSession(fields: Overrides = {}) {
  return {
    _type: 'courseSession',
    _key: 'first-session',
    date: '2027-01-12',
    startsAt: '10:00',
    endsAt: '12:30',
    ...fields,
  }
}

export function contact(fields: Overrides = {}) {
  return { _type: 'contact', name: 'Sam, group facilitator', phone: '020 7946 0123', ...fields }
}

export function crisisContact(fields: Overrides = {}) {
  return {
    _type: 'crisisContact',
    _key: 'samaritans',
    name: 'Samaritans',
    number: '116 123',
    method: 'call',
    when: 'Free, any time, day or night',
    ...fields,
  }
}

export function address(fields: Overrides = {}) {
  return { _type: 'address', line1: '12 Church Road', town: 'Croydon', postcode: 'CR0 1AB', ...fields }
}

export function area(fields: Overrides = {}) {
  return document('area', ids.area, { name: 'Croydon', slug: slug('croydon'), region: 'London', ...fields })
}

export function topic(fields: Overrides = {}) {
  return document('topic', ids.topic, {
    name: 'Hearing voices',
    slug: slug('hearing-voices'),
    description: 'Support for people who hear voices, see visions or have other unusual experiences.',
    alsoKnownAs: ['voice hearing'],
    ...fields,
  })
}

export function venue(fields: Overrides = {}) {
  return document('venue', ids.venue, {
    name: 'St Chad’s Community Hall',
    slug: slug('st-chads-community-hall'),
    address: address(),
    location: { _type: 'geopoint', lat: 51.3762, lng: -0.0982 },
    area: reference(ids.area),
    stepFree: true,
    transport: 'Buses 119 and 466 stop outside. East Croydon station is a 10-minute walk.',
    ...fields,
  })
}

export function organisation(fields: Overrides = {}) {
  return document('organisation', ids.organisation, {
    name: 'Croydon Peer Network',
    slug: slug('croydon-peer-network'),
    kind: 'peer-project',
    summary: 'A user-led network running peer support groups across Croydon.',
    areas: [referenceItem(ids.area)],
    website: 'https://croydon-peers.example.org',
    email: 'hello@croydon-peers.example.org',
    phone: '020 7946 0123',
    charityNumber: '1123456',
    lastChecked: checkedDate,
    ...fields,
  })
}

export function service(fields: Overrides = {}) {
  return document('service', 'service-croydon-hearing-voices', {
    name: 'Croydon Hearing Voices Group',
    slug: slug('croydon-hearing-voices-group'),
    kind: 'group',
    organisation: reference(ids.organisation),
    summary: 'A friendly group for adults who hear voices or see visions, meeting every Thursday.',
    description: [paragraph('Just turn up. Someone will meet you at the door.')],
    whoFor: 'Adults who hear voices or see visions',
    audiences: ['adults'],
    topics: [referenceItem(ids.topic)],
    peerLed: true,
    areas: [referenceItem(ids.area)],
    delivery: ['in-person'],
    venues: [referenceItem(ids.venue)],
    schedules: [schedule()],
    accessRoute: 'open-to-all',
    howToJoin: 'Just turn up. Someone will meet you at the door.',
    cost: 'free',
    languages: ['en'],
    contact: contact(),
    status: 'running',
    lastChecked: checkedDate,
    ...fields,
  })
}

export function course(fields: Overrides = {}) {
  return document('course', 'course-understanding-anxiety', {
    name: 'Understanding anxiety',
    slug: slug('understanding-anxiety'),
    college: reference(ids.college),
    term: 'Spring 2027',
    summary: 'Four mornings on what anxiety is and what helps, co-delivered by a peer tutor.',
    whoFor: 'Adults living in Croydon',
    topics: [referenceItem(ids.topic)],
    areas: [referenceItem(ids.area)],
    sessions: [courseSession()],
    format: 'in-person',
    venue: reference(ids.venue),
    peerTutor: true,
    enrolment: 'self-enrol',
    howToEnrol: 'Fill in the enrolment form on our website, or call us.',
    enrolUrl: 'https://recovery-college.example.org/enrol',
    places: 14,
    cost: 'free',
    contact: contact({ email: 'college@recovery-college.example.org' }),
    status: 'running',
    lastChecked: checkedDate,
    ...fields,
  })
}

export function opportunity(fields: Overrides = {}) {
  return document('opportunity', 'opportunity-volunteer-linkworker', {
    name: 'Volunteer Linkworker',
    slug: slug('volunteer-linkworker'),
    kind: 'volunteer',
    organisation: reference(ids.organisation),
    summary: 'Help people find their way to a peer support group in their first few weeks.',
    whoFor: 'People with their own experience of mental health services',
    areas: [referenceItem(ids.area)],
    delivery: ['in-person', 'phone'],
    commitment: 'Half a day a week for at least 6 months',
    pay: 'Travel and lunch expenses paid',
    trainingProvided: '6-day peer support training and monthly supervision',
    howToApply: 'Email us for an application pack.',
    applyUrl: 'https://croydon-peers.example.org/volunteer',
    contact: { _type: 'contact', email: 'volunteer@croydon-peers.example.org' },
    status: 'running',
    lastChecked: checkedDate,
    ...fields,
  })
}

export function page(fields: Overrides = {}) {
  return document('page', 'page-about', {
    title: 'About Find Peer Support',
    slug: slug('about'),
    summary: 'Who runs Find Peer Support, and how listings are checked.',
    body: [paragraph('Find Peer Support is a directory of peer support in England.')],
    lastReviewed: checkedDate,
    ...fields,
  })
}

export function siteSettings(fields: Overrides = {}) {
  return document('siteSettings', 'siteSettings', {
    siteName: 'Find Peer Support',
    description: 'Find mental health peer support groups near you, or online.',
    crisisContacts: [crisisContact()],
    updatesEmail: 'updates@findpeersupport.example.org',
    ...fields,
  })
}

/** The documents the listing factories refer to, so their references resolve. */
export function linkedDocuments(): SanityDocument[] {
  return [
    organisation(),
    organisation({
      _id: ids.college,
      name: 'Croydon Recovery College',
      slug: slug('croydon-recovery-college'),
      kind: 'recovery-college',
    }),
    area(),
    topic(),
    venue(),
  ]
}
