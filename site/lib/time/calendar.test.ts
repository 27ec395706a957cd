import { describe, expect, test } from 'vitest'
import { scheduleSchema, type Schedule } from '../content/schemas'
import { fixtureIndex } from '../../../tests/fixtures/index'
import {
  courseCalendar,
  escapeText,
  foldLine,
  recurrenceRule,
  serviceCalendar,
  type CalendarVenue,
  type ServiceCalendarInput,
} from './calendar'

const now = new Date('2026-11-22T09:00:00Z')
const pageUrl = 'https://findpeersupport.example.org/services/croydon-hearing-voices-group/'
const encoder = new TextEncoder()

const schedule = (fields: Partial<Schedule>): Schedule =>
  scheduleSchema.parse({ freq: 'weekly', byday: ['TU'], opensAt: '18:00', closesAt: '19:30', ...fields })

const hall: CalendarVenue = {
  name: 'St Mary’s Church Hall',
  address: { line1: '12 High Street', town: 'Croydon', postcode: 'CR0 1AB' },
}

const service = (fields: Partial<ServiceCalendarInput['service']> = {}): ServiceCalendarInput['service'] => ({
  _id: 'service-croydon-hearing-voices',
  name: 'Croydon Hearing Voices Group',
  summary: 'A friendly evening group.',
  howToJoin: 'You can just turn up.',
  schedules: [schedule({})],
  delivery: ['in-person'],
  ...fields,
})

type Property = { name: string; params: Record<string, string>; value: string }

/** A tiny RFC 5545 reader: unfold, then split each line into name, parameters and value. */
function parse(text: string): Property[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':')
      const [name = '', ...params] = line.slice(0, colon).split(';')
      return {
        name,
        params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
        value: line.slice(colon + 1),
      }
    })
}

/** The properties of each VEVENT, by name (a repeated name keeps the last). */
function events(text: string): Record<string, Property>[] {
  const found: Record<string, Property>[] = []
  let current: Record<string, Property> | undefined
  for (const property of parse(text)) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = {}
    else if (property.name === 'END' && property.value === 'VEVENT' && current) {
      found.push(current)
      current = undefined
    } else if (current) current[property.name] = property
  }
  return found
}

const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char))

/** The file's physical lines, which must each end CRLF and fit in 75 octets. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.split('\r\n')) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75)
  expect(text).not.toContain('\uFFFD')
}

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})

describe('foldLine', () => {
  test('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Hello')).toBe('SUMMARY:Hello')
  })

  test('folds at 75 octets, continuing with a space', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`)
    const lines = folded.split('\r\n')
    expect(lines.map((line) => encoder.encode(line).length)).toEqual([75, 75, 64])
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'x'.repeat(200)}`)
  })

  test('never splits a character made of several bytes', () => {
    const line = `SUMMARY:${'é🙂'.repeat(40)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })
})

describe('serviceCalendar', () => {
  const text = serviceCalendar({ service: service(), venues: [hall], pageUrl, now })

  test('is a published calendar with London time zone rules', () => {
    expectWellFormed(text)
    const properties = parse(text)
    const value = (name: string) => properties.find((property) => property.name === name)?.value
    expect(properties[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' })
    expect(properties.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' })
    expect(value('VERSION')).toBe('2.0')
    expect(value('PRODID')).toBe('-//Find Peer Support//Directory//EN')
    expect(value('CALSCALE')).toBe('GREGORIAN')
    expect(value('METHOD')).toBe('PUBLISH')
    expect(value('TZID')).toBe('Europe/London')
    expect(text).toContain('BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST')
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT')
    expect(text).toContain('BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT')
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD')
  })

  test('has one event that repeats from the next session', () => {
    const [event, ...others] = events(text)
    expect(others).toEqual([])
    expect(event?.UID?.value).toBe('service-croydon-hearing-voices-schedule-0@findpeersupport')
    expect(event?.DTSTAMP?.value).toBe('20261122T090000Z')
    expect(event?.DTSTART).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/London' },
      value: '20261124T180000',
    })
    expect(event?.DTEND).toEqual({
      name: 'DTEND',
      params: { TZID: 'Europe/London' },
      value: '20261124T193000',
    })
    expect(event?.RRULE?.value).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO')
    expect(event?.EXDATE).toBeUndefined()
  })

  test('names the listing and the venue, links to its page, and says it is not a crisis service', () => {
    const [event] = events(text)
    expect(unescapeText(event?.SUMMARY?.value ?? '')).toBe('Croydon Hearing Voices Group')
    expect(unescapeText(event?.LOCATION?.value ?? '')).toBe(
      'St Mary’s Church Hall, 12 High Street, Croydon, CR0 1AB',
    )
    expect(event?.URL?.value).toBe(pageUrl)
    const description = unescapeText(event?.DESCRIPTION?.value ?? '').split('\n\n')
    expect(description).toEqual([
      'A friendly evening group.',
      'How to join: You can just turn up.',
      `More details: ${pageUrl}`,
      expect.stringMatching(/^This is not a crisis service\. .*999.*116 123/),
    ])
  })

  test('adds the schedule’s notes to the description', () => {
    const noted = service({ schedules: [schedule({ notes: 'Meets in the side room, up the ramp.' })] })
    const [event] = events(serviceCalendar({ service: noted, venues: [hall], pageUrl, now }))
    expect(unescapeText(event?.DESCRIPTION?.value ?? '').split('\n\n')[1]).toBe(
      'Meets in the side room, up the ramp.',
    )
  })

  test('keeps the same UID from one build to the next', () => {
    const later = serviceCalendar({
      service: service(),
      venues: [hall],
      pageUrl,
      now: new Date('2027-01-05T09:00:00Z'),
    })
    expect(events(later)[0]?.UID).toEqual(events(text)[0]?.UID)
    expect(events(later)[0]?.DTSTART?.value).toBe('20270105T180000')
  })

  test('says Online or By phone when nobody meets in a room', () => {
    const online = serviceCalendar({ service: service({ delivery: ['online'] }), venues: [], pageUrl, now })
    const phone = serviceCalendar({ service: service({ delivery: ['phone'] }), venues: [], pageUrl, now })
    expect(events(online)[0]?.LOCATION?.value).toBe('Online')
    expect(events(phone)[0]?.LOCATION?.value).toBe('By phone')
  })

  test('writes fortnightly and monthly patterns as repeat rules', () => {
    expect(recurrenceRule(schedule({ byday: ['WE'], interval: 2, validFrom: '2026-11-04' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO',
    )
    expect(recurrenceRule(schedule({ freq: 'monthly', byday: ['TH'], weeksOfMonth: [2, 4] }))).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TH,4TH;WKST=MO',
    )
    expect(recurrenceRule(schedule({ freq: 'monthly', byday: ['FR'], weeksOfMonth: [-1] }))).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;WKST=MO',
    )
  })

  test('starts a fortnightly event on a meeting week, not just the next matching day', () => {
    const fortnightly = service({
      schedules: [schedule({ byday: ['WE'], interval: 2, validFrom: '2026-11-04' })],
    })
    expect(
      events(serviceCalendar({ service: fortnightly, venues: [hall], pageUrl, now }))[0]?.DTSTART?.value,
    ).toBe('20261202T180000')
  })

  test('ends the repeats at the end of the last day, in UTC', () => {
    expect(recurrenceRule(schedule({ validTo: '2027-03-30' }))).toContain('UNTIL=20270330T225900Z')
    expect(recurrenceRule(schedule({ validTo: '2027-01-26' }))).toContain('UNTIL=20270126T235900Z')
  })

  test('leaves out bank holidays in the next two years as exceptions', () => {
    const mondays = service({
      schedules: [schedule({ byday: ['MO'], opensAt: '10:00', closesAt: '12:00', skipsBankHolidays: true })],
    })
    const [event] = events(serviceCalendar({ service: mondays, venues: [hall], pageUrl, now }))
    expect(event?.EXDATE?.params).toEqual({ TZID: 'Europe/London' })
    expect(event?.EXDATE?.value.split(',')).toEqual([
      '20261228T100000',
      '20270329T100000',
      '20270503T100000',
      '20270531T100000',
      '20270830T100000',
      '20271227T100000',
      '20280103T100000',
      '20280417T100000',
      '20280501T100000',
      '20280529T100000',
      '20280828T100000',
    ])
  })

  test('gives one event per schedule, and none for a schedule that has ended', () => {
    const several = service({
      schedules: [
        schedule({}),
        schedule({ validTo: '2026-10-01' }),
        schedule({ freq: 'monthly', byday: ['FR'], weeksOfMonth: [-1] }),
      ],
    })
    const found = events(serviceCalendar({ service: several, venues: [hall], pageUrl, now }))
    expect(found.map((event) => event.UID?.value)).toEqual([
      'service-croydon-hearing-voices-schedule-0@findpeersupport',
      'service-croydon-hearing-voices-schedule-2@findpeersupport',
    ])
    expect(found[1]?.DTSTART?.value).toBe('20261127T180000')
  })

  test('stays valid with commas, semicolons, line breaks and emoji in the text', () => {
    const awkward = service({
      name: 'Voices, Visions; and “Other Things” 🌈🫶 — a long, long group name for testing, 2026',
      summary:
        'Line one;\nline two, with a backslash \\ and more émoji 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂',
    })
    const awkwardText = serviceCalendar({ service: awkward, venues: [hall], pageUrl, now })
    expectWellFormed(awkwardText)
    const [event] = events(awkwardText)
    expect(unescapeText(event?.SUMMARY?.value ?? '')).toBe(awkward.name)
    expect(unescapeText(event?.DESCRIPTION?.value ?? '').startsWith(`${awkward.summary}\n\n`)).toBe(true)
    // No unescaped comma or semicolon survives in a TEXT value.
    expect(event?.SUMMARY?.value).not.toMatch(/(?<!\\)[,;]/)
  })

  test('builds from a fixture service as a page would', async () => {
    const index = await fixtureIndex()
    const group = index.services.find((entry) => entry._id === 'service-croydon-hearing-voices')
    if (!group) throw new Error('fixture missing')
    const built = serviceCalendar({ service: group, venues: group.venues.map(index.venue), pageUrl, now })
    expectWellFormed(built)
    expect(events(built)[0]?.LOCATION?.value).toContain('St Mary’s Church Hall\\, 12 High Street\\, Croydon')
  })
})

describe('courseCalendar', () => {
  const course = {
    _id: 'course-understanding-voices',
    name: 'Making sense of voices',
    summary: 'Three mornings to explore what voices can mean.',
    howToEnrol: 'Enrol online or ring the college.',
    format: 'in-person',
    sessions: [
      { date: '2027-04-06', startsAt: '10:00', endsAt: '12:30' },
      { date: '2027-01-12', startsAt: '10:00', endsAt: '12:30' },
      { date: '2027-01-19', startsAt: '10:00', endsAt: '12:30' },
    ],
  }
  const text = courseCalendar({ course, venue: hall, pageUrl, now })

  test('has one event per session, in date order, in London time', () => {
    expectWellFormed(text)
    const found = events(text)
    expect(found.map((event) => [event.DTSTART?.value, event.DTEND?.value])).toEqual([
      ['20270112T100000', '20270112T123000'],
      ['20270119T100000', '20270119T123000'],
      ['20270406T100000', '20270406T123000'],
    ])
    expect(found.every((event) => event.DTSTART?.params.TZID === 'Europe/London')).toBe(true)
    expect(found.every((event) => event.RRULE === undefined)).toBe(true)
  })

  test('gives each session a stable UID from the course and the date', () => {
    expect(events(text).map((event) => event.UID?.value)).toEqual([
      'course-understanding-voices-20270112-1000@findpeersupport',
      'course-understanding-voices-20270119-1000@findpeersupport',
      'course-understanding-voices-20270406-1000@findpeersupport',
    ])
  })

  test('says how to enrol, where it is, and that it is not a crisis service', () => {
    const [event] = events(text)
    expect(unescapeText(event?.SUMMARY?.value ?? '')).toBe('Making sense of voices')
    expect(unescapeText(event?.LOCATION?.value ?? '')).toBe(
      'St Mary’s Church Hall, 12 High Street, Croydon, CR0 1AB',
    )
    const description = unescapeText(event?.DESCRIPTION?.value ?? '')
    expect(description).toContain('How to enrol: Enrol online or ring the college.')
    expect(description).toContain(pageUrl)
    expect(description).toContain('This is not a crisis service.')
  })

  test('says Online for an online course', () => {
    const online = courseCalendar({ course: { ...course, format: 'online' }, venue: undefined, pageUrl, now })
    expect(events(online)[0]?.LOCATION?.value).toBe('Online')
  })

  test('builds from a fixture course as a page would', async () => {
    const index = await fixtureIndex()
    const [first] = index.courses
    if (!first) throw new Error('fixture missing')
    const built = courseCalendar({
      course: first,
      venue: first.venue ? index.venue(first.venue) : undefined,
      pageUrl,
      now,
    })
    expectWellFormed(built)
    expect(events(built).map((event) => event.DTSTART?.value)).toEqual(['20270112T100000', '20270119T100000'])
  })
})
