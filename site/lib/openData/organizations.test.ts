import { describe, expect, test } from 'vitest'
import { college, hearUs } from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import type { HsdsServiceSummary } from './hsds'
import { documentId } from './ids'
import { hsdsOrganization, organizationSummary } from './organizations'

const siteUrl = 'https://findpeersupport.example.org'

describe('organizationSummary', () => {
  test('names the organisation, says what it does, and points at its page here and its own website', async () => {
    const index = await fixtureIndex()
    expect(organizationSummary(index.organisation(hearUs._id), siteUrl)).toEqual({
      id: documentId('organisation', hearUs._id),
      name: 'Hear Us Croydon',
      description:
        'A user-led charity in Croydon run by people with their own experience of mental distress.\n\n' +
        'We run groups and send volunteer Linkworkers onto hospital wards.',
      email: 'hearus@example.org',
      website: 'https://example.org/hear-us',
      uri: 'https://findpeersupport.example.org/organisations/hear-us-croydon/',
    })
  })

  test('gives a recovery college its organisation page too, which every organisation has', async () => {
    const index = await fixtureIndex()
    expect(organizationSummary(index.organisation(college._id), siteUrl).uri).toBe(
      'https://findpeersupport.example.org/organisations/croydon-recovery-college/',
    )
  })
})

describe('hsdsOrganization', () => {
  const listed = (id: string, organizationId: string) =>
    ({ id, organization_id: organizationId, name: id, status: 'active' }) as HsdsServiceSummary

  test('lists the services it runs, without repeating itself in each', async () => {
    const index = await fixtureIndex()
    const id = documentId('organisation', hearUs._id)
    const organization = hsdsOrganization(
      index.organisation(hearUs._id),
      [
        listed('a', id),
        listed('b', 'someone else'),
        { ...listed('c', id), organization: { id } } as HsdsServiceSummary,
      ],
      siteUrl,
    )
    expect(organization.services).toEqual([listed('a', id), listed('c', id)])
    expect(organization.phones).toMatchObject([{ number: '020 7946 0100', type: 'voice' }])
  })

  test('gives a charity number as an org-id.guide identifier', async () => {
    const charity = variantOf(hearUs, 'charity', { charityNumber: '1123456' })
    const index = await fixtureIndex([charity])
    expect(
      hsdsOrganization(index.organisation(charity._id), [], siteUrl).organization_identifiers,
    ).toMatchObject([
      { identifier_scheme: 'GB-CHC', identifier_type: 'Registered charity number', identifier: '1123456' },
    ])
    expect(hsdsOrganization(index.organisation(hearUs._id), [], siteUrl).organization_identifiers).toEqual([])
  })
})
