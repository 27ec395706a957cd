/**
 * The embedded sample dataset: is it complete enough to build the whole site from, is it
 * safe (no real phone numbers, no real addresses), and is it what the build script makes?
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSampleDataset, OUTPUT_PATH } from '../../scripts/build-sample-dataset.ts'
import {
  accessRoutes,
  costTypes,
  courseFormats,
  deliveryModes,
  opportunityKinds,
  serviceKinds,
  valuesOf,
} from '@findpeersupport/content-model/vocabulary'

type Ref = { _type: 'reference'; _ref: string; _key?: string }
type Schedule = {
  freq: string
  interval: number
  weeksOfMonth?: number[]
  opensAt: string
  validFrom?: string
  validTo?: string
  skipsBankHolidays?: boolean
}
type CrisisContact = { number: string; method: string; textBody?: string; when: string }
/**
 * The fields these tests read, typed as they are on the documents that have them (an area
 * has no `sessions`, but only courses are asked for theirs). Any document may have others.
 */
type Doc = {
  _id: string
  _type: string
  name: string
  slug: { current: string }
  kind: string
  status: string
  alert?: string
  lastChecked: string
  isNational?: boolean
  areas: Ref[]
  venues: Ref[]
  organisation: Ref
  college: Ref
  schedules?: Schedule[]
  availability?: string
  accessRoute: string
  cost: string
  delivery: string[]
  languages: string[]
  term: string
  sessions: { date: string }[]
  format: string
  peerTutor: boolean
  closingDate?: string
  pay?: string
  body: unknown[]
  crisisContacts: CrisisContact[]
  updatesEmail: string
  [field: string]: unknown
}
type AnyObject = Record<string, unknown>

const TODAY = '2026-11-22'
const A_YEAR_AGO = '2025-11-22'

const ndjson = readFileSync(OUTPUT_PATH, 'utf8')
const allDocs: Doc[] = ndjson
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc)
const isDraft = (doc: Doc) => doc._id.startsWith('drafts.')
const docs = allDocs.filter((doc) => !isDraft(doc))
const drafts = allDocs.filter(isDraft)
const ofType = (type: string) => docs.filter((doc) => doc._type === type)
const byId = new Map(docs.map((doc) => [doc._id, doc]))
const countBy = <T>(list: T[], key: (item: T) => string) =>
  list.reduce(
    (counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1),
    new Map<string, number>(),
  )

/** Every string in a value, with the path it was found at. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key))
  }
  return []
}

/** Every object in a value (including the value itself), with its path. */
function objects(value: unknown, path = ''): { path: string; object: AnyObject }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objects(item, `${path}[${index}]`))
  if (value && typeof value === 'object') {
    return [
      { path, object: value as AnyObject },
      ...Object.entries(value).flatMap(([key, child]) => objects(child, path ? `${path}.${key}` : key)),
    ]
  }
  return []
}

// ---------------------------------------------------------------------------------------
// Checks, written as functions over a list of documents so they can be shown to fail

/** The real crisis numbers, the only ones allowed outside Ofcom's drama ranges, and only in siteSettings. */
export const REAL_CRISIS_NUMBERS = ['999', '111', '116 123', '85258']

/** True for numbers Ofcom keeps for drama: 020 7946 0xxx, 0113 496 0xxx and 07700 900xxx. */
export function isDramaNumber(number: string): boolean {
  const digits = number.replace(/[\s()-]/g, '').replace(/^\+44/, '0')
  return /^(?:02079460\d{3}|01134960\d{3}|07700900\d{3})$/.test(digits)
}

/** Anything that looks like a UK phone number, in any text, and every phone and text field. */
const phoneInText = /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g

export function phoneProblems(list: Doc[]): string[] {
  const problems: string[] = []
  for (const doc of list) {
    const found = new Set<string>()
    for (const { object, path } of objects(doc)) {
      // Phone and text fields: on contacts, and an organisation's own phone. (A span's `text` is prose.)
      const fields = object._type === 'contact' ? ['phone', 'text'] : object === doc ? ['phone'] : []
      for (const field of fields) {
        if (typeof object[field] === 'string') found.add(`${path ? `${path}.` : ''}${field}=${object[field]}`)
      }
    }
    for (const { path, text } of strings(doc)) {
      if (path.endsWith('._key')) continue
      for (const match of text.matchAll(phoneInText)) found.add(`${path}=${match[0]}`)
      if (text.startsWith('tel:')) found.add(`${path}=${text.slice(4)}`)
    }
    for (const item of found) {
      const number = item.slice(item.indexOf('=') + 1)
      if (!isDramaNumber(number)) problems.push(`${doc._id} ${item} is not in Ofcom's drama ranges`)
    }
    for (const { object, path } of objects(doc)) {
      if (object._type === 'crisisContact' && doc._type !== 'siteSettings') {
        problems.push(`${doc._id} ${path}: crisis contacts belong only in siteSettings`)
      }
    }
  }
  return problems
}

const urlPattern = /\b(?:https?:\/\/|mailto:)[^\s)"']+/g
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/** Every web address and email address must be on example.org, never a real domain. */
export function addressProblems(list: Doc[]): string[] {
  const problems: string[] = []
  for (const doc of list) {
    for (const { path, text } of strings(doc)) {
      for (const [url] of text.matchAll(urlPattern)) {
        if (url.startsWith('mailto:')) continue // checked as an email below
        let host: string
        try {
          host = new URL(url).host
        } catch {
          host = '(unparseable)'
        }
        if (host !== 'example.org') problems.push(`${doc._id} ${path}: ${url} is not on example.org`)
      }
      for (const [email] of text.matchAll(emailPattern)) {
        if (!email.endsWith('@example.org'))
          problems.push(`${doc._id} ${path}: ${email} is not on example.org`)
      }
    }
  }
  return problems
}

/** Every reference points at a published document of the right type. */
const referenceTargets: Record<string, Record<string, string>> = {
  service: { organisation: 'organisation', topics: 'topic', areas: 'area', venues: 'venue' },
  course: { college: 'organisation', topics: 'topic', areas: 'area', venue: 'venue' },
  opportunity: { organisation: 'organisation', areas: 'area' },
  organisation: { areas: 'area' },
  venue: { area: 'area' },
}

export function referenceProblems(list: Doc[]): string[] {
  const ids = new Map(list.filter((doc) => !isDraft(doc)).map((doc) => [doc._id, doc._type]))
  const problems: string[] = []
  for (const doc of list) {
    for (const { path, object } of objects(doc)) {
      if (object._type !== 'reference') continue
      const ref = String(object._ref)
      const target = ids.get(ref)
      if (!target) {
        problems.push(`${doc._id} ${path}: ${ref} does not exist`)
        continue
      }
      const field = path.replace(/\[\d+\]$/, '')
      const expected = referenceTargets[doc._type]?.[field]
      if (!expected) problems.push(`${doc._id} ${path}: references are not expected here`)
      else if (expected !== target)
        problems.push(`${doc._id} ${path}: refers to a ${target}, not a ${expected}`)
    }
  }
  return problems
}

/** `_id`s: unique, hyphens not dots (Sanity hides ids with dots from public queries), prefixed by type. */
const idPrefix: Record<string, string> = {
  area: 'area-',
  topic: 'topic-',
  organisation: 'org-',
  venue: 'venue-',
  service: 'service-',
  course: 'course-',
  opportunity: 'opportunity-',
  page: 'page-',
}

export function idProblems(list: Doc[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const doc of list) {
    if (seen.has(doc._id)) problems.push(`${doc._id} is used twice`)
    seen.add(doc._id)
    const id = doc._id.replace(/^drafts\./, '')
    if (!/^[a-zA-Z0-9_-]+$/.test(id))
      problems.push(`${doc._id} may only use letters, digits, - and _ after drafts.`)
    const prefix = idPrefix[doc._type]
    if (prefix && !id.startsWith(prefix)) problems.push(`${doc._id} should start with ${prefix}`)
    if (doc._type === 'siteSettings' && doc._id !== 'siteSettings')
      problems.push(`${doc._id} should be "siteSettings"`)
  }
  return problems
}

export function slugProblems(list: Doc[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const doc of list.filter((item) => !isDraft(item) && item.slug)) {
    const slug = doc.slug.current
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
      problems.push(`${doc._id}: slug "${slug}" is not lower-case-with-hyphens`)
    if (seen.has(`${doc._type}/${slug}`))
      problems.push(`${doc._id}: the ${doc._type} slug "${slug}" is used twice`)
    seen.add(`${doc._type}/${slug}`)
  }
  return problems
}

/** Every object in an array has a `_key`, unique in that array. */
export function keyProblems(list: Doc[]): string[] {
  const problems: string[] = []
  for (const doc of list) {
    for (const { path, object } of objects(doc)) {
      for (const [field, value] of Object.entries(object)) {
        if (!Array.isArray(value)) continue
        const keys = (value as unknown[])
          .filter((item): item is AnyObject => Boolean(item) && typeof item === 'object')
          .map((item) => item._key)
        if (keys.some((key) => typeof key !== 'string' || !key))
          problems.push(`${doc._id} ${path}.${field}: an item has no _key`)
        if (new Set(keys).size !== keys.length)
          problems.push(`${doc._id} ${path}.${field}: two items share a _key`)
      }
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------

describe('the sample dataset file', () => {
  it('is exactly what scripts/build-sample-dataset.ts builds now (run `npm run seed`)', () => {
    expect(ndjson).toBe(buildSampleDataset())
  })

  it('is NDJSON: one document a line, ending with a newline, no blank lines', () => {
    expect(ndjson.endsWith('\n')).toBe(true)
    expect(
      ndjson
        .trimEnd()
        .split('\n')
        .every((line) => line.startsWith('{"_id":')),
    ).toBe(true)
  })

  it('has unique ids, with hyphens and no dots except a drafts. prefix', () => {
    expect(idProblems(allDocs)).toEqual([])
  })

  it('has unique slugs for each type', () => {
    expect(slugProblems(allDocs)).toEqual([])
  })

  it('has a unique _key on every object in every array', () => {
    expect(keyProblems(allDocs)).toEqual([])
  })

  it('has every reference pointing at a published document of the right type', () => {
    expect(referenceProblems(allDocs)).toEqual([])
  })
})

describe('sample contact details reach nobody real', () => {
  it('uses only Ofcom drama numbers (and the four real crisis numbers, only in site settings)', () => {
    expect(phoneProblems(allDocs)).toEqual([])
  })

  it('lists exactly the four real crisis contacts, with what each is for', () => {
    const [settings] = ofType('siteSettings')
    const contacts = settings?.crisisContacts ?? []
    expect(contacts.map((c) => [c.number, c.method, c.textBody ?? null])).toEqual([
      ['999', 'call', null],
      ['111', 'call', null],
      ['116 123', 'call', null],
      ['85258', 'text', 'SHOUT'],
    ])
    expect(contacts.map((c) => c.number)).toEqual(REAL_CRISIS_NUMBERS)
    // The wording may change; what each number is for may not.
    const [emergency, nhs, samaritans, shout] = contacts.map((c) => c.when)
    expect(emergency).toMatch(/life is at risk/i)
    expect(emergency).toMatch(/A&E/)
    expect(nhs).toMatch(/option 2/i)
    expect(samaritans).toMatch(/free/i)
    expect(shout).toMatch(/free/i)
    expect(settings?.updatesEmail).toBe('updates@example.org')
  })

  it('uses only example.org for every web and email address', () => {
    expect(addressProblems(allDocs)).toEqual([])
  })
})

describe('the checks catch what they are for', () => {
  // Small clean documents of their own, so these tests do not depend on the dataset being right.
  const ref = (id: string) => ({ _type: 'reference', _ref: id })
  const area = { _id: 'area-test', _type: 'area', name: 'Test', slug: { current: 'test' } } as unknown as Doc
  const org = {
    _id: 'org-test',
    _type: 'organisation',
    name: 'Test org',
    slug: { current: 'test-org' },
    areas: [{ _key: 'test', ...ref('area-test') }],
    email: 'test@example.org',
  } as unknown as Doc
  const service = {
    _id: 'service-test',
    _type: 'service',
    name: 'Test group',
    slug: { current: 'test-group' },
    organisation: ref('org-test'),
    areas: [{ _key: 'test', ...ref('area-test') }],
    howToJoin: 'Just turn up.',
    contact: {
      _type: 'contact',
      phone: '020 7946 0123',
      email: 'test@example.org',
      website: 'https://example.org/t',
    },
  } as unknown as Doc
  const clean = [area, org, service]
  const withContact = (contact: object): Doc[] => [
    { ...service, contact: { _type: 'contact', ...(service.contact as object), ...contact } },
  ]

  it('passes the clean test documents', () => {
    expect(phoneProblems(clean)).toEqual([])
    expect(addressProblems(clean)).toEqual([])
    expect(referenceProblems(clean)).toEqual([])
    expect(idProblems(clean)).toEqual([])
    expect(slugProblems(clean)).toEqual([])
    expect(keyProblems(clean)).toEqual([])
  })

  it('knows the drama ranges', () => {
    expect(isDramaNumber('020 7946 0123')).toBe(true)
    expect(isDramaNumber('0113 496 0999')).toBe(true)
    expect(isDramaNumber('07700 900321')).toBe(true)
    expect(isDramaNumber('+44 7700 900321')).toBe(true)
    expect(isDramaNumber('020 7946 1000')).toBe(false)
    expect(isDramaNumber('0113 496 1000')).toBe(false)
    expect(isDramaNumber('07700 901000')).toBe(false)
    expect(isDramaNumber('020 7123 4567')).toBe(false)
    expect(isDramaNumber('116 123')).toBe(false)
  })

  it('flags real numbers in contact fields, in prose and in tel: links', () => {
    expect(phoneProblems(withContact({ phone: '020 7123 4567' }))).toHaveLength(1)
    expect(phoneProblems(withContact({ text: '07811 123456' }))).toHaveLength(1)
    expect(phoneProblems([{ ...org, phone: '0161 496 0000' }])).toHaveLength(1)
    expect(phoneProblems([{ ...service, howToJoin: 'Call us on 0161 496 0000.' }])).toHaveLength(1)
    expect(phoneProblems([{ ...service, alert: 'tel:116123' }])).toHaveLength(1)
    expect(phoneProblems([{ ...service, crisis: [{ _type: 'crisisContact', number: '999' }] }])).toHaveLength(
      1,
    )
  })

  it('flags real domains in links and emails', () => {
    expect(addressProblems(withContact({ website: 'https://www.mind.org.uk/' }))).toHaveLength(1)
    expect(addressProblems(withContact({ email: 'hello@hear-us.example.org' }))).toHaveLength(1)
    expect(addressProblems([{ ...service, howToJoin: 'Email info@nsun.org.uk' }])).toHaveLength(1)
    expect(addressProblems([{ ...org, editors: ['someone@nhs.net'] }])).toHaveLength(1)
  })

  it('flags dangling and mistyped references, dotted ids, repeated slugs and missing keys', () => {
    expect(
      referenceProblems([area, org, { ...service, organisation: ref('org-nobody') } as Doc]),
    ).toHaveLength(1)
    expect(
      referenceProblems([area, org, { ...service, organisation: ref('area-test') } as Doc]),
    ).toHaveLength(1)
    expect(referenceProblems([area, { ...org, _id: 'drafts.org-test' }, service])).toHaveLength(1)
    expect(idProblems([{ ...org, _id: 'org.test' }])).toHaveLength(2)
    expect(idProblems([org, org])).toHaveLength(1)
    expect(slugProblems([org, { ...org, _id: 'org-copy' }])).toHaveLength(1)
    expect(keyProblems([{ ...service, topics: [ref('topic-carers')] }])).toHaveLength(1)
  })
})

describe('what the sample dataset holds', () => {
  it('has enough of everything to build every page of the site', () => {
    const counts = Object.fromEntries(countBy(docs, (doc) => doc._type))
    expect(counts.siteSettings).toBe(1)
    expect(counts.page).toBe(3)
    expect(counts.area).toBeGreaterThanOrEqual(7)
    expect(counts.topic).toBeGreaterThanOrEqual(15)
    expect(counts.organisation).toBeGreaterThanOrEqual(20)
    expect(counts.venue).toBeGreaterThanOrEqual(35)
    expect(counts.service).toBeGreaterThanOrEqual(90)
    expect(counts.course).toBeGreaterThanOrEqual(45)
    expect(counts.opportunity).toBeGreaterThanOrEqual(12)
  })

  it('has exactly one draft, an edit of a published service', () => {
    expect(drafts).toHaveLength(1)
    const [draft] = drafts as [Doc]
    const published = byId.get(draft._id.replace(/^drafts\./, ''))
    expect(published?._type).toBe('service')
    expect(draft.name).toMatch(/^DRAFT – do not publish/)
    expect(draft.name).not.toBe(published?.name)
  })

  it('has the about, accessibility and privacy pages', () => {
    expect(
      ofType('page')
        .map((page) => page.slug.current)
        .sort(),
    ).toEqual(['about', 'accessibility', 'privacy'])
    for (const page of ofType('page')) expect(page.body.length).toBeGreaterThan(3)
  })

  it('covers the local areas and one national area', () => {
    const names = ofType('area').map((area) => area.name)
    expect(names).toEqual(
      expect.arrayContaining(['Croydon', 'Lambeth', 'Leeds', 'York', 'Oxfordshire', 'Nottingham']),
    )
    expect(ofType('area').filter((area) => area.isNational)).toHaveLength(1)
    for (const area of ofType('area')) {
      expect(
        ofType('service').some((s) => s.areas.some((ref) => ref._ref === area._id)),
        area._id,
      ).toBe(true)
    }
  })

  it('uses every kind of service several times, and every access route, cost and delivery mode', () => {
    const kinds = countBy(ofType('service'), (s) => s.kind)
    for (const kind of valuesOf(serviceKinds)) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(3)
    const services = ofType('service')
    for (const route of valuesOf(accessRoutes))
      expect(
        services.some((s) => s.accessRoute === route),
        route,
      ).toBe(true)
    for (const cost of valuesOf(costTypes))
      expect(
        services.some((s) => s.cost === cost),
        cost,
      ).toBe(true)
    for (const mode of valuesOf(deliveryModes))
      expect(
        services.some((s) => s.delivery.includes(mode)),
        mode,
      ).toBe(true)
    for (const kind of valuesOf(opportunityKinds))
      expect(
        ofType('opportunity').some((o) => o.kind === kind),
        kind,
      ).toBe(true)
    for (const format of valuesOf(courseFormats))
      expect(
        ofType('course').some((c) => c.format === format),
        format,
      ).toBe(true)
  })

  it('includes the real initiatives the directory grew from', () => {
    const named = (type: string, pattern: RegExp) => ofType(type).filter((doc) => pattern.test(doc.name))
    expect(named('organisation', /^Hear Us Croydon$/)).toHaveLength(1)
    expect(named('organisation', /National Survivor User Network/)).toHaveLength(1)
    expect(named('organisation', /Leeds Service User Network/)).toHaveLength(1)
    expect(named('organisation', /Oxford Health/)).toHaveLength(1)
    expect(named('organisation', /Lambeth Living Well Collaborative/)).toHaveLength(1)
    expect(named('organisation', /Lambeth Time Bank/)).toHaveLength(1)
    expect(named('venue', /Bethlem Royal Hospital/)).toHaveLength(1)
    expect(named('venue', /St Chad’s Community Hall/)).toHaveLength(1)
    expect(named('service', /Missing Link/).length).toBeGreaterThanOrEqual(1)
    expect(named('service', /Solidarity in a Crisis/).length).toBeGreaterThanOrEqual(1)
    expect(named('service', /Time Bank/).length).toBeGreaterThanOrEqual(1)
    expect(named('service', /SUN/).length).toBeGreaterThanOrEqual(1)
    expect(named('opportunity', /Linkworker/).length).toBeGreaterThanOrEqual(1)
    const bethlem = ofType('venue').find((venue) => /Bethlem/.test(venue.name)) as Doc
    const wardVisits = ofType('service').filter(
      (s) =>
        s.kind === 'ward-visiting' &&
        s.organisation._ref === 'org-hear-us-croydon' &&
        s.venues.some((v) => v._ref === bethlem._id),
    )
    expect(wardVisits.length).toBeGreaterThanOrEqual(1)
    const crisisTime = named('service', /Solidarity in a Crisis/)[0] as Doc
    expect(JSON.stringify(crisisTime)).toMatch(/not an emergency service/)
    expect(
      ofType('organisation').filter((org) => org.kind === 'recovery-college').length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('answers the search people will make: Croydon, no referral, evenings, running', () => {
    const evening = ofType('service').filter(
      (s) =>
        s.areas.some((ref) => ref._ref === 'area-croydon') &&
        ['self-referral', 'open-to-all'].includes(s.accessRoute) &&
        s.status === 'running' &&
        (s.schedules ?? []).some((schedule) => schedule.opensAt >= '17:00'),
    )
    expect(evening.length).toBeGreaterThanOrEqual(3)
  })

  it('has listings in many states, checked at many times, none in the future', () => {
    const listings = [...ofType('service'), ...ofType('course'), ...ofType('opportunity')]
    for (const listing of listings) expect(listing.lastChecked <= TODAY, listing._id).toBe(true)
    const services = ofType('service')
    expect(services.filter((s) => s.lastChecked < A_YEAR_AGO).length).toBeGreaterThanOrEqual(10)
    expect(services.filter((s) => s.status === 'paused').length).toBeGreaterThanOrEqual(4)
    const closed = services.filter((s) => s.status === 'closed')
    expect(closed.length).toBeGreaterThanOrEqual(3)
    for (const service of closed) expect(service.alert, service._id).toBeTruthy()
    expect(ofType('opportunity').some((o) => o.status === 'closed')).toBe(true)
  })

  it('has schedules of every shape: weekly, fortnightly, nth and last weekday, term time, and none', () => {
    const schedules = ofType('service').flatMap((s) => s.schedules ?? [])
    expect(schedules.some((s) => s.freq === 'weekly' && s.interval === 1)).toBe(true)
    expect(schedules.some((s) => s.freq === 'weekly' && s.interval === 2)).toBe(true)
    expect(schedules.some((s) => s.freq === 'monthly' && (s.weeksOfMonth ?? []).length > 1)).toBe(true)
    expect(schedules.some((s) => s.freq === 'monthly' && (s.weeksOfMonth ?? []).includes(-1))).toBe(true)
    expect(schedules.some((s) => s.validFrom && s.validTo)).toBe(true)
    expect(schedules.some((s) => s.skipsBankHolidays === true)).toBe(true)
    expect(ofType('service').some((s) => !s.schedules?.length && s.availability)).toBe(true)
  })

  it('offers support in several languages', () => {
    const languages = new Set(ofType('service').flatMap((s) => s.languages))
    expect([...languages].filter((code) => code !== 'en').length).toBeGreaterThanOrEqual(6)
    expect(languages.has('bfi')).toBe(true)
  })

  it('has courses from three colleges over several terms, some finished and some running into summer 2027', () => {
    const courses = ofType('course')
    expect(new Set(courses.map((c) => c.college._ref)).size).toBeGreaterThanOrEqual(3)
    expect(new Set(courses.map((c) => c.term)).size).toBeGreaterThanOrEqual(2)
    for (const course of courses) {
      expect(course.sessions.length, course._id).toBeGreaterThanOrEqual(1)
      expect(course.sessions.length, course._id).toBeLessThanOrEqual(6)
    }
    const lastDate = (course: Doc) =>
      course.sessions
        .map((session) => session.date)
        .sort()
        .at(-1) ?? ''
    expect(courses.some((c) => lastDate(c) < TODAY)).toBe(true)
    expect(courses.some((c) => lastDate(c) >= '2027-05-01')).toBe(true)
    expect(courses.filter((c) => c.peerTutor).length).toBeGreaterThan(courses.length / 2)
  })

  it('has opportunities that open all year, close in 2027, and pay NHS rates', () => {
    const opportunities = ofType('opportunity')
    expect(opportunities.some((o) => !o.closingDate && o.status === 'running')).toBe(true)
    expect(opportunities.some((o) => o.closingDate?.startsWith('2027'))).toBe(true)
    expect(opportunities.some((o) => o.kind === 'paid' && /NHS Band/.test(o.pay ?? ''))).toBe(true)
  })
})
