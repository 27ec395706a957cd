import { describe, expect, test } from 'vitest'
import { fixtureIndex } from '../../../tests/fixtures/index'
import {
  courseDateRange,
  courseHasFinished,
  courseHasStarted,
  courseSessions,
  nextCourseSession,
  type CourseSession,
} from './course'

const now = new Date('2026-11-22T09:00:00Z')

const spring: CourseSession[] = [
  { date: '2027-02-16', startsAt: '10:00', endsAt: '12:00' },
  { date: '2027-01-12', startsAt: '10:00', endsAt: '12:00' },
  { date: '2027-01-19', startsAt: '10:00', endsAt: '12:00' },
]

const autumn: CourseSession[] = [
  { date: '2026-11-10', startsAt: '18:00', endsAt: '20:00' },
  { date: '2026-11-17', startsAt: '18:00', endsAt: '20:00' },
  { date: '2026-11-24', startsAt: '18:00', endsAt: '20:00' },
]

describe('courseSessions', () => {
  test('puts the sessions in date order, then time order', () => {
    const sameDay = [...spring, { date: '2027-01-12', startsAt: '09:00', endsAt: '09:30' }]
    expect(courseSessions(sameDay).map((session) => `${session.date} ${session.startsAt}`)).toEqual([
      '2027-01-12 09:00',
      '2027-01-12 10:00',
      '2027-01-19 10:00',
      '2027-02-16 10:00',
    ])
  })

  test('leaves the list it was given alone', () => {
    courseSessions(spring)
    expect(spring[0]?.date).toBe('2027-02-16')
  })
})

describe('nextCourseSession', () => {
  test('gives the first session of a course that has not started', () => {
    expect(nextCourseSession(spring, now)).toMatchObject({
      date: '2027-01-12',
      start: new Date('2027-01-12T10:00:00Z'),
      end: new Date('2027-01-12T12:00:00Z'),
    })
  })

  test('gives the next session of a running course', () => {
    expect(nextCourseSession(autumn, now)?.date).toBe('2026-11-24')
  })

  test('counts a session in progress', () => {
    expect(nextCourseSession(autumn, new Date('2026-11-17T19:00:00Z'))?.date).toBe('2026-11-17')
  })

  test('uses summer time for sessions between March and October', () => {
    const summer = [{ date: '2027-06-01', startsAt: '18:00', endsAt: '20:00' }]
    expect(nextCourseSession(summer, now)?.start.toISOString()).toBe('2027-06-01T17:00:00.000Z')
  })
})

describe('courseHasFinished', () => {
  test('is false while a session is still to come or under way', () => {
    expect(courseHasFinished(autumn, now)).toBe(false)
    expect(courseHasFinished(autumn, new Date('2026-11-24T19:59:00Z'))).toBe(false)
  })

  test('is true once the last session has ended', () => {
    expect(courseHasFinished(autumn, new Date('2026-11-24T20:00:00Z'))).toBe(true)
  })

  test('is false for a fixture course that starts in January', async () => {
    const { courses } = await fixtureIndex()
    expect(courses[0] && courseHasFinished(courses[0].sessions, now)).toBe(false)
  })
})

describe('courseHasStarted', () => {
  test('is true from the start of the first session', () => {
    expect(courseHasStarted(autumn, now)).toBe(true)
    expect(courseHasStarted(spring, now)).toBe(false)
    expect(courseHasStarted(spring, new Date('2027-01-12T10:00:00Z'))).toBe(true)
  })
})

describe('courseDateRange', () => {
  test('gives the first and last dates, with the year once when they share it', () => {
    expect(courseDateRange(spring)).toBe('12 January to 16 February 2027')
  })

  test('gives both years for a course over New Year', () => {
    expect(courseDateRange([...autumn, ...spring])).toBe('10 November 2026 to 16 February 2027')
  })

  test('gives one date for a one-day course', () => {
    expect(courseDateRange([{ date: '2027-03-03', startsAt: '10:00', endsAt: '16:00' }])).toBe('3 March 2027')
  })

  test('gives nothing for no sessions', () => {
    expect(courseDateRange([])).toBe('')
  })
})
