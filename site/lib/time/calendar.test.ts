import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { scheduleSchema, type Schedule } from '../content/schemas'
import { fixtureIndex } from '../../../tests/fixtures/index'
import {
  courseCalendar,
  escapeText,
  foldLine,
  londonTimeZone,
  recurrenceRule,
  serviceCalendar,
  type CalendarVenue,
  type ServiceCalendarInput,
} from './calendar'
import { occurrences, readCalendar } from '../../../tests/oracles'

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

/** The events of a calendar file, as ical.js (a calendar library) reads them. */
const events = (text: string) => readCalendar(text).getAllSubcomponents('vevent')

/** A property's value as a calendar app shows it: text unescaped, dates as "2026-11-24T18:00:00". */
const value = (event: ICAL.Component | undefined, name: string) => {
  const found = event?.getFirstPropertyValue(name)
  return found === null || found === undefined ? undefined : String(found)
}

/** The unfolded content line of a property, as written. */
const rawLine = (text: string, name: string) =>
  text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))

/** The file's physical lines, which must each end CRLF and fit in 75 octets. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.split('\r\n')) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75)
  expect(text).not.toContain('\uFFFD')
}

describe('londonTimeZone', () => {
  test('agrees with the platform’s time zone data on every day from 2024 to 2040', () => {
    const zone = new ICAL.Timezone(
      readCalendar(['BEGIN:VCALENDAR', ...londonTimeZone, 'END:VCALENDAR'].join('\r\n')).getFirstSubcomponent(
        'vtimezone',
      ),
    )
    const platform = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      timeZoneName: 'shortOffset',
    })
    const disagreements: string[] = []
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000) {
      const noon = new Date(day + 12 * 3_600_000)
      const summer =
        platform.formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value === 'GMT+1'
      const local = ICAL.Time.fromData({
        year: noon.getUTCFullYear(),
        month: noon.getUTCMonth() + 1,
        day: noon.getUTCDate(),
        hour: 12,
      })
      if (zone.utcOffset(local) !== (summer ? 3600 : 0)) disagreements.push(noon.toISOString().slice(0, 10))
    }
    expect(disagreements).toEqual([])
  })
})

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})

describe('foldLine', () => {
  test('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Hello')).toBe('SUMMARY:Hello')
    expect(foldLine(`SUMMARY:${'x'.repeat(67)}`)).toBe(`SUMMARY:${'x'.repeat(67)}`)
    expect(foldLine(`SUMMARY:${'é'.repeat(33)}`)).toBe(`SUMMARY:${'é'.repeat(33)}`)
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

  test('is a published calendar in London time', () => {
    expectWellFormed(text)
    const calendar = readCalendar(text)
    expect(calendar.name).toBe('vcalendar')
    expect(value(calendar, 'version')).toBe('2.0')
    expect(value(calendar, 'prodid')).toBe('-//Find Peer Support//Directory//EN')
    expect(value(calendar, 'calscale')).toBe('GREGORIAN')
    expect(value(calendar, 'method')).toBe('PUBLISH')
    expect(value(calendar.getFirstSubcomponent('vtimezone') ?? undefined, 'tzid')).toBe('Europe/London')
  })

  test('tells calendar apps when London’s clocks change, as GOV.UK publishes it', () => {
    const zone = new ICAL.Timezone(readCalendar(text).getFirstSubcomponent('vtimezone'))
    const noon = (date: string) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number]
      return ICAL.Time.fromData({ year, month, day, hour: 12 }, zone).toJSDate().toISOString()
    }
    // GOV.UK: forward on 28 March 2027 and back on 31 October 2027.
    expect(noon('2027-03-27')).toBe('2027-03-27T12:00:00.000Z')
    expect(noon('2027-03-28')).toBe('2027-03-28T11:00:00.000Z')
    expect(noon('2027-10-30')).toBe('2027-10-30T11:00:00.000Z')
    expect(noon('2027-10-31')).toBe('2027-10-31T12:00:00.000Z')
  })

  test('has one event that repeats from the next session', () => {
    const [event, ...others] = events(text)
    expect(others).toEqual([])
    expect(value(event, 'uid')).toBe('service-croydon-hearing-voices-schedule-0@findpeersupport')
    expect(value(event, 'dtstamp')).toBe('2026-11-22T09:00:00Z')
    expect(event?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London')
    expect(value(event, 'dtstart')).toBe('2026-11-24T18:00:00')
    expect(value(event, 'duration')).toBe('PT1H30M')
    expect(text.split('\r\n')).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO')
    expect(event?.hasProperty('exdate')).toBe(false)
  })

  test('gives every repeat the session’s length, even when the first is on the night the clocks change', () => {
    const nightLine = service({
      schedules: [schedule({ byday: ['SU'], opensAt: '00:30', closesAt: '02:30' })],
    })
    const changeNight = new Date('2027-03-28T00:15:00Z')
    const built = serviceCalendar({ service: nightLine, venues: [], pageUrl, now: changeNight })
    const [first, second] = occurrences(readCalendar(built), { after: changeNight, count: 2 })
    expect(first?.date).toBe('2027-03-28')
    expect(second).toEqual({
      date: '2027-04-04',
      opensAt: '00:30',
      start: new Date('2027-04-03T23:30:00Z'),
      end: new Date('2027-04-04T01:30:00Z'),
    })
  })

  test('names the listing and the venue, links to its page, and says it is not a crisis service', () => {
    const [event] = events(text)
    expect(value(event, 'summary')).toBe('Croydon Hearing Voices Group')
    expect(value(event, 'location')).toBe('St Mary’s Church Hall, 12 High Street, Croydon, CR0 1AB')
    expect(value(event, 'url')).toBe(pageUrl)
    expect(value(event, 'description')?.split('\n\n')).toEqual([
      'A friendly evening group.',
      'How to join: You can just turn up.',
      `More details: ${pageUrl}`,
      expect.stringMatching(/^This is not a crisis service\. .*999.*116 123/),
    ])
  })

  test('adds the schedule’s notes to the description', () => {
    const noted = service({ schedules: [schedule({ notes: 'Meets in the side room, up the ramp.' })] })
    const [event] = events(serviceCalendar({ service: noted, venues: [hall], pageUrl, now }))
    expect(value(event, 'description')?.split('\n\n')[1]).toBe('Meets in the side room, up the ramp.')
  })

  test('keeps the same UID from one build to the next', () => {
    const later = serviceCalendar({
      service: service(),
      venues: [hall],
      pageUrl,
      now: new Date('2027-01-05T09:00:00Z'),
    })
    expect(value(events(later)[0], 'uid')).toBe(value(events(text)[0], 'uid'))
    expect(value(events(later)[0], 'dtstart')).toBe('2027-01-05T18:00:00')
  })

  test('says Online or By phone when nobody meets in a room', () => {
    const online = serviceCalendar({ service: service({ delivery: ['online'] }), venues: [], pageUrl, now })
    const phone = serviceCalendar({ service: service({ delivery: ['phone'] }), venues: [], pageUrl, now })
    expect(value(events(online)[0], 'location')).toBe('Online')
    expect(value(events(phone)[0], 'location')).toBe('By phone')
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
    const [event] = events(serviceCalendar({ service: fortnightly, venues: [hall], pageUrl, now }))
    expect(value(event, 'dtstart')).toBe('2026-12-02T18:00:00')
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
    const exceptions = event?.getFirstProperty('exdate')
    expect(exceptions?.getParameter('tzid')).toBe('Europe/London')
    expect(exceptions?.getValues().map(String)).toEqual([
      '2026-12-28T10:00:00',
      '2027-03-29T10:00:00',
      '2027-05-03T10:00:00',
      '2027-05-31T10:00:00',
      '2027-08-30T10:00:00',
      '2027-12-27T10:00:00',
      '2028-01-03T10:00:00',
      '2028-04-17T10:00:00',
      '2028-05-01T10:00:00',
      '2028-05-29T10:00:00',
      '2028-08-28T10:00:00',
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
    expect(found.map((event) => value(event, 'uid'))).toEqual([
      'service-croydon-hearing-voices-schedule-0@findpeersupport',
      'service-croydon-hearing-voices-schedule-2@findpeersupport',
    ])
    expect(value(found[1], 'dtstart')).toBe('2026-11-27T18:00:00')
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
    expect(value(event, 'summary')).toBe(awkward.name)
    expect(value(event, 'description')?.startsWith(`${awkward.summary}\n\n`)).toBe(true)
    // No unescaped comma or semicolon survives in a TEXT value.
    expect(rawLine(awkwardText, 'SUMMARY')?.slice('SUMMARY:'.length)).not.toMatch(/(?<!\\)[,;]/)
  })

  test('builds from a fixture service as a page would', async () => {
    const index = await fixtureIndex()
    const group = index.services.find((entry) => entry._id === 'service-croydon-hearing-voices')
    if (!group) throw new Error('fixture missing')
    const built = serviceCalendar({ service: group, venues: group.venues.map(index.venue), pageUrl, now })
    expectWellFormed(built)
    expect(value(events(built)[0], 'location')).toContain('St Mary’s Church Hall, 12 High Street, Croydon')
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
    expect(found.map((event) => [value(event, 'dtstart'), value(event, 'dtend')])).toEqual([
      ['2027-01-12T10:00:00', '2027-01-12T12:30:00'],
      ['2027-01-19T10:00:00', '2027-01-19T12:30:00'],
      ['2027-04-06T10:00:00', '2027-04-06T12:30:00'],
    ])
    expect(found.map((event) => event.getFirstProperty('dtstart')?.getParameter('tzid'))).toEqual([
      'Europe/London',
      'Europe/London',
      'Europe/London',
    ])
    expect(found.some((event) => event.hasProperty('rrule'))).toBe(false)
    // The April session is in summer time, an hour ahead of UTC.
    expect(occurrences(readCalendar(text), { after: now, count: 3 })[2]?.start).toEqual(
      new Date('2027-04-06T09:00:00Z'),
    )
  })

  test('gives each session a stable UID from the course and the date', () => {
    expect(events(text).map((event) => value(event, 'uid'))).toEqual([
      'course-understanding-voices-20270112-1000@findpeersupport',
      'course-understanding-voices-20270119-1000@findpeersupport',
      'course-understanding-voices-20270406-1000@findpeersupport',
    ])
  })

  test('says how to enrol, where it is, and that it is not a crisis service', () => {
    const [event] = events(text)
    expect(value(event, 'summary')).toBe('Making sense of voices')
    expect(value(event, 'location')).toBe('St Mary’s Church Hall, 12 High Street, Croydon, CR0 1AB')
    const description = value(event, 'description')
    expect(description).toContain('How to enrol: Enrol online or ring the college.')
    expect(description).toContain(pageUrl)
    expect(description).toContain('This is not a crisis service.')
  })

  test('says Online for an online course', () => {
    const online = courseCalendar({ course: { ...course, format: 'online' }, venue: undefined, pageUrl, now })
    expect(value(events(online)[0], 'location')).toBe('Online')
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
    expect(events(built).map((event) => value(event, 'dtstart'))).toEqual([
      '2027-01-12T10:00:00',
      '2027-01-19T10:00:00',
    ])
  })
})
