/**
 * The embedded sample dataset: is it what the build script makes, does the site's door publish
 * all of it, does it reach nobody real, and is it complete enough to build the whole site from?
 * The Studio's rules are run on it in studio/test/sampleDataset.test.ts.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  accessRoutes,
  costTypes,
  courseFormats,
  deliveryModes,
  opportunityKinds,
  serviceKinds,
  valuesOf,
} from '@findpeersupport/content-model/vocabulary'
import {
  buildSampleDataset,
  checkSampleDocuments,
  DATASET_DATE,
  isDramaNumber,
  OUTPUT_PATH,
  realCrisisNumbers,
  type SampleDocument,
} from '../../scripts/build-sample-dataset.ts'
import { buildDirectory, fetchDirectory } from '../../site/lib/content/directory'
import { documentsSource } from '../../site/lib/content/source'
import {
  eveningGroup,
  eveningGroupContact,
  fixtureDocuments,
  hearUs,
  reference,
  samaritans,
  siteSettings,
  slug,
} from '../../tests/fixtures/directory'

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
const TODAY = DATASET_DATE
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

  it('passes the checks for made-up data: nobody real, nothing checked after the day it describes', () => {
    expect(checkSampleDocuments(allDocs)).toEqual([])
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
    expect(contacts.map((c) => c.number)).toEqual(realCrisisNumbers)
    // The wording may change; what each number is for may not.
    const [emergency, nhs, samaritansLine, shout] = contacts.map((c) => c.when)
    expect(emergency).toMatch(/life is at risk/i)
    expect(emergency).toMatch(/A&E/)
    expect(nhs).toMatch(/option 2/i)
    expect(samaritansLine).toMatch(/free/i)
    expect(shout).toMatch(/free/i)
    expect(settings?.updatesEmail).toBe('updates@example.org')
  })
})

describe('the sample dataset through the site’s door', () => {
  it('publishes every listing, with no problems', async () => {
    const source = documentsSource(() => Promise.resolve(allDocs), 'the sample dataset')
    const raw = await fetchDirectory(source)
    const { directory, problems } = buildDirectory(raw, 'sample', {
      now: new Date(`${DATASET_DATE}T09:00:00Z`),
    })
    expect(problems).toEqual([])
    expect(directory.services).toHaveLength(ofType('service').length)
    expect(directory.courses).toHaveLength(ofType('course').length)
    expect(directory.opportunities).toHaveLength(ofType('opportunity').length)
  })
})

describe('checkSampleDocuments', () => {
  const problemsIn = (...documents: SampleDocument[]) => checkSampleDocuments(documents)
  const withContact = (changes: object) => ({
    ...eveningGroup,
    contact: { ...eveningGroupContact, ...changes },
  })

  it('passes the shared fixtures, which are made-up data too', () => {
    expect(checkSampleDocuments(fixtureDocuments)).toEqual([])
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

  it('names the document, the field and the number that is not in the drama ranges', () => {
    expect(problemsIn(withContact({ phone: '020 7123 4567' }))).toEqual([
      "service-croydon-hearing-voices contact.phone: 020 7123 4567 is not in Ofcom's drama ranges",
    ])
  })

  it('flags real numbers in text fields, an organisation’s phone, prose and tel: links', () => {
    expect(problemsIn(withContact({ text: '07811 123456' }))).toHaveLength(1)
    expect(problemsIn({ ...hearUs, phone: '0161 496 0000' })).toHaveLength(1)
    expect(problemsIn({ ...eveningGroup, howToJoin: 'Call us on 0161 496 0000.' })).toHaveLength(1)
    expect(problemsIn({ ...eveningGroup, alert: 'tel:116123' })).toHaveLength(1)
  })

  it('allows the real crisis numbers only as the site settings’ crisis contacts', () => {
    expect(problemsIn({ ...eveningGroup, crisisContacts: [samaritans] })).toHaveLength(1)
    const notACrisisLine = { ...samaritans, number: '0161 496 0000' }
    expect(problemsIn({ ...siteSettings, crisisContacts: [notACrisisLine] })).toHaveLength(1)
  })

  it('flags web and email addresses that are not on example.org', () => {
    expect(problemsIn(withContact({ website: 'https://www.mind.org.uk/' }))).toEqual([
      'service-croydon-hearing-voices contact.website: https://www.mind.org.uk/ is not on example.org',
    ])
    expect(problemsIn(withContact({ email: 'hello@hear-us.example.org' }))).toHaveLength(1)
    expect(problemsIn({ ...eveningGroup, howToJoin: 'Email info@nsun.org.uk' })).toHaveLength(1)
    expect(problemsIn({ ...hearUs, editors: ['someone@nhs.net'] })).toHaveLength(1)
  })

  it('flags a listing checked after the day the sample describes', () => {
    expect(problemsIn({ ...eveningGroup, lastChecked: '2026-11-23' })).toEqual([
      'service-croydon-hearing-voices lastChecked: 2026-11-23 is after 2026-11-22, the day the sample describes',
    ])
  })

  it('flags a repeated id, a web address that is not a short id, and missing or repeated keys', () => {
    expect(problemsIn(hearUs, hearUs)).toHaveLength(1)
    expect(problemsIn({ ...hearUs, slug: slug('Hear.Us') })).toHaveLength(1)
    expect(problemsIn({ ...eveningGroup, topics: [reference('topic-hearing-voices')] })).toHaveLength(1)
    const twice = { ...eveningGroup.topics[0], _ref: 'topic-other' }
    expect(problemsIn({ ...eveningGroup, topics: [...eveningGroup.topics, twice] })).toHaveLength(1)
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
