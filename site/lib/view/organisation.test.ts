import { describe, expect, test } from 'vitest'
import {
  college,
  course,
  eveningGroup,
  hearUs,
  linkworker,
  onlineCommunity,
} from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { organisationContacts, organisationView } from './organisation'

const names = (cards: readonly { name: string }[]) => cards.map((card) => card.name)

describe('organisationView', () => {
  test('lists what the organisation runs that is open now, and no prospectus for a charity', async () => {
    const index = await fixtureIndex([
      variantOf(eveningGroup, 'closed', { status: 'closed' }),
      variantOf(linkworker, 'closed-role', { closingDate: '2026-01-01' }),
    ])
    const view = organisationView(index, index.organisation(hearUs._id), fixtureNow)
    expect(view.kind).toBe('Peer support project')
    expect(view.areas).toEqual(['Croydon'])
    expect(names(view.services)).toEqual([eveningGroup.name, onlineCommunity.name])
    expect(names(view.opportunities)).toEqual([linkworker.name])
    expect(view.courses).toEqual([])
    expect(view.prospectusHref).toBeUndefined()
  })

  test('a recovery college links its prospectus and lists its courses', async () => {
    const index = await fixtureIndex()
    const view = organisationView(index, index.organisation(college._id), fixtureNow)
    expect(view.prospectusHref).toBe('/recovery-colleges/croydon-recovery-college/')
    expect(names(view.courses)).toEqual([course.name])
  })

  test('describes the organisation as schema.org Organization with what the page shows', async () => {
    const index = await fixtureIndex()
    const { structuredData } = organisationView(index, index.organisation(hearUs._id), fixtureNow)
    expect(JSON.parse(JSON.stringify(structuredData))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Hear Us Croydon',
      description: hearUs.summary,
      url: 'https://example.org/hear-us',
      email: 'hearus@example.org',
      telephone: '020 7946 0100',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Croydon' }],
    })
  })

  test('leaves out contact details the organisation does not have', async () => {
    const index = await fixtureIndex()
    const { structuredData } = organisationView(index, index.organisation(college._id), fixtureNow)
    expect(structuredData).not.toHaveProperty('email')
    expect(structuredData).not.toHaveProperty('telephone')
  })
})

describe('organisationContacts', () => {
  test('gives website, email and phone as tappable links', async () => {
    const index = await fixtureIndex()
    expect(organisationContacts(index.organisation(hearUs._id))).toEqual([
      { label: 'Website', href: 'https://example.org/hear-us', text: 'example.org/hear-us' },
      { label: 'Email', href: 'mailto:hearus@example.org', text: 'hearus@example.org' },
      { label: 'Phone', href: 'tel:02079460100', text: '020 7946 0100' },
    ])
  })
})
