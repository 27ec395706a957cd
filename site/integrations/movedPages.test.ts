import { describe, expect, test } from 'vitest'
import { redirectedPaths } from './movedPages'

describe('redirectedPaths', () => {
  test('names the old addresses the sitemap leaves out', () => {
    const file = '/services/a/ /services/b/ 301\n/courses/c.ics /courses/d.ics 301\n'
    expect(redirectedPaths(file)).toEqual(new Set(['/services/a/', '/courses/c.ics']))
    expect(redirectedPaths('')).toEqual(new Set())
  })
})
