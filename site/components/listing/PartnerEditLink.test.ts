import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, test } from 'vitest'
import { eveningGroup } from '../../../tests/fixtures/directory'
import PartnerEditLink from './PartnerEditLink.astro'

let container: AstroContainer

beforeAll(async () => {
  container = await AstroContainer.create()
})

const render = (builtFrom: 'sample' | 'export' | 'sanity') =>
  container.renderToString(PartnerEditLink, { props: { id: eveningGroup._id, type: 'service', builtFrom } })

describe('PartnerEditLink', () => {
  test('links partners to the listing in the Studio when the site is built from a Sanity project', async () => {
    const html = await render('sanity')
    expect(html).toMatch(
      /<a href="\/studio\/#\/intent\/edit\/id=service-croydon-hearing-voices;type=service" rel="nofollow">\s*Update this listing \(for partners\)\s*<\/a>/,
    )
    // Not printed, and not something people find when they search the directory.
    expect(html).toMatch(/<p class="no-print[^"]*" data-pagefind-ignore>/)
  })

  test.each(['sample', 'export'] as const)(
    'renders nothing when the site is built from %s data',
    async (builtFrom) => {
      expect(await render(builtFrom)).toBe('')
    },
  )
})
