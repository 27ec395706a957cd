import type { PreviewConfig } from 'sanity'
import { describe, expect, test } from 'vitest'
import { course } from '../schemaTypes/documents/course'
import { opportunity } from '../schemaTypes/documents/opportunity'
import { service } from '../schemaTypes/documents/service'
import { listingSubtitle } from '../schemaTypes/previews'

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
