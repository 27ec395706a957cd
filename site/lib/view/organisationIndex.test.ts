import { describe, expect, test } from 'vitest'
import { college, hearUs } from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import { letterOf, organisationsByLetter } from './organisationIndex'

describe('letterOf', () => {
  test('files a name under its first letter in capitals, without accents', () => {
    expect(letterOf('hear us')).toBe('H')
    expect(letterOf('Élan Peer Network')).toBe('E')
  })

  test('files names that start with a number or symbol together', () => {
    expect(letterOf('1in4 Network')).toBe('0–9')
    expect(letterOf('@home')).toBe('0–9')
  })
})

describe('organisationsByLetter', () => {
  test('groups every organisation A to Z under its letter, with links', async () => {
    const index = await fixtureIndex([
      variantOf(hearUs, 'h', { name: 'Haven Peer Project' }),
      variantOf(hearUs, 'number', { name: '42nd Street' }),
    ])
    const letters = organisationsByLetter(index.organisations, index.area)
    expect(
      letters.map((group) => [group.letter, group.id, group.organisations.map((entry) => entry.name)]),
    ).toEqual([
      ['0–9', 'letter-other', ['42nd Street']],
      ['C', 'letter-c', [college.name]],
      ['H', 'letter-h', ['Haven Peer Project', hearUs.name]],
    ])
    expect(letters[1]?.organisations[0]).toEqual({
      name: college.name,
      href: '/organisations/croydon-recovery-college/',
      kind: 'Recovery college',
      areas: ['Croydon'],
    })
  })
})
