import type { PreviewConfig } from 'sanity'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { scheduleSchema } from '../../site/lib/content/schemas'
import { describeSchedule } from '../../site/lib/time/schedule'
import { testClock } from '../../tests/clock'
import * as fixtures from '../../tests/fixtures/directory'
import { course } from '../schemaTypes/documents/course'
import { opportunity } from '../schemaTypes/documents/opportunity'
import { service } from '../schemaTypes/documents/service'
import { schedule } from '../schemaTypes/objects/schedule'
import { listingSubtitle, meetingTimePreview, type MeetingTimeSelection } from '../schemaTypes/previews'

/** What a type's list preview shows for the values it selected. */
const preview = (type: { preview?: PreviewConfig }, selection: Record<string, unknown>) => {
  const prepare = type.preview?.prepare
  if (!prepare) throw new Error('This type has no preview.prepare')
  return prepare(selection)
}

describe('listingSubtitle', () => {
  test('says what it is, where, whether it runs and when it was checked', () => {
    expect(
      listingSubtitle('Peer support group', {
        area: 'Croydon',
        areas: [{}],
        status: 'paused',
        lastChecked: '2026-03-03',
      }),
    ).toBe('Peer support group · Croydon · Paused for now · checked 3 March 2026')
  })

  test('says when a listing has never been checked', () => {
    expect(listingSubtitle('Drop-in', { area: 'Croydon', areas: [{}], status: 'running' })).toBe(
      'Drop-in · Croydon · Running · never checked',
    )
  })

  test('counts the other areas a listing serves', () => {
    expect(
      listingSubtitle('Online community', {
        area: 'Croydon',
        areas: [{}, {}, {}],
        status: 'closed',
        lastChecked: '2025-12-31',
      }),
    ).toBe('Online community · Croydon and 2 more · Closed · checked 31 December 2025')
  })

  test('leaves out what a new listing does not have yet', () => {
    expect(listingSubtitle(undefined, {})).toBe('never checked')
  })
})

describe('listing previews', () => {
  const selection = {
    name: 'Croydon Hearing Voices Group',
    area: 'Croydon',
    areas: [{}],
    status: 'running',
    lastChecked: '2026-10-15',
  }

  test('a service shows its name and its kind of support, in the shared words', () => {
    expect(preview(service, { ...selection, kind: 'group' })).toEqual({
      title: 'Croydon Hearing Voices Group',
      subtitle: 'Peer support group · Croydon · Running · checked 15 October 2026',
    })
  })

  test('a course shows its term', () => {
    expect(preview(course, { ...selection, term: 'Spring 2027' })).toMatchObject({
      subtitle: 'Spring 2027 course · Croydon · Running · checked 15 October 2026',
    })
  })

  test('an opportunity shows its kind, in the shared words', () => {
    expect(preview(opportunity, { ...selection, kind: 'volunteer', status: 'paused' })).toMatchObject({
      subtitle: 'Volunteer role · Croydon · Paused for now · checked 15 October 2026',
    })
  })
})

describe('meeting time previews', () => {
  const now = testClock()
  // The fixture's days are typed as plain strings; they are weekday codes.
  const tuesdayEvenings = fixtures.tuesdayEvenings as MeetingTimeSelection
  const samples: Record<string, MeetingTimeSelection> = {
    'the fixtures’ Tuesday evenings': tuesdayEvenings,
    'a monthly meeting until a date': {
      freq: 'monthly',
      interval: 1,
      byday: ['TH'],
      weeksOfMonth: [4, 2],
      opensAt: '18:30',
      closesAt: '20:00',
      validTo: '2099-03-30',
    },
    'a fortnightly meeting that started in the past': {
      freq: 'weekly',
      interval: 2,
      byday: ['WE'],
      opensAt: '14:00',
      closesAt: '16:00',
      validFrom: '2020-01-08',
    },
    'a term that starts after today': {
      freq: 'weekly',
      interval: 1,
      byday: ['MO', 'TU', 'WE', 'TH', 'FR'],
      opensAt: '12:00',
      closesAt: '13:00',
      validFrom: '2099-01-12',
      validTo: '2099-03-30',
    },
    'one saved before "Every how many weeks" and "Not on bank holidays" were filled in': {
      freq: 'weekly',
      byday: ['SA'],
      opensAt: '10:00',
      closesAt: '11:30',
    },
  }

  test.each(Object.entries(samples))('%s reads as the site prints it', (_name, value) => {
    // The site reads a meeting time through its door check, which fills in the same defaults.
    const sentence = describeSchedule(scheduleSchema.parse(value), now)
    expect(sentence.length).toBeGreaterThan(0)
    expect(meetingTimePreview(value, now).title).toBe(sentence)
  })

  test('a past first date is left out, as on the site', () => {
    const fortnightly = samples['a fortnightly meeting that started in the past'] ?? {}
    expect(meetingTimePreview(fortnightly, now).title).toBe('Every other Wednesday, 2pm to 4pm')
  })

  test('its notes show underneath', () => {
    expect(meetingTimePreview({ ...tuesdayEvenings, notes: 'Not in August' }, now)).toEqual({
      title: 'Every Tuesday, 6pm to 7:30pm. Not on bank holidays.',
      subtitle: 'Not in August',
    })
  })

  test.each([
    ['no days', { ...tuesdayEvenings, byday: [] }],
    ['no end time', { ...tuesdayEvenings, closesAt: undefined }],
    ['a time not on the 24-hour clock', { ...tuesdayEvenings, opensAt: '6pm' }],
    ['a monthly meeting with no week of the month', { ...tuesdayEvenings, freq: 'monthly' as const }],
  ])('one with %s says it is not finished, rather than failing', (_name, value) => {
    expect(meetingTimePreview(value, now).title).toBe(
      'Not finished: say how often, which days, and the start and end times',
    )
  })

  describe('in the Studio', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(now)
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    test('the schedule type previews with the sentence on the partner’s clock', () => {
      const value = samples['a fortnightly meeting that started in the past'] ?? {}
      expect(preview(schedule, value)).toEqual({ title: describeSchedule(scheduleSchema.parse(value), now) })
    })
  })
})
