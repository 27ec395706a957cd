import { describe, expect, test } from 'vitest'
import { fixtureIndex, fixtureNow } from '../../../tests/fixtures/index'
import { openData } from './directory'
import { documentId } from './ids'
import { openDataPageView } from './page'

describe('openDataPageView', () => {
  test('counts the files, picks a running listing to show, and says when they were made', async () => {
    const view = openDataPageView(
      openData(await fixtureIndex(), 'https://findpeersupport.example.org'),
      fixtureNow,
    )
    expect(view).toMatchObject({
      builtOn: '22 November 2026',
      services: { count: 4, pages: 1, firstPage: '/open-data/services/page-1.json' },
      organizations: { count: 2, pages: 1, firstPage: '/open-data/organizations/page-1.json' },
      example: {
        name: 'Croydon Hearing Voices Group',
        href: `/open-data/services/${documentId('service', 'service-croydon-hearing-voices')}.json`,
      },
    })
    expect(view.endpoints[0]).toEqual({
      request: 'GET /services?page=N',
      file: '/open-data/services/page-N.json',
    })
    expect(view.taxonomies.map((taxonomy) => taxonomy.code)).toContain('topics')
  })
})
