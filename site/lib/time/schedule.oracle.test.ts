import { describe, expect, test } from 'vitest'
import { scheduleSchema, type Schedule } from '../content/schemas'
import { courseCalendar, serviceCalendar } from './calendar'
import { lastCheckedStatus } from './checked'
import { courseHasFinished, nextCourseSession, type CourseSession } from './course'
import {
  expectedBankHolidays,
  isWeekend,
  occurrences,
  oracleLondonDate,
  oracleSessions,
  readCalendar,
  yearLater,
  type Occurrence,
  type OracleEvent,
} from '../../../tests/oracles'
import { meetsAtWeekend, meetsInEvening, meetsOn, nextSession, upcomingSessions } from './schedule'

/*
 * The site's date logic against ical.js, a calendar library that knows nothing of it: each
 * schedule is also written by hand as an iCalendar repeat rule, and ical.js says when it meets.
 * ical.js reads a wall-clock time inside the skipped or repeated hour of a clock change
 * differently from RFC 5545, so those hours are checked in london.test.ts instead.
 */

/** The moments every check runs at, chosen where date logic tends to break. */
const instants: Record<string, Date> = {
  'a weekday morning': new Date('2026-11-24T08:15:00Z'),
  'a Saturday night in summer time': new Date('2027-07-17T22:30:00Z'),
  'the hour before the clocks go forward': new Date('2027-03-28T00:45:00Z'),
  'the first 1:15am as the clocks go back': new Date('2026-10-25T00:15:00Z'),
  'the second 1:15am as the clocks go back': new Date('2026-10-25T01:15:00Z'),
  'Christmas Day': new Date('2026-12-25T12:00:00Z'),
  'an evening in 2029': new Date('2029-03-27T18:15:00Z'),
}

const bankHolidays = [2025, 2026, 2027, 2028, 2029, 2030].flatMap(expectedBankHolidays)

type Case = { name: string; schedule: Schedule; oracle: OracleEvent }

/** A schedule as content gives it, with the same meetings written as an iCalendar rule. */
function meeting(
  name: string,
  fields: Partial<Schedule> & Pick<Schedule, 'byday' | 'opensAt' | 'closesAt'>,
  rule: { rrule: string; firstDate: string },
): Case {
  const schedule = scheduleSchema.parse({ freq: 'weekly', ...fields })
  const except = schedule.skipsBankHolidays ? bankHolidays : []
  return { name, schedule, oracle: { ...rule, opensAt: fields.opensAt, closesAt: fields.closesAt, except } }
}

const cases: readonly Case[] = [
  meeting(
    'every Tuesday evening',
    { byday: ['TU'], opensAt: '18:00', closesAt: '19:30' },
    { rrule: 'FREQ=WEEKLY;BYDAY=TU', firstDate: '2025-01-07' },
  ),
  meeting(
    'every weekday morning, not on bank holidays',
    { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:30', closesAt: '11:00', skipsBankHolidays: true },
    { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', firstDate: '2025-01-02' },
  ),
  meeting(
    'Saturday and Sunday afternoons',
    { byday: ['SA', 'SU'], opensAt: '13:00', closesAt: '15:00' },
    { rrule: 'FREQ=WEEKLY;BYDAY=SA,SU', firstDate: '2025-01-04' },
  ),
  meeting(
    'late on Saturday nights',
    { byday: ['SA'], opensAt: '21:00', closesAt: '23:45' },
    { rrule: 'FREQ=WEEKLY;BYDAY=SA', firstDate: '2025-01-04' },
  ),
  meeting(
    'a Sunday night line that runs across the clock change',
    { byday: ['SU'], opensAt: '00:30', closesAt: '02:30' },
    { rrule: 'FREQ=WEEKLY;BYDAY=SU', firstDate: '2025-01-05' },
  ),
  meeting(
    'every other Wednesday from a first date',
    { byday: ['WE'], interval: 2, validFrom: '2026-11-04', opensAt: '14:00', closesAt: '16:00' },
    { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO', firstDate: '2026-11-04' },
  ),
  meeting(
    'Mondays and Thursdays every third week, from a Thursday',
    { byday: ['MO', 'TH'], interval: 3, validFrom: '2026-09-03', opensAt: '10:00', closesAt: '11:00' },
    { rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;WKST=MO', firstDate: '2026-09-03' },
  ),
  meeting(
    'the 2nd and 4th Thursday of the month',
    { freq: 'monthly', byday: ['TH'], weeksOfMonth: [2, 4], opensAt: '18:30', closesAt: '20:00' },
    { rrule: 'FREQ=MONTHLY;BYDAY=2TH,4TH', firstDate: '2025-01-09' },
  ),
  meeting(
    'the last Friday of the month, not on bank holidays',
    {
      freq: 'monthly',
      byday: ['FR'],
      weeksOfMonth: [-1],
      skipsBankHolidays: true,
      opensAt: '19:00',
      closesAt: '21:00',
    },
    { rrule: 'FREQ=MONTHLY;BYDAY=-1FR', firstDate: '2025-01-31' },
  ),
  meeting(
    'the 1st and last Monday of the month, not on bank holidays',
    {
      freq: 'monthly',
      byday: ['MO'],
      weeksOfMonth: [1, -1],
      skipsBankHolidays: true,
      opensAt: '10:00',
      closesAt: '12:00',
    },
    { rrule: 'FREQ=MONTHLY;BYDAY=1MO,-1MO', firstDate: '2025-01-06' },
  ),
  meeting(
    'the 1st Saturday of every other month',
    {
      freq: 'monthly',
      byday: ['SA'],
      weeksOfMonth: [1],
      interval: 2,
      validFrom: '2026-11-01',
      opensAt: '11:00',
      closesAt: '13:00',
    },
    { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA', firstDate: '2026-11-07' },
  ),
  meeting(
    'Mondays in term time, not on bank holidays',
    {
      byday: ['MO'],
      validFrom: '2027-01-11',
      validTo: '2027-07-19',
      skipsBankHolidays: true,
      opensAt: '10:00',
      closesAt: '12:00',
    },
    // Until midnight at the end of the last day, in London summer time.
    { rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270719T230000Z', firstDate: '2027-01-11' },
  ),
]

const COUNT = 6

/** What the oracle and the site both know about a session. */
const seen = ({ date, opensAt, start, end }: Occurrence) => ({ date, opensAt, start, end })

describe('upcomingSessions and nextSession agree with ical.js', () => {
  describe.each(Object.entries(instants))('at %s', (_, now) => {
    test.each(cases)('for $name', ({ schedule, oracle }) => {
      const want = oracleSessions(oracle, { after: now, count: COUNT })
      expect(upcomingSessions([schedule], now, COUNT).map(seen)).toEqual(want)
      expect(nextSession([schedule], now)).toMatchObject(want[0] ?? {})
      if (want.length === 0) expect(nextSession([schedule], now)).toBeUndefined()
    })

    test('for all the schedules of one listing together', () => {
      const want = cases
        .flatMap(({ oracle }) => oracleSessions(oracle, { after: now, count: COUNT }))
        .sort((a, b) => a.start.getTime() - b.start.getTime())
        .slice(0, COUNT)
      expect(
        upcomingSessions(
          cases.map(({ schedule }) => schedule),
          now,
          COUNT,
        ).map(seen),
      ).toEqual(want)
    })
  })
})

describe('serviceCalendar, read back by ical.js, lists the sessions the site shows', () => {
  describe.each(Object.entries(instants))('at %s', (_, now) => {
    test.each(cases)('for $name', ({ schedule }) => {
      const text = serviceCalendar({
        service: {
          _id: 'service-oracle',
          name: 'A group',
          summary: 'A group.',
          howToJoin: 'Turn up.',
          schedules: [schedule],
          delivery: ['online'],
        },
        venues: [],
        pageUrl: 'https://findpeersupport.example.org/services/a-group/',
        now,
      })
      expect(occurrences(readCalendar(text), { after: now, count: COUNT })).toEqual(
        upcomingSessions([schedule], now, COUNT).map(seen),
      )
    })
  })
})

describe('meetsOn, meetsAtWeekend and meetsInEvening agree with ical.js', () => {
  // Every date from the start of the oracle's rules to the end of 2027, and the first half of 2029.
  const from = new Date('2025-01-01T00:00:00Z')
  const until = new Date('2029-07-01T00:00:00Z')
  const inRange = (date: string) => date <= '2027-12-31' || (date >= '2029-01-01' && date <= '2029-06-30')

  test.each(cases)('for $name', ({ schedule, oracle }) => {
    const sessions = oracleSessions(oracle, { after: from, count: Infinity, until }).filter(({ date }) =>
      inRange(date),
    )
    const meets = new Set(sessions.map(({ date }) => date))
    const days = Array.from({ length: 5 * 366 }, (_, i) =>
      new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10),
    ).filter(inRange)
    expect(days.filter((date) => meetsOn(schedule, date))).toEqual(days.filter((date) => meets.has(date)))
    expect(meetsAtWeekend(schedule)).toBe(sessions.some(({ date }) => isWeekend(date)))
    expect(meetsInEvening(schedule)).toBe(sessions.every(({ opensAt }) => opensAt >= '17:00'))
  })
})

describe('courseHasFinished and nextCourseSession agree with ical.js', () => {
  const courses: Record<string, CourseSession[]> = {
    'an autumn course across the clock change': [
      { date: '2026-10-20', startsAt: '18:00', endsAt: '20:00' },
      { date: '2026-10-27', startsAt: '18:00', endsAt: '20:00' },
      { date: '2026-11-24', startsAt: '09:00', endsAt: '12:00' },
    ],
    'a spring and summer course ending on a Saturday night': [
      { date: '2027-03-21', startsAt: '10:00', endsAt: '12:00' },
      { date: '2027-03-28', startsAt: '10:00', endsAt: '12:00' },
      { date: '2027-07-17', startsAt: '19:00', endsAt: '23:45' },
    ],
    'a workshop in 2029': [{ date: '2029-03-27', startsAt: '18:00', endsAt: '20:00' }],
  }

  describe.each(Object.entries(instants))('at %s', (_, now) => {
    test.each(Object.entries(courses))('for %s', (_, sessions) => {
      const text = courseCalendar({
        course: {
          _id: 'course-oracle',
          name: 'A course',
          summary: 'A course.',
          howToEnrol: 'Ask.',
          sessions,
          format: 'online',
        },
        pageUrl: 'https://findpeersupport.example.org/courses/a-course/',
        now,
      })
      const [next] = occurrences(readCalendar(text), { after: now, count: 1 })
      expect(courseHasFinished(sessions, now)).toBe(next === undefined)
      const found = nextCourseSession(sessions, now)
      expect(
        found && { date: found.date, opensAt: found.startsAt, start: found.start, end: found.end },
      ).toEqual(next)
    })
  })
})

describe('lastCheckedStatus agrees with a year counted by ical.js', () => {
  const leapDay = {
    'the day before a year after a leap day': new Date('2029-02-28T12:00:00Z'),
    'the day after a year after a leap day': new Date('2029-03-01T12:00:00Z'),
  }

  test.each(Object.entries({ ...instants, ...leapDay }))('at %s', (_, now) => {
    const today = oracleLondonDate(now)
    // Every day from about 13 months before today, and 29 February 2028.
    const checkedDates = Array.from({ length: 400 }, (_, i) =>
      new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10),
    ).concat('2028-02-29')
    for (const checked of checkedDates.filter((date) => date <= today)) {
      expect(lastCheckedStatus(checked, now).isStale, `checked ${checked}, today ${today}`).toBe(
        today > yearLater(checked),
      )
    }
  })
})
