import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { todayInUk } from '@findpeersupport/content-model/rules'
import * as fixtures from '../../tests/fixtures/directory'
import { fixtureDocuments, paragraph, slug, without } from '../../tests/fixtures/directory'
import { lastingSlugTypes } from '../actions/earlierSlugs'
import { schemaTypes } from '../schemaTypes'
import { errorMarkers, simpleMarkers, validate, type Marker } from './validate'

/** One fixture document of each type, with the fields a test changes. */
const examples = {
  service: fixtures.eveningGroup,
  course: fixtures.course,
  opportunity: fixtures.linkworker,
  organisation: fixtures.hearUs,
  venue: fixtures.hall,
  area: fixtures.croydon,
  topic: fixtures.hearingVoices,
  page: fixtures.aboutPage,
  siteSettings: fixtures.siteSettings,
}
type DocumentType = keyof typeof examples
type Fields = Record<string, unknown>

const documentTypes = Object.keys(examples) as DocumentType[]
const example =
  (type: DocumentType) =>
  (fields: Fields = {}): SanityDocument => ({ ...examples[type], ...fields })
const factories = Object.fromEntries(documentTypes.map((type) => [type, example(type)])) as Record<
  DocumentType,
  ReturnType<typeof example>
>
const { service, course, organisation, venue, area, topic, page, siteSettings } = factories

/** The fixtures' nested values, with the fields a test changes. */
const schedule = (fields: Fields = {}) => ({ ...fixtures.tuesdayEvenings, ...fields })
const courseSession = (fields: Fields = {}) => ({ ...fixtures.firstSession, ...fields })
const contact = (fields: Fields = {}) => ({ ...fixtures.eveningGroupContact, ...fields })
const crisisContact = (fields: Fields = {}) => ({ ...fixtures.samaritans, ...fields })
const address = (fields: Fields = {}) => ({ ...fixtures.hallAddress, ...fields })

/** Every published fixture document: what a document under test refers to, and its rivals for a slug. */
const published: SanityDocument[] = fixtureDocuments.filter((doc) => !doc._id.startsWith('drafts.'))

/** The rest of the dataset, for validating `document` in it. */
const othersThan = (document: SanityDocument, dataset: SanityDocument[] = published) =>
  dataset.filter((doc) => doc._id !== document._id)

/** The errors on `document`, validated in a dataset where everything it refers to exists. */
async function errorsOf(document: SanityDocument, otherDocuments: SanityDocument[] = published) {
  return errorMarkers(await validate(document, othersThan(document, otherDocuments)))
}

const error = (path: string, message: string): Marker => ({ path, level: 'error', message })

/** Listings shown with a contact box and a "last checked" date. */
const listings: DocumentType[] = ['service', 'course', 'opportunity']

const scheduleAt = 'schedules[_key=="tuesday-evenings"]'
const linkAt = 'description[_key=="read-more"].markDefs[_key=="read-more-link"].href'

describe('the shared fixtures', () => {
  test.each(published.map((doc) => [doc._id, doc] as const))(
    '%s passes every rule with no markers at all',
    async (_id, document) => {
      expect(simpleMarkers(await validate(document, othersThan(document)))).toEqual([])
    },
  )
})

describe('required fields', () => {
  const requiredFields: Record<DocumentType, string[]> = {
    service: [
      'name',
      'slug',
      'kind',
      'organisation',
      'summary',
      'whoFor',
      'topics',
      'areas',
      'delivery',
    ].concat(['accessRoute', 'howToJoin', 'cost', 'languages', 'contact', 'status', 'lastChecked']),
    course: [
      'name',
      'slug',
      'college',
      'term',
      'summary',
      'whoFor',
      'topics',
      'areas',
      'sessions',
      'format',
    ].concat(['howToEnrol', 'cost', 'contact', 'status', 'lastChecked']),
    opportunity: [
      'name',
      'slug',
      'kind',
      'organisation',
      'summary',
      'whoFor',
      'topics',
      'areas',
      'delivery',
      'commitment',
    ].concat(['howToApply', 'contact', 'status', 'lastChecked']),
    organisation: ['name', 'slug', 'kind', 'summary', 'areas', 'lastChecked'],
    venue: ['name', 'slug', 'address', 'location', 'area'],
    area: ['name', 'slug', 'region'],
    topic: ['name', 'slug', 'description'],
    page: ['title', 'slug', 'summary', 'body', 'lastReviewed'],
    siteSettings: ['siteName', 'description', 'crisisContacts', 'updatesEmail'],
  }
  const required = documentTypes.flatMap((type) => requiredFields[type].map((field) => ({ type, field })))

  test.each(required)('$type: without $field fails', async ({ type, field }) => {
    expect(await errorsOf(without(factories[type](), field))).toContainEqual(error(field, 'Required'))
  })

  test.each(['freq', 'interval', 'byday', 'opensAt', 'closesAt'])(
    'a meeting time without %s fails',
    async (field) => {
      expect(await errorsOf(service({ schedules: [without(schedule(), field)] }))).toContainEqual(
        error(`${scheduleAt}.${field}`, 'Required'),
      )
    },
  )

  test.each(['date', 'startsAt', 'endsAt'])('a course session without %s fails', async (field) => {
    expect(await errorsOf(course({ sessions: [without(courseSession(), field)] }))).toContainEqual(
      error(`sessions[_key=="first-session"].${field}`, 'Required'),
    )
  })

  test.each(['line1', 'town', 'postcode'])('an address without %s fails', async (field) => {
    expect(await errorsOf(venue({ address: without(address(), field) }))).toEqual([
      error(`address.${field}`, 'Required'),
    ])
  })

  test.each(['name', 'number', 'when'])('a crisis contact without %s fails', async (field) => {
    expect(
      await errorsOf(siteSettings({ crisisContacts: [without(crisisContact(), field)] })),
    ).toContainEqual(error(`crisisContacts[_key=="samaritans"].${field}`, 'Required'))
  })

  test('a course that does not say who can enrol fails', async () => {
    expect(await errorsOf(without(course(), 'enrolment'))).toEqual([error('enrolment', 'Required')])
  })

  test('a course with no sessions fails', async () => {
    expect(await errorsOf(course({ sessions: [] }))).toEqual([
      error('sessions', 'Must have at least 1 items'),
    ])
  })

  test('an opportunity that names no group of people it supports passes: most roles are for anyone', async () => {
    expect(await errorsOf(without(factories.opportunity(), 'audiences'))).toEqual([])
  })

  test('an opportunity with an empty list of topics fails', async () => {
    expect(await errorsOf(factories.opportunity({ topics: [] }))).toEqual([
      error('topics', 'Must have at least 1 items'),
    ])
  })

  test('site settings with no crisis contacts fail', async () => {
    expect(await errorsOf(siteSettings({ crisisContacts: [] }))).toEqual([
      error('crisisContacts', 'Must have at least 1 items'),
    ])
  })
})

describe('phone numbers', () => {
  const contactPhoneError = 'Use a UK phone number, like 020 7946 0123 or 07700 900123'
  const refused = ['7946 0123', '020 7946 01', '+1 212 555 0123', '0800 MIND NOW']

  test.each(['020 7946 0123', '07700 900123', '+44 20 7946 0123'])(
    'a contact phone of %s passes',
    async (phone) => {
      expect(await errorsOf(service({ contact: contact({ phone }) }))).toEqual([])
    },
  )

  test.each(refused)('a contact phone of %s fails', async (phone) => {
    expect(await errorsOf(service({ contact: contact({ phone }) }))).toEqual([
      error('contact.phone', contactPhoneError),
    ])
  })

  test.each(['020 7946 0123', '07700 900123'])('an organisation phone of %s passes', async (phone) => {
    expect(await errorsOf(organisation({ phone }))).toEqual([])
  })

  test.each(refused)('an organisation phone of %s fails', async (phone) => {
    expect(await errorsOf(organisation({ phone }))).toEqual([
      error('phone', 'Use a UK phone number, like 020 7946 0123 or 07700 900123'),
    ])
  })

  test.each(['85258', '07700 900123'])('a text number of %s passes', async (text) => {
    expect(await errorsOf(service({ contact: contact({ text }) }))).toEqual([])
  })

  test.each(['8525', 'SHOUT'])('a text number of %s fails', async (text) => {
    expect(await errorsOf(service({ contact: contact({ text }) }))).toEqual([
      error('contact.text', 'Use a UK mobile number or a 5-digit short code'),
    ])
  })

  test('a crisis line with a short code passes', async () => {
    const shout = crisisContact({ name: 'Shout', number: '85258', method: 'text', textBody: 'SHOUT' })
    expect(await errorsOf(siteSettings({ crisisContacts: [shout] }))).toEqual([])
  })

  test('a crisis line with a number that is not a UK number fails', async () => {
    const crisisLine = crisisContact({ number: 'call 116 123' })
    expect(await errorsOf(siteSettings({ crisisContacts: [crisisLine] }))).toEqual([
      error('crisisContacts[_key=="samaritans"].number', 'Use a UK phone number or short code'),
    ])
  })
})

describe('postcodes', () => {
  const withPostcode = (postcode: string) => venue({ address: address({ postcode }) })

  test.each(['CR0 1AB', 'cr01ab', 'SW1A 1AA'])('a venue at %s passes', async (postcode) => {
    expect(await errorsOf(withPostcode(postcode))).toEqual([])
  })

  test.each(['CR0', 'CR0 1A', 'Croydon', '90210'])('a venue at %s fails', async (postcode) => {
    expect(await errorsOf(withPostcode(postcode))).toEqual([
      error('address.postcode', 'Use a full UK postcode, like CR0 1AB'),
    ])
  })
})

describe('links', () => {
  const withLink = (href: string) =>
    service({ description: [paragraph('read-more', 'Read more on our website.', href)] })

  test.each([
    'https://example.org/groups',
    'http://example.org/groups',
    'mailto:hello@example.org',
    'tel:+442079460123',
  ])('a rich text link to %s passes', async (href) => {
    expect(await errorsOf(withLink(href))).toEqual([])
  })

  test('a javascript: link in rich text fails', async () => {
    expect(await errorsOf(withLink('javascript:alert(1)'))).toEqual([
      error(linkAt, 'Does not match allowed protocols/schemes'),
      error(linkAt, 'Use a link starting https://, mailto: or tel:'),
    ])
  })

  test('a data: link in rich text fails', async () => {
    expect(await errorsOf(withLink('data:text/html,<script>alert(1)</script>'))).toContainEqual(
      error(linkAt, 'Use a link starting https://, mailto: or tel:'),
    )
  })

  test('a javascript: link in a page body fails', async () => {
    const body = [paragraph('contact-us', 'Contact us', 'javascript:alert(1)')]
    expect(await errorsOf(page({ body }))).toContainEqual(
      error(
        'body[_key=="contact-us"].markDefs[_key=="contact-us-link"].href',
        'Use a link starting https://, mailto: or tel:',
      ),
    )
  })

  test('a rich text link without an address fails', async () => {
    const description = [
      { ...paragraph('read-more', 'Read more'), markDefs: [{ _type: 'link', _key: 'read-more-link' }] },
    ]
    expect(await errorsOf(service({ description }))).toEqual([error(linkAt, 'Required')])
  })

  test('a javascript: contact web page fails', async () => {
    expect(await errorsOf(service({ contact: contact({ website: 'javascript:alert(1)' }) }))).toEqual([
      error('contact.website', 'Does not match allowed protocols/schemes'),
      error('contact.website', 'Use a web address starting https://'),
    ])
  })

  test('a contact web page that is an email link fails', async () => {
    expect(await errorsOf(service({ contact: contact({ website: 'mailto:hello@example.org' }) }))).toEqual([
      error('contact.website', 'Does not match allowed protocols/schemes'),
    ])
  })

  test.each([
    { type: 'organisation', field: 'website' },
    { type: 'course', field: 'enrolUrl' },
    { type: 'opportunity', field: 'applyUrl' },
  ] as const)('a javascript: $field on a $type fails', async ({ type, field }) => {
    expect(await errorsOf(factories[type]({ [field]: 'javascript:alert(1)' }))).toContainEqual(
      error(field, 'Use a web address starting https://'),
    )
  })
})

describe('slugs', () => {
  const slugged = documentTypes.filter((type) => type !== 'siteSettings')

  test.each(slugged)('two %s documents with the same slug fail', async (type) => {
    const other = factories[type]({ _id: 'another-document' })
    expect(await errorsOf(factories[type](), [...published, other])).toContainEqual(
      error('slug', 'Slug is already in use'),
    )
  })

  test('a slug used by a document of another type passes', async () => {
    expect(await errorsOf(topic({ slug: slug('croydon') }), [area({ slug: slug('croydon') })])).toEqual([])
  })

  test('a slug shared with the document’s own draft passes', async () => {
    const ownDraft = service({ _id: 'drafts.service-croydon-hearing-voices' })
    expect(await errorsOf(service(), [...published, ownDraft])).toEqual([])
  })

  test('a slug used by another document’s draft fails, as in the Studio', async () => {
    const otherDraft = service({ _id: 'drafts.another-service' })
    expect(await errorsOf(service(), [...published, otherDraft])).toEqual([
      error('slug', 'Slug is already in use'),
    ])
  })

  test('an empty slug fails', async () => {
    expect(await errorsOf(service({ slug: slug('') }))).toContainEqual(
      error('slug', 'Slug must have a value'),
    )
  })
})

describe('earlier web addresses, which still lead to the page', () => {
  const lasting = ['service', 'course', 'opportunity', 'organisation'] as const

  test.each(lasting)('a %s cannot take a web address another one used before', async (type) => {
    const movedOn = factories[type]({
      _id: 'moved-on',
      slug: slug('a-new-name'),
      previousSlugs: [examples[type].slug.current],
    })
    expect(await errorsOf(factories[type](), [...published, movedOn])).toContainEqual(
      error('slug', 'Slug is already in use'),
    )
  })

  test('a listing may go back to one of its own earlier addresses', async () => {
    const back = service({ previousSlugs: [fixtures.eveningGroup.slug.current, 'a-later-name'] })
    expect(await errorsOf(back)).toEqual([])
  })

  test('an earlier address must be written like a web address, once', async () => {
    expect(await errorsOf(service({ previousSlugs: ['Old Name!'] }))).toContainEqual(
      error(
        'previousSlugs',
        '"Old Name!" is not a web address: use lower-case words joined by hyphens, or remove it',
      ),
    )
    expect(
      (await errorsOf(service({ previousSlugs: ['old-name', 'old-name'] }))).map(({ path }) => path),
    ).toContain('previousSlugs[1]')
  })

  test('the types that keep them are the ones whose Publish keeps them', () => {
    const keeping = schemaTypes.filter(
      (type) => 'fields' in type && type.fields.some(({ name }) => name === 'previousSlugs'),
    )
    expect(keeping.map(({ name }) => name).sort()).toEqual([...lastingSlugTypes].sort())
    expect([...lastingSlugTypes].sort()).toEqual([...lasting].sort())
  })
})

describe('lastChecked', () => {
  const checked: DocumentType[] = [...listings, 'organisation']

  test.each(checked)('%s: a last checked date in the future fails', async (type) => {
    expect(await errorsOf(factories[type]({ lastChecked: '2999-01-01' }))).toEqual([
      error('lastChecked', 'The last checked date (2999-01-01) cannot be in the future'),
    ])
  })

  test.each(checked)('%s: a last checked date in the past passes', async (type) => {
    expect(await errorsOf(factories[type]({ lastChecked: '2000-01-01' }))).toEqual([])
  })

  test('a service checked today in the UK passes', async () => {
    expect(await errorsOf(service({ lastChecked: todayInUk() }))).toEqual([])
  })
})

describe('meeting times', () => {
  test('one that ends when it starts fails', async () => {
    expect(
      await errorsOf(service({ schedules: [schedule({ opensAt: '18:00', closesAt: '18:00' })] })),
    ).toEqual([error(`${scheduleAt}.closesAt`, 'Ends at (18:00) must be after starts at (18:00)')])
  })

  test('one that ends before it starts fails', async () => {
    expect(
      await errorsOf(service({ schedules: [schedule({ opensAt: '18:00', closesAt: '09:30' })] })),
    ).toEqual([error(`${scheduleAt}.closesAt`, 'Ends at (09:30) must be after starts at (18:00)')])
  })

  test('one that ends a minute after it starts passes', async () => {
    expect(
      await errorsOf(service({ schedules: [schedule({ opensAt: '18:00', closesAt: '18:01' })] })),
    ).toEqual([])
  })

  test('one with a time that is not on the 24-hour clock fails', async () => {
    expect(await errorsOf(service({ schedules: [schedule({ opensAt: '6pm' })] }))).toContainEqual(
      expect.objectContaining({ path: `${scheduleAt}.opensAt`, level: 'error' }),
    )
  })

  test('a monthly one without weeks of the month fails', async () => {
    expect(await errorsOf(service({ schedules: [schedule({ freq: 'monthly' })] }))).toEqual([
      error(
        `${scheduleAt}.weeksOfMonth`,
        'Pick at least one week of the month, or change "How often" to every week',
      ),
    ])
  })

  test('a monthly one with an empty list of weeks fails', async () => {
    expect(await errorsOf(service({ schedules: [schedule({ freq: 'monthly', weeksOfMonth: [] })] }))).toEqual(
      [
        error(
          `${scheduleAt}.weeksOfMonth`,
          'Pick at least one week of the month, or change "How often" to every week',
        ),
      ],
    )
  })

  test.each([[[2, 4]], [[-1]]])('a monthly one on weeks %j passes', async (weeksOfMonth) => {
    expect(await errorsOf(service({ schedules: [schedule({ freq: 'monthly', weeksOfMonth })] }))).toEqual([])
  })

  test('one whose last date is before its first date fails', async () => {
    const termTime = schedule({ validFrom: '2027-04-20', validTo: '2027-01-05' })
    expect(await errorsOf(service({ schedules: [termTime] }))).toEqual([
      error(`${scheduleAt}.validTo`, 'The last date must be after the first date'),
    ])
  })

  test('a course session that ends when it starts fails', async () => {
    const session = courseSession({ startsAt: '10:00', endsAt: '10:00' })
    expect(await errorsOf(course({ sessions: [session] }))).toEqual([
      error('sessions[_key=="first-session"].endsAt', 'Ends at (10:00) must be after starts at (10:00)'),
    ])
  })
})

describe('when a service is available', () => {
  const availabilityError = 'Add a meeting time, or say when it is available in "Other times"'

  test('a service with no meeting times and no other times fails', async () => {
    expect(await errorsOf(without(service(), 'schedules'))).toEqual([
      error('availability', availabilityError),
    ])
  })

  test('a service with an empty list of meeting times and no other times fails', async () => {
    expect(await errorsOf(service({ schedules: [] }))).toEqual([error('availability', availabilityError)])
  })

  test('a service available by appointment, with no meeting times, passes', async () => {
    const byAppointment = service({ schedules: [], availability: 'By appointment, Monday to Friday' })
    expect(await errorsOf(byAppointment)).toEqual([])
  })
})

describe('venues', () => {
  const venueError = 'Add a venue, or set how it happens to online or phone only'

  test('a service delivered in person without venues fails', async () => {
    expect(await errorsOf(without(service({ delivery: ['in-person'] }), 'venues'))).toEqual([
      error('venues', venueError),
    ])
  })

  test('a service delivered in person with an empty list of venues fails', async () => {
    expect(await errorsOf(service({ delivery: ['in-person'], venues: [] }))).toEqual([
      error('venues', venueError),
    ])
  })

  test('a service delivered in person and online without venues fails', async () => {
    expect(await errorsOf(without(service({ delivery: ['online', 'in-person'] }), 'venues'))).toEqual([
      error('venues', venueError),
    ])
  })

  test.each([[['online']], [['phone']], [['online', 'phone']]])(
    'a service delivered %j without venues passes',
    async (delivery) => {
      expect(await errorsOf(without(service({ delivery }), 'venues'))).toEqual([])
    },
  )

  test.each(['in-person', 'blended'])('a course given %s without a venue fails', async (format) => {
    expect(await errorsOf(without(course({ format }), 'venue'))).toEqual([error('venue', venueError)])
  })

  test('a course given online without a venue passes', async () => {
    expect(await errorsOf(without(course({ format: 'online' }), 'venue'))).toEqual([])
  })
})

describe('cost', () => {
  test('a paid service without cost details fails', async () => {
    expect(await errorsOf(service({ cost: 'paid' }))).toEqual([error('costDetails', 'Say how much it costs')])
  })

  test('a paid service that says how much it costs passes', async () => {
    expect(await errorsOf(service({ cost: 'paid', costDetails: '£3 a session' }))).toEqual([])
  })

  test('a pay-what-you-can service without cost details passes', async () => {
    expect(await errorsOf(service({ cost: 'donation' }))).toEqual([])
  })
})

describe('contact', () => {
  const contactError = 'Add a phone number, text number, email or web page'

  test.each(listings)('a listing (%s) with no way to get in touch fails', async (type) => {
    expect(await errorsOf(factories[type]({ contact: { _type: 'contact', name: 'Sam' } }))).toEqual([
      error('contact', contactError),
    ])
  })

  test.each([
    ['a phone number', { phone: '020 7946 0123' }],
    ['a text number', { text: '85258' }],
    ['an email address', { email: 'hello@example.org' }],
    ['a web page', { website: 'https://example.org/groups' }],
  ])('a contact with only %s passes', async (_way, way) => {
    expect(await errorsOf(service({ contact: { _type: 'contact', ...way } }))).toEqual([])
  })

  test('an email address that is not one fails', async () => {
    expect(await errorsOf(service({ contact: contact({ email: 'hello at example.org' }) }))).toEqual([
      error('contact.email', 'Must be a valid email address'),
    ])
  })
})

describe('fixed vocabularies', () => {
  test('a kind of support that is not in the list fails', async () => {
    expect(await errorsOf(service({ kind: 'therapy' }))).toEqual([
      error('kind', 'Value "therapy" did not match any allowed values'),
    ])
  })

  test('a term not written like "Spring 2027" fails', async () => {
    expect(await errorsOf(course({ term: 'spring term' }))).toContainEqual(
      expect.objectContaining({ path: 'term', level: 'error' }),
    )
  })
})

describe('unknown fields', () => {
  test('a field the schema does not have is a warning, not an error', async () => {
    expect(simpleMarkers(await validate(service({ venue: 'St Chad’s' }), othersThan(service())))).toEqual([
      { path: 'venue', level: 'warning', message: "Field 'venue' does not exist on type 'service'" },
    ])
  })
})

describe('references', () => {
  test('a listing run by an organisation that does not exist fails', async () => {
    const others = published.filter((doc) => doc._type !== 'organisation')
    expect(await errorsOf(service(), others)).toEqual([
      error('organisation', 'Referenced document must be published'),
    ])
  })

  test('a listing run by an organisation that is only a draft fails', async () => {
    const others = published.map((doc) =>
      doc._type === 'organisation' ? { ...doc, _id: `drafts.${doc._id}` } : doc,
    )
    expect(await errorsOf(service(), others)).toEqual([
      error('organisation', 'Referenced document must be published'),
    ])
  })
})
