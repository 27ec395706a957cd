import { describe, expect, test } from 'vitest'
import { fixtureNow } from '../../../tests/fixtures/index'
import { oracleSessions } from '../../../tests/oracles'
import type { Schedule } from '../content/schemas'
import { scheduleSessions } from '../time/schedule'
import { courseSchedules, serviceSchedule, timeWithOffset } from './schedules'

const serviceId = '00000000-0000-4000-8000-000000000000'

const schedule = (changes: Partial<Schedule>): Schedule => ({
  freq: 'weekly',
  interval: 1,
  byday: ['TU'],
  weeksOfMonth: [],
  opensAt: '18:00',
  closesAt: '19:30',
  skipsBankHolidays: false,
  validFrom: undefined,
  validTo: undefined,
  notes: undefined,
  ...changes,
})

describe('serviceSchedule', () => {
  test('writes a weekly meeting as iCalendar fields, with its sentence and UK-time note', () => {
    expect(serviceSchedule(schedule({ skipsBankHolidays: true }), serviceId, 0)).toMatchObject({
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      interval: 1,
      byday: 'TU',
      opens_at: '18:00',
      closes_at: '19:30',
      description: 'Every Tuesday, 6pm to 7:30pm. Not on bank holidays.',
      notes: 'Not on bank holidays (England and Wales). Times are UK time (Europe/London).',
    })
  })

  test('writes the weeks of a monthly meeting as HSDS does: 2TH for the 2nd Thursday, -1TH for the last', () => {
    const hsds = serviceSchedule(
      schedule({ freq: 'monthly', byday: ['TH'], weeksOfMonth: [2, -1] }),
      serviceId,
      0,
    )
    expect(hsds).toMatchObject({ freq: 'MONTHLY', byday: '2TH,-1TH' })
  })

  test('starts a fortnightly meeting on its first real meeting, and ends it on the last day of term', () => {
    // Term starts on a Wednesday; the group meets on Thursdays.
    const hsds = serviceSchedule(
      schedule({ interval: 2, byday: ['TH'], validFrom: '2026-12-02', validTo: '2027-03-31' }),
      serviceId,
      0,
    )
    expect(hsds).toMatchObject({
      interval: 2,
      dtstart: '2026-12-03',
      valid_from: '2026-12-02',
      valid_to: '2027-03-31',
      until: '2027-03-31',
    })
  })

  test('gives each meeting time of a service its own id, the same every time', () => {
    const first = serviceSchedule(schedule({}), serviceId, 0)
    expect(serviceSchedule(schedule({}), serviceId, 0).id).toBe(first.id)
    expect(serviceSchedule(schedule({}), serviceId, 1).id).not.toBe(first.id)
  })

  test.each([
    ['every Tuesday', schedule({})],
    [
      'Mondays, Wednesdays and Fridays until February',
      schedule({ byday: ['MO', 'WE', 'FR'], validTo: '2027-02-01' }),
    ],
    [
      'every other Thursday from a Wednesday',
      schedule({ interval: 2, byday: ['TH'], validFrom: '2026-12-02' }),
    ],
    ['every 3 weeks on Saturday', schedule({ interval: 3, byday: ['SA'], validFrom: '2026-11-01' })],
    ['the 2nd and last Thursday', schedule({ freq: 'monthly', byday: ['TH'], weeksOfMonth: [2, -1] })],
    [
      'the 1st Monday of every other month from late January',
      schedule({ freq: 'monthly', interval: 2, byday: ['MO'], weeksOfMonth: [1], validFrom: '2027-01-30' }),
    ],
  ])('an iCalendar reader expands %s into the sessions the site lists', (_, meeting) => {
    const hsds = serviceSchedule(meeting, serviceId, 0)
    const site = scheduleSessions(meeting, fixtureNow, 5)
    const rule = [
      `FREQ=${hsds.freq}`,
      `INTERVAL=${hsds.interval ?? 1}`,
      `BYDAY=${hsds.byday}`,
      `WKST=${hsds.wkst}`,
      ...(hsds.until ? [`UNTIL=${hsds.until.replaceAll('-', '')}T235959Z`] : []),
    ].join(';')
    const oracle = oracleSessions(
      {
        firstDate: hsds.dtstart ?? site[0]?.date ?? '',
        opensAt: hsds.opens_at,
        closesAt: hsds.closes_at,
        rrule: rule,
      },
      { after: fixtureNow, count: 5 },
    )
    expect(site.length).toBeGreaterThan(0)
    expect(oracle.map((session) => session.date)).toEqual(site.map((session) => session.date))
  })
})

describe('courseSchedules', () => {
  const sessions = [
    { date: '2027-04-06', startsAt: '10:00', endsAt: '12:30' },
    { date: '2027-03-23', startsAt: '10:00', endsAt: '12:30' },
  ]
  const hsds = courseSchedules(
    { sessions, term: 'Spring 2027' },
    { serviceId, attendingType: 'In person', enrolUrl: 'https://example.org/enrol' },
  )

  test('makes each session a schedule that happens once, on its date, in date order', () => {
    expect(hsds).toHaveLength(2)
    expect(hsds[0]).toMatchObject({
      freq: 'WEEKLY',
      count: 1,
      byday: 'TU',
      dtstart: '2027-03-23',
      until: '2027-03-23',
      valid_from: '2027-03-23',
      valid_to: '2027-03-23',
      description: 'Session 1 of 2, Spring 2027 term: Tuesday 23 March 2027, 10am to 12:30pm',
      attending_type: 'In person',
      schedule_link: 'https://example.org/enrol',
    })
    expect(hsds[1]?.dtstart).toBe('2027-04-06')
  })

  test('gives session times the UK offset of their own date: GMT in March, British Summer Time in April', () => {
    expect(hsds.map((session) => [session.opens_at, session.closes_at])).toEqual([
      ['10:00Z', '12:30Z'],
      ['10:00+01:00', '12:30+01:00'],
    ])
  })

  test('an iCalendar reader expands each session to exactly one meeting, on its date', () => {
    for (const session of hsds) {
      const oracle = oracleSessions(
        {
          firstDate: session.dtstart ?? '',
          opensAt: session.opens_at.slice(0, 5),
          closesAt: session.closes_at.slice(0, 5),
          rrule: `FREQ=${session.freq};COUNT=${session.count ?? 0};BYDAY=${session.byday};WKST=MO`,
        },
        { after: fixtureNow, count: 5 },
      )
      expect(oracle.map((meeting) => meeting.date)).toEqual([session.dtstart])
    }
  })
})

describe('timeWithOffset', () => {
  test('is Z in winter and +01:00 in summer, switching on the last Sunday of March', () => {
    expect(timeWithOffset('2027-03-27', '10:00')).toBe('10:00Z')
    expect(timeWithOffset('2027-03-28', '10:00')).toBe('10:00+01:00')
    expect(timeWithOffset('2027-10-31', '10:00')).toBe('10:00Z')
  })
})
