import { describe, expect, test } from 'vitest'
import { college, course, eveningGroup, hearUs, linkworker } from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import { movedCalendars, movedPages, redirectsFile } from './movedPages'

describe('movedPages', () => {
  test('sends each earlier address of a listing or organisation on to its page now', async () => {
    const index = await fixtureIndex([
      variantOf(eveningGroup, 'group', { previousSlugs: ['voices-tuesday', 'hearing-voices-croydon'] }),
      variantOf(course, 'course', { previousSlugs: ['old-course'] }),
      variantOf(linkworker, 'role', { previousSlugs: ['old-role'] }),
      variantOf(hearUs, 'charity', { previousSlugs: ['old-charity'] }),
    ])
    expect(movedPages(index)).toEqual([
      { from: '/services/voices-tuesday/', to: '/services/variant-group/', name: 'Variant group' },
      { from: '/services/hearing-voices-croydon/', to: '/services/variant-group/', name: 'Variant group' },
      { from: '/courses/old-course/', to: '/courses/variant-course/', name: 'Variant course' },
      { from: '/opportunities/old-role/', to: '/opportunities/variant-role/', name: 'Variant role' },
      { from: '/organisations/old-charity/', to: '/organisations/variant-charity/', name: 'Variant charity' },
    ])
  })

  test('moves a recovery college’s prospectus as well as its organisation page', async () => {
    const index = await fixtureIndex([variantOf(college, 'college', { previousSlugs: ['old-college'] })])
    expect(movedPages(index).map(({ from, to }) => [from, to])).toEqual([
      ['/organisations/old-college/', '/organisations/variant-college/'],
      ['/recovery-colleges/old-college/', '/recovery-colleges/variant-college/'],
    ])
  })

  test('has nothing to move when no address changed', async () => {
    expect(movedPages(await fixtureIndex())).toEqual([])
  })
})

describe('the _redirects file', () => {
  test('sends every old page and calendar on with a permanent redirect, a line each', async () => {
    const index = await fixtureIndex([
      variantOf(eveningGroup, 'group', { previousSlugs: ['voices-tuesday'] }),
      variantOf(course, 'course', { previousSlugs: ['old-course'] }),
    ])
    expect(redirectsFile([...movedPages(index), ...movedCalendars(index)])).toBe(
      [
        '/services/voices-tuesday/ /services/variant-group/ 301',
        '/courses/old-course/ /courses/variant-course/ 301',
        '/services/voices-tuesday.ics /services/variant-group.ics 301',
        '/courses/old-course.ics /courses/variant-course.ics 301',
        '',
      ].join('\n'),
    )
  })
})
