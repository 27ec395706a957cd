import { describe, expect, test } from 'vitest'
import { college, course, sessionOn as session } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { collegeSummaries } from './collegeIndex'

describe('collegeSummaries', () => {
  test('lists only recovery colleges, with their areas and what they offer now', async () => {
    const index = await fixtureIndex([
      variantOf(course, 'summer', { term: 'Summer 2027', sessions: [session('2027-05-04')] }),
      variantOf(course, 'finished', { term: 'Autumn 2026', sessions: [session('2026-10-06')] }),
    ])
    expect(collegeSummaries(index, fixtureNow)).toEqual([
      {
        name: college.name,
        href: '/recovery-colleges/croydon-recovery-college/',
        summary: college.summary,
        areas: ['Croydon'],
        courseCount: 2,
        terms: ['Spring 2027', 'Summer 2027'],
        topics: ['Hearing voices'],
      },
    ])
  })

  test('still lists a college with nothing coming up', async () => {
    const index = await fixtureIndex()
    const later = new Date('2027-03-01T09:00:00Z')
    expect(collegeSummaries(index, later)[0]).toMatchObject({ courseCount: 0, terms: [], topics: [] })
  })
})
