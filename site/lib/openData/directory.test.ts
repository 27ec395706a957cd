import { describe, expect, test } from 'vitest'
import { course, eveningGroup, linkworker, onlineCommunity } from '../../../tests/fixtures/directory'
import { fixtureIndex, variantOf } from '../../../tests/fixtures/index'
import { hsdsValidators, problems } from '../../../tests/hsds-schemas'
import { openData } from './directory'
import { hsdsPages, organizationListEntry, serviceListEntry } from './pages'

const siteUrl = 'https://findpeersupport.example.org'
const validators = hsdsValidators()

describe('openData', () => {
  test('has every listing as a service, closed ones too, A to Z', async () => {
    const closed = variantOf(eveningGroup, 'closed', { status: 'closed', name: 'Zebra group (closed)' })
    const { services } = openData(await fixtureIndex([closed]), siteUrl)
    expect(services.map((service) => [service.name, service.status])).toEqual([
      [eveningGroup.name, 'active'],
      [course.name, 'active'],
      [onlineCommunity.name, 'active'],
      [linkworker.name, 'active'],
      ['Zebra group (closed)', 'defunct'],
    ])
  })

  test('lists under each organisation the services it runs', async () => {
    const { services, organizations } = openData(await fixtureIndex(), siteUrl)
    const runBy = (name: string) => organizations.find((organization) => organization.name === name)?.services
    expect(runBy('Hear Us Croydon')?.map((service) => service.name)).toEqual([
      eveningGroup.name,
      onlineCommunity.name,
      linkworker.name,
    ])
    expect(runBy('Croydon Recovery College')?.map((service) => service.id)).toEqual([
      services.find((service) => service.name === course.name)?.id,
    ])
  })

  test('is valid against the official HSDS 3.0 schemas, file by file and page by page', async () => {
    const { services, organizations } = openData(await fixtureIndex(), siteUrl)
    expect(services.flatMap((service) => problems(validators.service, service, service.name))).toEqual([])
    expect(
      organizations.flatMap((organization) =>
        problems(validators.organization, organization, organization.name),
      ),
    ).toEqual([])
    expect(
      problems(validators.servicesPage, hsdsPages(services.map(serviceListEntry))[0], 'services'),
    ).toEqual([])
    expect(
      problems(
        validators.organizationsPage,
        hsdsPages(organizations.map(organizationListEntry))[0],
        'organizations',
      ),
    ).toEqual([])
  })

  test('is the same in every build of the same content', async () => {
    const index = await fixtureIndex()
    expect(JSON.stringify(openData(index, siteUrl))).toBe(
      JSON.stringify(openData(await fixtureIndex(), siteUrl)),
    )
  })
})
