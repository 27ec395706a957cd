import { describe, expect, test } from 'vitest'
import { linkworker } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { getInvolvedView } from './getInvolved'

describe('getInvolvedView', () => {
  test('groups open opportunities by kind, soonest closing first, with how to apply', async () => {
    const index = await fixtureIndex([
      variantOf(linkworker, 'paid', {
        kind: 'paid',
        closingDate: '2027-02-01',
        applyUrl: 'https://example.org/jobs',
      }),
      variantOf(linkworker, 'mentor', { closingDate: '2026-12-01' }),
      variantOf(linkworker, 'past', { closingDate: '2026-11-01' }),
      variantOf(linkworker, 'closed', { status: 'closed' }),
    ])
    const groups = getInvolvedView(index, fixtureNow)
    expect(groups.map((group) => [group.title, group.items.map((item) => item.card.name)])).toEqual([
      ['Volunteer roles', ['Variant mentor', linkworker.name]],
      ['Paid peer support work', ['Variant paid']],
    ])
    expect(groups[1]?.items[0]).toMatchObject({
      howToApply: linkworker.howToApply,
      applyUrl: 'https://example.org/jobs',
    })
  })
})
