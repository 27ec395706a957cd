import { describe, expect, test } from 'vitest'
import { filterGroups, optionLabel } from './filters'

describe('optionLabel', () => {
  const groups = filterGroups([{ slug: 'croydon', name: 'Croydon' }], [])

  test('gives the words people read for a ticked token', () => {
    expect(optionLabel(groups, 'area', 'croydon')).toBe('Croydon')
    expect(optionLabel(groups, 'access', 'self-referral')).toBe('No referral needed')
  })

  test('falls back to the token when no option has it', () => {
    expect(optionLabel(groups, 'area', 'atlantis')).toBe('atlantis')
  })
})
