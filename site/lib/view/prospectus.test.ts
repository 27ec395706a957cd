import { describe, expect, test } from 'vitest'
import { college, course, sessionOn as session } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { prospectusView } from './prospectus'

const variants = [
  variantOf(course, 'summer', { term: 'Summer 2027', sessions: [session('2027-05-04')] }),
  variantOf(course, 'autumn', {
    term: 'Autumn 2026',
    sessions: [session('2026-11-10'), session('2026-12-01')],
  }),
  variantOf(course, 'finished', { term: 'Autumn 2026', sessions: [session('2026-10-06')] }),
  variantOf(course, 'closed', { status: 'closed' }),
]

describe('prospectusView', () => {
  test('groups courses by term with terms in date order', async () => {
    const index = await fixtureIndex(variants)
    const view = prospectusView(index, index.organisation(college._id), fixtureNow)
    expect(view.terms.map((term) => [term.term, term.cards.map((card) => card.name)])).toEqual([
      ['Autumn 2026', ['Variant autumn']],
      ['Spring 2027', [course.name]],
      ['Summer 2027', ['Variant summer']],
    ])
  })

  test('keeps finished courses out of the terms and lists them apart', async () => {
    const index = await fixtureIndex(variants)
    const view = prospectusView(index, index.organisation(college._id), fixtureNow)
    expect(view.finished).toEqual([
      { name: 'Variant finished', term: 'Autumn 2026', href: '/courses/variant-finished/' },
    ])
  })

  test('leaves closed courses out altogether', async () => {
    const index = await fixtureIndex(variants)
    const view = prospectusView(index, index.organisation(college._id), fixtureNow)
    const all = [...view.terms.flatMap((term) => term.cards), ...view.finished].map((entry) => entry.name)
    expect(all).not.toContain('Variant closed')
  })
})
