import { describe, expect, test } from 'vitest'
import { scheduleSchema, type Schedule } from '../content/schemas'
import { fixtureIndex } from '../../../tests/fixtures/index'
import {
  describeSchedule,
  meetingDays,
  meetsAtWeekend,
  meetsInEvening,
  nextSession,
  upcomingSessions,
  type Session,
} from './schedule'

/** A Sunday morning in winter (GMT), the fixed clock for these tests. */
const now = new Date('2026-11-22T09:00:00Z')

/** A schedule through the same check the build uses, so tests only use shapes content can have. */
const schedule = (fields: Partial<Schedule>): Schedule =>
  scheduleSchema.parse({ freq: 'weekly', byday: ['TU'], opensAt: '18:00', closesAt: '19:30', ...fields })

const dates = (sessions: readonly Session[]) => sessions.map((session) => session.date)

describe('describeSchedule', () => {
  test('says a weekly meeting as people say it', () => {
    expect(describeSchedule(schedule({}))).toBe('Every Tuesday, 6pm to 7:30pm')
    expect(describeSchedule(schedule({ byday: ['TH', 'MO'], opensAt: '10:00', closesAt: '12:00' }))).toBe(
      'Every Monday and Thursday, 10am to midday',
    )
    expect(describeSchedule(schedule({ byday: ['MO', 'WE', 'FR'] }))).toBe(
      'Every Monday, Wednesday and Friday, 6pm to 7:30pm',
    )
  })

  test('says "every other" for fortnightly and counts longer gaps in weeks', () => {
    const fortnightly = schedule({
      byday: ['WE'],
      interval: 2,
      validFrom: '2026-01-07',
      opensAt: '14:00',
      closesAt: '16:00',
    })
    expect(describeSchedule(fortnightly, now)).toBe('Every other Wednesday, 2pm to 4pm')
    expect(describeSchedule({ ...fortnightly, interval: 3 }, now)).toBe(
      'Every 3 weeks on Wednesday, 2pm to 4pm',
    )
  })

  test('names the weeks of the month for monthly meetings', () => {
    expect(
      describeSchedule(
        schedule({
          freq: 'monthly',
          byday: ['TH'],
          weeksOfMonth: [4, 2],
          opensAt: '18:30',
          closesAt: '20:00',
        }),
      ),
    ).toBe('2nd and 4th Thursday of the month, 6:30pm to 8pm')
    expect(
      describeSchedule(
        schedule({ freq: 'monthly', byday: ['FR'], weeksOfMonth: [-1], opensAt: '19:00', closesAt: '21:00' }),
      ),
    ).toBe('Last Friday of the month, 7pm to 9pm')
    expect(
      describeSchedule(
        schedule({ freq: 'monthly', byday: ['SA'], weeksOfMonth: [1], opensAt: '11:00', closesAt: '13:00' }),
      ),
    ).toBe('1st Saturday of the month, 11am to 1pm')
    expect(describeSchedule(schedule({ freq: 'monthly', byday: ['MO'], weeksOfMonth: [-1, 1] }))).toBe(
      '1st and last Monday of the month, 6pm to 7:30pm',
    )
  })

  test('says how many months apart for a meeting every few months', () => {
    const everyOtherMonth = schedule({
      freq: 'monthly',
      byday: ['SA'],
      weeksOfMonth: [1],
      interval: 2,
      validFrom: '2026-11-01',
    })
    expect(describeSchedule(everyOtherMonth, now)).toBe('1st Saturday of every other month, 6pm to 7:30pm')
  })

  test('says every day and every weekday in short', () => {
    expect(describeSchedule(schedule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'] }))).toBe(
      'Every weekday, 6pm to 7:30pm',
    )
    expect(describeSchedule(schedule({ byday: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] }))).toBe(
      'Every day, 6pm to 7:30pm',
    )
  })

  test('adds term dates in brackets', () => {
    expect(describeSchedule(schedule({ validFrom: '2027-01-12', validTo: '2027-03-30' }), now)).toBe(
      'Every Tuesday, 6pm to 7:30pm (from 12 January to 30 March 2027)',
    )
    expect(describeSchedule(schedule({ validTo: '2027-03-30' }), now)).toBe(
      'Every Tuesday, 6pm to 7:30pm (until 30 March 2027)',
    )
    expect(describeSchedule(schedule({ validFrom: '2027-01-12' }), now)).toBe(
      'Every Tuesday, 6pm to 7:30pm (from 12 January 2027)',
    )
  })

  test('leaves out a start date that has passed when it knows the date, and keeps it when it does not', () => {
    const started = schedule({ validFrom: '2026-09-01', validTo: '2027-03-30' })
    expect(describeSchedule(started, now)).toBe('Every Tuesday, 6pm to 7:30pm (until 30 March 2027)')
    expect(describeSchedule(started)).toBe(
      'Every Tuesday, 6pm to 7:30pm (from 1 September 2026 to 30 March 2027)',
    )
  })

  test('ends with a sentence about bank holidays when it skips them', () => {
    expect(describeSchedule(schedule({ skipsBankHolidays: true }))).toBe(
      'Every Tuesday, 6pm to 7:30pm. Not on bank holidays.',
    )
    expect(describeSchedule(schedule({ skipsBankHolidays: true, validTo: '2027-03-30' }), now)).toBe(
      'Every Tuesday, 6pm to 7:30pm (until 30 March 2027). Not on bank holidays.',
    )
  })
})

describe('nextSession', () => {
  test('finds the next weekly meeting with its start and end in London time', () => {
    expect(nextSession([schedule({})], now)).toEqual({
      date: '2026-11-24',
      opensAt: '18:00',
      closesAt: '19:30',
      start: new Date('2026-11-24T18:00:00Z'),
      end: new Date('2026-11-24T19:30:00Z'),
      scheduleIndex: 0,
    })
  })

  test('works from a fixture service as the build loads it', async () => {
    const { services } = await fixtureIndex()
    const group = services.find((service) => service._id === 'service-croydon-hearing-voices')
    expect(nextSession(group?.schedules ?? [], now)?.date).toBe('2026-11-24')
  })

  test('puts a 6pm session the day after the clocks go forward at 5pm UTC', () => {
    const mondays = schedule({ byday: ['MO'] })
    const session = nextSession([mondays], new Date('2027-03-28T12:00:00Z'))
    expect(session?.date).toBe('2027-03-29')
    expect(session?.start.toISOString()).toBe('2027-03-29T17:00:00.000Z')
  })

  test('puts a 6pm session the day after the clocks go back at 6pm UTC', () => {
    const mondays = schedule({ byday: ['MO'] })
    const session = nextSession([mondays], new Date('2026-10-25T12:00:00Z'))
    expect(session?.date).toBe('2026-10-26')
    expect(session?.start.toISOString()).toBe('2026-10-26T18:00:00.000Z')
  })

  test('uses the London date, not the UTC date, late on a summer evening', () => {
    // 23:30 UTC on Monday is 00:30 on Tuesday in London: Tuesday's session is still to come.
    const session = nextSession(
      [schedule({ opensAt: '10:00', closesAt: '11:00' })],
      new Date('2026-07-06T23:30:00Z'),
    )
    expect(session?.date).toBe('2026-07-07')
  })

  test('counts a session in progress, until the moment it ends', () => {
    expect(nextSession([schedule({})], new Date('2026-11-24T19:00:00Z'))?.date).toBe('2026-11-24')
    expect(nextSession([schedule({})], new Date('2026-11-24T19:30:00Z'))?.date).toBe('2026-12-01')
  })

  test('waits for a start date in the future', () => {
    expect(nextSession([schedule({ validFrom: '2027-01-12' })], now)?.date).toBe('2027-01-12')
    expect(nextSession([schedule({ validFrom: '2027-01-13' })], now)?.date).toBe('2027-01-19')
  })

  test('finds nothing once the end date has passed', () => {
    expect(nextSession([schedule({ validTo: '2026-11-17' })], now)).toBeUndefined()
  })

  test('still counts a session on the end date itself', () => {
    expect(nextSession([schedule({ validTo: '2026-11-24' })], now)?.date).toBe('2026-11-24')
  })

  test('counts fortnightly weeks from the week of the first date', () => {
    const fortnightly = schedule({ byday: ['WE'], interval: 2, validFrom: '2026-11-04' })
    expect(dates(upcomingSessions([fortnightly], now, 3))).toEqual(['2026-12-02', '2026-12-16', '2026-12-30'])
    // A first date on the Monday of that week gives the same weeks.
    expect(nextSession([{ ...fortnightly, validFrom: '2026-11-02' }], now)?.date).toBe('2026-12-02')
    // One week later, the other weeks.
    expect(nextSession([{ ...fortnightly, validFrom: '2026-11-11' }], now)?.date).toBe('2026-11-25')
  })

  test('meets on the 2nd and 4th Thursday of each month', () => {
    const twiceMonthly = schedule({ freq: 'monthly', byday: ['TH'], weeksOfMonth: [2, 4] })
    expect(dates(upcomingSessions([twiceMonthly], now, 4))).toEqual([
      '2026-11-26',
      '2026-12-10',
      '2026-12-24',
      '2027-01-14',
    ])
  })

  test('meets on the last Friday whether the month has 4 Fridays or 5', () => {
    const lastFriday = schedule({ freq: 'monthly', byday: ['FR'], weeksOfMonth: [-1] })
    // November 2026 has 4 Fridays, December 4, January 2027 has 5 (the 29th is the 5th).
    expect(dates(upcomingSessions([lastFriday], now, 3))).toEqual(['2026-11-27', '2026-12-25', '2027-01-29'])
  })

  test('skips bank holidays when the schedule says so, including substitute days', () => {
    const mondays = schedule({ byday: ['MO'], skipsBankHolidays: true })
    const weekBefore = new Date('2026-12-22T09:00:00Z')
    expect(nextSession([mondays], weekBefore)?.date).toBe('2027-01-04')
    expect(nextSession([{ ...mondays, skipsBankHolidays: false }], weekBefore)?.date).toBe('2026-12-28')
  })

  test('skips Christmas Day and New Year’s Day for a Friday group', () => {
    const fridays = schedule({ byday: ['FR'], skipsBankHolidays: true })
    expect(dates(upcomingSessions([fridays], new Date('2026-12-19T09:00:00Z'), 2))).toEqual([
      '2027-01-08',
      '2027-01-15',
    ])
  })

  test('skips a last Friday on Christmas Day and waits for the next month', () => {
    const lastFriday = schedule({
      freq: 'monthly',
      byday: ['FR'],
      weeksOfMonth: [-1],
      skipsBankHolidays: true,
    })
    expect(dates(upcomingSessions([lastFriday], now, 2))).toEqual(['2026-11-27', '2027-01-29'])
  })

  test('counts months from the first date for a meeting every other month', () => {
    const everyOtherMonth = schedule({
      freq: 'monthly',
      byday: ['SA'],
      weeksOfMonth: [1],
      interval: 2,
      validFrom: '2026-11-01',
    })
    expect(dates(upcomingSessions([everyOtherMonth], now, 3))).toEqual([
      '2027-01-02',
      '2027-03-06',
      '2027-05-01',
    ])
  })

  test('picks the earliest session across several schedules', () => {
    const tuesdayEvening = schedule({})
    const mondayMorning = schedule({ byday: ['MO'], opensAt: '10:00', closesAt: '12:00' })
    const session = nextSession([tuesdayEvening, mondayMorning], now)
    expect(session?.date).toBe('2026-11-23')
    expect(session?.scheduleIndex).toBe(1)
  })

  test('finds nothing for no schedules', () => {
    expect(nextSession([], now)).toBeUndefined()
  })
})

describe('upcomingSessions', () => {
  test('merges several schedules in time order', () => {
    const tuesdays = schedule({})
    const thursdays = schedule({ byday: ['TH'], opensAt: '10:00', closesAt: '11:00' })
    expect(dates(upcomingSessions([tuesdays, thursdays], now, 5))).toEqual([
      '2026-11-24',
      '2026-11-26',
      '2026-12-01',
      '2026-12-03',
      '2026-12-08',
    ])
  })

  test('orders two sessions on one day by time', () => {
    const evening = schedule({})
    const morning = schedule({ opensAt: '09:00', closesAt: '10:00' })
    const [first, second] = upcomingSessions([evening, morning], now, 2)
    expect([first?.opensAt, second?.opensAt]).toEqual(['09:00', '18:00'])
  })

  test('stops at the end date', () => {
    expect(dates(upcomingSessions([schedule({ validTo: '2026-12-08' })], now, 10))).toEqual([
      '2026-11-24',
      '2026-12-01',
      '2026-12-08',
    ])
  })

  test('looks no further than about 400 days ahead', () => {
    expect(nextSession([schedule({ validFrom: '2028-02-01' })], now)).toBeUndefined()
    expect(upcomingSessions([schedule({})], now, 100)).toHaveLength(57)
  })

  test('gives nothing when asked for none', () => {
    expect(upcomingSessions([schedule({})], now, 0)).toEqual([])
  })
})

describe('meetsInEvening', () => {
  test('is true from 5pm', () => {
    expect(meetsInEvening(schedule({ opensAt: '17:00', closesAt: '18:00' }))).toBe(true)
    expect(meetsInEvening(schedule({ opensAt: '16:59', closesAt: '18:00' }))).toBe(false)
  })
})

describe('meetsAtWeekend', () => {
  test('is true on Saturday or Sunday', () => {
    expect(meetsAtWeekend(schedule({ byday: ['SA'] }))).toBe(true)
    expect(meetsAtWeekend(schedule({ byday: ['FR', 'SU'] }))).toBe(true)
    expect(meetsAtWeekend(schedule({ byday: ['FR'] }))).toBe(false)
  })
})

describe('meetingDays', () => {
  test('lists each day once, Monday first', () => {
    expect(meetingDays([schedule({ byday: ['SU', 'TH'] }), schedule({ byday: ['TH', 'MO'] })])).toEqual([
      'MO',
      'TH',
      'SU',
    ])
    expect(meetingDays([])).toEqual([])
  })
})
