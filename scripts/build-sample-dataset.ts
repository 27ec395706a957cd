/**
 * Builds the embedded sample dataset, studio/seed/sample.ndjson, from the readable modules
 * in studio/seed/source/. The output is Sanity's export format (one document per line), so
 * `sanity dataset import studio/seed/sample.ndjson <dataset>` loads it unchanged.
 *
 * The output is deterministic: the same source gives a byte-identical file. Keys are made
 * from content (or position), never from random numbers or the clock.
 *
 *   npm run seed
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  accessRoutes,
  audiences,
  costTypes,
  courseFormats,
  deliveryModes,
  languages,
  listingStatuses,
  opportunityKinds,
  organisationKinds,
  serviceKinds,
  valuesOf,
  weekdays,
} from '@findpeersupport/content-model/vocabulary'
import {
  isSafeUrl,
  isUkPhoneNumber,
  isUkPostcode,
  isUkTextNumber,
  timePattern,
} from '@findpeersupport/content-model/rules'
import {
  areas,
  courses,
  draft,
  opportunities,
  organisations,
  pages,
  services,
  siteSettings,
  topics,
  venues,
} from '../studio/seed/source/index.ts'
import type { ContactInput, RichTextInput, ScheduleInput, SessionInput } from '../studio/seed/source/types.ts'

/** The day the sample data describes. No listing may say it was checked after it. */
export const DATASET_DATE = '2026-11-22'

export const OUTPUT_PATH = fileURLToPath(new URL('../studio/seed/sample.ndjson', import.meta.url))

type Doc = { _id: string; _type: string; [field: string]: unknown }

/** A value as it reads in a problem message. */
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))

/** Document ids: the type's prefix, a hyphen, then the short id the source uses. */
export const idOf = {
  area: (id: string) => `area-${id}`,
  topic: (id: string) => `topic-${id}`,
  organisation: (id: string) => `org-${id}`,
  venue: (id: string) => `venue-${id}`,
  service: (id: string) => `service-${id}`,
  course: (id: string) => `course-${id}`,
  opportunity: (id: string) => `opportunity-${id}`,
  page: (id: string) => `page-${id}`,
}

// ---------------------------------------------------------------------------------------
// Keys and small value builders

/** FNV-1a, 32 bits, as 8 hex characters: a short, stable key made from content. */
function hashKey(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** Keys for the items of one array: from content, with the position added only if two items are the same. */
function keysFor(items: readonly string[]): string[] {
  const seen = new Set<string>()
  return items.map((item, index) => {
    let key = hashKey(item)
    if (seen.has(key)) key = `${key}${index}`
    seen.add(key)
    return key
  })
}

const slug = (current: string) => ({ _type: 'slug', current })
const reference = (ref: string) => ({ _type: 'reference', _ref: ref })
/** An array of references; each key is the short id, which is unique within the array. */
const references = (ids: readonly string[], toId: (id: string) => string) =>
  ids.map((id) => ({ _key: id, ...reference(toId(id)) }))

function contact(input: ContactInput) {
  return {
    _type: 'contact',
    name: input.name,
    phone: input.phone,
    text: input.text,
    email: input.email,
    website: input.website,
  }
}

function schedules(list: readonly ScheduleInput[] | undefined) {
  if (!list) return undefined
  const keys = keysFor(list.map((item) => JSON.stringify(item)))
  return list.map((item, index) => ({
    _type: 'schedule',
    _key: keys[index],
    freq: item.freq,
    interval: item.interval,
    byday: [...item.byday],
    weeksOfMonth: item.weeksOfMonth ? [...item.weeksOfMonth] : undefined,
    opensAt: item.opensAt,
    closesAt: item.closesAt,
    validFrom: item.validFrom,
    validTo: item.validTo,
    skipsBankHolidays: item.skipsBankHolidays,
    notes: item.notes,
  }))
}

function sessions(list: readonly SessionInput[]) {
  const keys = keysFor(list.map((item) => `${item.date} ${item.startsAt}`))
  return list.map((item, index) => ({
    _type: 'courseSession',
    _key: keys[index],
    date: item.date,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
  }))
}

// ---------------------------------------------------------------------------------------
// Rich text: paragraphs written like small Markdown become Portable Text blocks

const inlinePattern = /(\*\*[^*]+\*\*|_[^_]+_|\[[^\]]+\]\([^)\s]+\))/

function spansOf(text: string, blockKey: string) {
  const children: { _type: 'span'; _key: string; text: string; marks: string[] }[] = []
  const markDefs: { _key: string; _type: 'link'; href: string }[] = []
  for (const part of text.split(inlinePattern)) {
    if (!part) continue
    const index = children.length
    const key = `${blockKey}s${index}`
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    if (link) {
      const linkKey = `${blockKey}l${markDefs.length}`
      markDefs.push({ _key: linkKey, _type: 'link', href: link[2] as string })
      children.push({ _type: 'span', _key: key, text: link[1] as string, marks: [linkKey] })
    } else if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      children.push({ _type: 'span', _key: key, text: part.slice(2, -2), marks: ['strong'] })
    } else if (/^_[^_]+_$/.test(part)) {
      children.push({ _type: 'span', _key: key, text: part.slice(1, -1), marks: ['em'] })
    } else {
      children.push({ _type: 'span', _key: key, text: part, marks: [] })
    }
  }
  return { children, markDefs }
}

export function richText(paragraphs: RichTextInput | undefined) {
  if (!paragraphs) return undefined
  const keys = keysFor(paragraphs)
  return paragraphs.map((paragraph, index) => {
    const key = keys[index] as string
    let text = paragraph
    let style = 'normal'
    let listItem: string | undefined
    if (text.startsWith('#### ')) [style, text] = ['h4', text.slice(5)]
    else if (text.startsWith('### ')) [style, text] = ['h3', text.slice(4)]
    else if (text.startsWith('- ')) [listItem, text] = ['bullet', text.slice(2)]
    else if (/^\d+\. /.test(text)) [listItem, text] = ['number', text.replace(/^\d+\. /, '')]
    const { children, markDefs } = spansOf(text, key)
    return {
      _type: 'block',
      _key: key,
      style,
      ...(listItem ? { listItem, level: 1 } : {}),
      markDefs,
      children,
    }
  })
}

// ---------------------------------------------------------------------------------------
// Documents

export function buildSampleDocuments(): Doc[] {
  const docs: Doc[] = []

  docs.push({
    _id: 'siteSettings',
    _type: 'siteSettings',
    siteName: siteSettings.siteName,
    description: siteSettings.description,
    crisisContacts: siteSettings.crisisContacts.map((item, index) => ({
      _type: 'crisisContact',
      _key: keysFor(siteSettings.crisisContacts.map((c) => c.name))[index],
      name: item.name,
      number: item.number,
      method: item.method,
      textBody: item.textBody,
      when: item.when,
    })),
    updatesEmail: siteSettings.updatesEmail,
  })

  for (const page of pages) {
    docs.push({
      _id: idOf.page(page.id),
      _type: 'page',
      title: page.title,
      slug: slug(page.id),
      summary: page.summary,
      body: richText(page.body),
      lastReviewed: page.lastReviewed,
    })
  }

  for (const area of areas) {
    docs.push({
      _id: idOf.area(area.id),
      _type: 'area',
      name: area.name,
      slug: slug(area.id),
      region: area.region,
      isNational: area.isNational ?? false,
    })
  }

  for (const topic of topics) {
    docs.push({
      _id: idOf.topic(topic.id),
      _type: 'topic',
      name: topic.name,
      slug: slug(topic.id),
      description: topic.description,
      alsoKnownAs: topic.alsoKnownAs ? [...topic.alsoKnownAs] : undefined,
    })
  }

  for (const org of organisations) {
    docs.push({
      _id: idOf.organisation(org.id),
      _type: 'organisation',
      name: org.name,
      slug: slug(org.id),
      kind: org.kind,
      summary: org.summary,
      description: richText(org.description),
      areas: references(org.areas, idOf.area),
      website: org.website,
      email: org.email,
      phone: org.phone,
      charityNumber: org.charityNumber,
      editors: org.editors ? [...org.editors] : undefined,
      lastChecked: org.lastChecked,
      checkedBy: org.checkedBy,
    })
  }

  for (const venue of venues) {
    docs.push({
      _id: idOf.venue(venue.id),
      _type: 'venue',
      name: venue.name,
      slug: slug(venue.id),
      address: { _type: 'address', ...venue.address },
      location: { _type: 'geopoint', lat: venue.location.lat, lng: venue.location.lng },
      area: reference(idOf.area(venue.area)),
      stepFree: venue.stepFree,
      accessibleToilet: venue.accessibleToilet,
      hearingLoop: venue.hearingLoop,
      accessNotes: venue.accessNotes,
      transport: venue.transport,
    })
  }

  for (const service of services) {
    docs.push({
      _id: idOf.service(service.id),
      _type: 'service',
      name: service.name,
      slug: slug(service.id),
      kind: service.kind,
      organisation: reference(idOf.organisation(service.organisation)),
      summary: service.summary,
      description: richText(service.description),
      whoFor: service.whoFor,
      audiences: service.audiences ? [...service.audiences] : undefined,
      topics: references(service.topics, idOf.topic),
      peerLed: service.peerLed,
      coProduced: service.coProduced ?? false,
      areas: references(service.areas, idOf.area),
      delivery: [...service.delivery],
      venues: service.venues ? references(service.venues, idOf.venue) : undefined,
      schedules: schedules(service.schedules),
      availability: service.availability,
      onlineDetails: service.onlineDetails,
      accessRoute: service.accessRoute,
      howToJoin: service.howToJoin,
      cost: service.cost,
      costDetails: service.costDetails,
      languages: [...service.languages],
      accessibilityNotes: service.accessibilityNotes,
      contact: contact(service.contact),
      status: service.status,
      alert: service.alert,
      lastChecked: service.lastChecked,
      checkedBy: service.checkedBy,
    })
  }

  for (const course of courses) {
    docs.push({
      _id: idOf.course(course.id),
      _type: 'course',
      name: course.name,
      slug: slug(course.id),
      college: reference(idOf.organisation(course.college)),
      term: course.term,
      summary: course.summary,
      description: richText(course.description),
      whoFor: course.whoFor,
      audiences: course.audiences ? [...course.audiences] : undefined,
      topics: references(course.topics, idOf.topic),
      areas: references(course.areas, idOf.area),
      sessions: sessions(course.sessions),
      format: course.format,
      venue: course.venue ? reference(idOf.venue(course.venue)) : undefined,
      onlineDetails: course.onlineDetails,
      peerTutor: course.peerTutor,
      enrolment: course.enrolment,
      howToEnrol: course.howToEnrol,
      enrolUrl: course.enrolUrl,
      places: course.places,
      cost: course.cost,
      contact: contact(course.contact),
      status: course.status,
      alert: course.alert,
      lastChecked: course.lastChecked,
      checkedBy: course.checkedBy,
    })
  }

  for (const opportunity of opportunities) {
    docs.push({
      _id: idOf.opportunity(opportunity.id),
      _type: 'opportunity',
      name: opportunity.name,
      slug: slug(opportunity.id),
      kind: opportunity.kind,
      organisation: reference(idOf.organisation(opportunity.organisation)),
      summary: opportunity.summary,
      description: richText(opportunity.description),
      whoFor: opportunity.whoFor,
      areas: references(opportunity.areas, idOf.area),
      delivery: [...opportunity.delivery],
      commitment: opportunity.commitment,
      pay: opportunity.pay,
      trainingProvided: opportunity.trainingProvided,
      howToApply: opportunity.howToApply,
      applyUrl: opportunity.applyUrl,
      closingDate: opportunity.closingDate,
      contact: contact(opportunity.contact),
      status: opportunity.status,
      alert: opportunity.alert,
      lastChecked: opportunity.lastChecked,
      checkedBy: opportunity.checkedBy,
    })
  }

  // One unpublished edit of a published service, so tests can prove drafts never reach the site.
  const published = docs.find((doc) => doc._id === idOf.service(draft.of))
  if (!published) throw new Error(`The draft is of service "${draft.of}", which does not exist`)
  docs.push({ ...published, _id: `drafts.${published._id}`, name: draft.name, summary: draft.summary })

  return docs
}

// ---------------------------------------------------------------------------------------
// Checks: the build refuses data the Studio would refuse, naming the document and field

export function checkSampleDocuments(docs: Doc[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const byType = new Map<string, Doc[]>()
  for (const doc of docs) {
    if (ids.has(doc._id)) problems.push(`${doc._id}: the id is used twice`)
    ids.add(doc._id)
    if (doc._id.replace(/^drafts\./, '').includes('.')) problems.push(`${doc._id}: ids must not contain dots`)
    byType.set(doc._type, [...(byType.get(doc._type) ?? []), doc])
  }
  const typeOf = new Map(docs.map((doc) => [doc._id, doc._type]))
  const problem = (doc: Doc, field: string, message: string) =>
    problems.push(`${doc._id} ${field}: ${message}`)

  const walk = (value: unknown, path: string, doc: Doc): void => {
    if (Array.isArray(value)) {
      const keys = new Set<string>()
      value.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const key = (item as { _key?: unknown })._key
          if (typeof key !== 'string' || !key)
            problem(doc, `${path}[${index}]`, 'an object in an array needs a _key')
          else if (keys.has(key)) problem(doc, `${path}[${index}]`, `the _key "${key}" is used twice`)
          else keys.add(key)
        }
        walk(item, `${path}[${index}]`, doc)
      })
    } else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>
      if (object._type === 'reference' && !ids.has(object._ref as string)) {
        problem(doc, path, `refers to ${show(object._ref)}, which does not exist`)
      }
      for (const [field, child] of Object.entries(object)) walk(child, path ? `${path}.${field}` : field, doc)
    } else if (typeof value === 'string' && /^(https?:|mailto:|tel:)/.test(value) && !isSafeUrl(value)) {
      problem(doc, path, `"${value}" is not a safe link`)
    }
  }
  for (const doc of docs) walk(doc, '', doc)

  const refType = (doc: Doc, field: string, ref: unknown, type: string) => {
    const id = (ref as { _ref?: string } | undefined)?._ref
    if (id && typeOf.get(id) !== type)
      problem(doc, field, `must refer to a ${type}, not ${show(typeOf.get(id))}`)
  }
  const oneOf = (doc: Doc, field: string, value: unknown, allowed: readonly unknown[], required = true) => {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
    if (required && values.length === 0) problem(doc, field, 'is required')
    for (const item of values)
      if (!allowed.includes(item)) problem(doc, field, `"${show(item)}" is not an option`)
    if (new Set(values).size !== values.length) problem(doc, field, 'has the same value twice')
  }
  const text = (doc: Doc, field: string, min: number, max: number, required = true) => {
    const value = doc[field]
    if (value === undefined) {
      if (required) problem(doc, field, 'is required')
    } else if (typeof value !== 'string' || value.length < min || value.length > max) {
      problem(doc, field, `must be ${min} to ${max} characters (is ${show(value).length})`)
    }
  }
  const date = (doc: Doc, field: string, value: unknown) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      problem(doc, field, 'must be a YYYY-MM-DD date')
  }
  const contactOk = (doc: Doc) => {
    const c = doc.contact as ContactInput | undefined
    if (!c || !(c.phone || c.text || c.email || c.website))
      problem(doc, 'contact', 'needs a way to get in touch')
    if (c?.phone && !isUkPhoneNumber(c.phone))
      problem(doc, 'contact.phone', `"${c.phone}" is not a UK number`)
    if (c?.text && !isUkTextNumber(c.text))
      problem(doc, 'contact.text', `"${c.text}" is not a UK text number`)
  }
  const listing = (doc: Doc) => {
    text(doc, 'name', 3, 120)
    text(doc, 'summary', 20, 300)
    text(doc, 'whoFor', 1, 200)
    text(doc, 'alert', 1, 200, false)
    oneOf(doc, 'status', doc.status, valuesOf(listingStatuses))
    date(doc, 'lastChecked', doc.lastChecked)
    if (typeof doc.lastChecked === 'string' && doc.lastChecked > DATASET_DATE)
      problem(doc, 'lastChecked', 'is in the future')
    if (!(doc.areas as unknown[] | undefined)?.length) problem(doc, 'areas', 'is required')
    for (const ref of (doc.areas as unknown[] | undefined) ?? []) refType(doc, 'areas', ref, 'area')
    contactOk(doc)
  }
  const times = (doc: Doc, field: string, start: unknown, end: unknown) => {
    if (!timePattern.test(show(start)) || !timePattern.test(show(end)))
      problem(doc, field, 'times must be HH:MM')
    else if (show(end) <= show(start))
      problem(doc, field, `ends (${show(end)}) before it starts (${show(start)})`)
  }

  for (const doc of docs) {
    switch (doc._type) {
      case 'service': {
        listing(doc)
        oneOf(doc, 'kind', doc.kind, valuesOf(serviceKinds))
        refType(doc, 'organisation', doc.organisation, 'organisation')
        oneOf(doc, 'audiences', doc.audiences, valuesOf(audiences), false)
        if (!(doc.topics as unknown[]).length) problem(doc, 'topics', 'is required')
        for (const ref of doc.topics as unknown[]) refType(doc, 'topics', ref, 'topic')
        oneOf(doc, 'delivery', doc.delivery, valuesOf(deliveryModes))
        oneOf(doc, 'accessRoute', doc.accessRoute, valuesOf(accessRoutes))
        oneOf(doc, 'cost', doc.cost, valuesOf(costTypes))
        oneOf(doc, 'languages', doc.languages, valuesOf(languages))
        text(doc, 'howToJoin', 1, 500)
        text(doc, 'availability', 1, 200, false)
        text(doc, 'onlineDetails', 1, 300, false)
        text(doc, 'costDetails', 1, 200, false)
        text(doc, 'accessibilityNotes', 1, 300, false)
        if (doc.cost === 'paid' && !doc.costDetails) problem(doc, 'costDetails', 'say how much it costs')
        const venueRefs = (doc.venues as unknown[] | undefined) ?? []
        for (const ref of venueRefs) refType(doc, 'venues', ref, 'venue')
        if ((doc.delivery as string[]).includes('in-person') && !venueRefs.length)
          problem(doc, 'venues', 'in person needs a venue')
        const list = (doc.schedules as Record<string, unknown>[] | undefined) ?? []
        if (!list.length && !doc.availability)
          problem(doc, 'availability', 'needs meeting times or other times')
        list.forEach((item, index) => {
          const field = `schedules[${index}]`
          oneOf(doc, `${field}.byday`, item.byday, valuesOf(weekdays))
          times(doc, field, item.opensAt, item.closesAt)
          const interval = item.interval as number
          if (!Number.isInteger(interval) || interval < 1 || interval > 4)
            problem(doc, field, 'interval must be 1 to 4')
          if (interval > 1 && !item.validFrom)
            problem(doc, field, 'every few weeks needs a first date (validFrom)')
          if (item.freq === 'monthly' && !(item.weeksOfMonth as unknown[] | undefined)?.length)
            problem(doc, field, 'monthly needs weeks')
          oneOf(doc, `${field}.weeksOfMonth`, item.weeksOfMonth, [1, 2, 3, 4, -1], false)
          if (item.validFrom) date(doc, `${field}.validFrom`, item.validFrom)
          if (item.validTo) date(doc, `${field}.validTo`, item.validTo)
          if (item.validFrom && item.validTo && show(item.validTo) < show(item.validFrom))
            problem(doc, field, 'last date before first')
          if (typeof item.notes === 'string' && item.notes.length > 200) problem(doc, field, 'notes too long')
        })
        break
      }
      case 'course': {
        listing(doc)
        refType(doc, 'college', doc.college, 'organisation')
        const college = docs.find((other) => other._id === (doc.college as { _ref: string })._ref)
        if (college && college.kind !== 'recovery-college')
          problem(doc, 'college', 'must be a recovery college')
        if (!/^(Spring|Summer|Autumn|Winter) \d{4}$/.test(show(doc.term)))
          problem(doc, 'term', 'must be like "Spring 2027"')
        oneOf(doc, 'audiences', doc.audiences, valuesOf(audiences), false)
        for (const ref of doc.topics as unknown[]) refType(doc, 'topics', ref, 'topic')
        oneOf(doc, 'format', doc.format, valuesOf(courseFormats))
        oneOf(doc, 'cost', doc.cost, ['free', 'paid'])
        if (doc.venue) refType(doc, 'venue', doc.venue, 'venue')
        if ((doc.format === 'in-person' || doc.format === 'blended') && !doc.venue)
          problem(doc, 'venue', 'is required')
        text(doc, 'howToEnrol', 1, 500)
        text(doc, 'onlineDetails', 1, 300, false)
        const list = doc.sessions as Record<string, unknown>[]
        if (!list.length) problem(doc, 'sessions', 'at least one session')
        list.forEach((item, index) => {
          date(doc, `sessions[${index}].date`, item.date)
          times(doc, `sessions[${index}]`, item.startsAt, item.endsAt)
        })
        const places = doc.places as number | undefined
        if (places !== undefined && (!Number.isInteger(places) || places < 1 || places > 500))
          problem(doc, 'places', '1 to 500')
        break
      }
      case 'opportunity': {
        listing(doc)
        oneOf(doc, 'kind', doc.kind, valuesOf(opportunityKinds))
        refType(doc, 'organisation', doc.organisation, 'organisation')
        oneOf(doc, 'delivery', doc.delivery, valuesOf(deliveryModes))
        text(doc, 'commitment', 1, 200)
        text(doc, 'pay', 1, 200, false)
        text(doc, 'trainingProvided', 1, 300, false)
        text(doc, 'howToApply', 1, 500)
        if (doc.closingDate) date(doc, 'closingDate', doc.closingDate)
        break
      }
      case 'organisation': {
        text(doc, 'name', 3, 120)
        text(doc, 'summary', 20, 300)
        oneOf(doc, 'kind', doc.kind, valuesOf(organisationKinds))
        for (const ref of doc.areas as unknown[]) refType(doc, 'areas', ref, 'area')
        if (doc.phone && !isUkPhoneNumber(show(doc.phone))) problem(doc, 'phone', 'not a UK number')
        if (doc.charityNumber && !/^\d{6,8}(-\d+)?$/.test(show(doc.charityNumber)))
          problem(doc, 'charityNumber', 'bad')
        if (show(doc.lastChecked) > DATASET_DATE) problem(doc, 'lastChecked', 'is in the future')
        break
      }
      case 'venue': {
        const address = doc.address as { line1?: string; town?: string; postcode?: string }
        if (!address.line1 || !address.town) problem(doc, 'address', 'needs line 1 and town')
        if (!isUkPostcode(address.postcode ?? ''))
          problem(doc, 'address.postcode', `"${address.postcode}" is not a postcode`)
        refType(doc, 'area', doc.area, 'area')
        text(doc, 'accessNotes', 1, 300, false)
        text(doc, 'transport', 1, 300, false)
        break
      }
      case 'topic':
        text(doc, 'description', 1, 300)
        break
      case 'page':
        text(doc, 'title', 1, 80)
        text(doc, 'summary', 1, 200)
        break
      case 'siteSettings':
        text(doc, 'description', 1, 200)
        break
    }
  }

  for (const [type, list] of byType) {
    const slugs = list.filter((doc) => !doc._id.startsWith('drafts.') && doc.slug)
    const seen = new Set<string>()
    for (const doc of slugs) {
      const current = (doc.slug as { current: string }).current
      if (seen.has(current)) problems.push(`${doc._id}: the ${type} slug "${current}" is used twice`)
      seen.add(current)
    }
  }
  return problems
}

/** The dataset as NDJSON text: one document a line, ending with a newline. */
export function buildSampleDataset(): string {
  const docs = buildSampleDocuments()
  const problems = checkSampleDocuments(docs)
  if (problems.length)
    throw new Error(`The sample dataset has ${problems.length} problems:\n${problems.join('\n')}`)
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ndjson = buildSampleDataset()
  writeFileSync(OUTPUT_PATH, ndjson)
  const counts = new Map<string, number>()
  for (const line of ndjson.trim().split('\n')) {
    const { _type } = JSON.parse(line) as Doc
    counts.set(_type, (counts.get(_type) ?? 0) + 1)
  }
  console.log(`Wrote ${OUTPUT_PATH}`)
  for (const [type, count] of counts) console.log(`  ${type}: ${count}`)
}
