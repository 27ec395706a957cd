import { describe, expect, test } from 'vitest'
import { course, eveningGroup, linkworker } from '../../tests/fixtures/directory'
import { siteBaseUrl, viewOnSiteState } from './viewOnSite'

describe('siteBaseUrl', () => {
  const onSite = { origin: 'https://peersupport.example.org', pathname: '/studio/' }

  test('uses SANITY_STUDIO_SITE_URL when it is set, wherever the Studio runs', () => {
    expect(siteBaseUrl('https://directory.example.org', onSite)).toBe('https://directory.example.org')
    expect(
      siteBaseUrl(' https://directory.example.org/ ', { origin: 'http://localhost:3333', pathname: '/' }),
    ).toBe('https://directory.example.org/')
  })

  test('uses the page’s own address when the Studio is the one at /studio on the site', () => {
    expect(siteBaseUrl(undefined, onSite)).toBe('https://peersupport.example.org')
    expect(siteBaseUrl('', { ...onSite, pathname: '/studio' })).toBe('https://peersupport.example.org')
  })

  test('falls back to the site’s placeholder address for `npm run studio` and sanity.studio', () => {
    expect(siteBaseUrl(undefined, { origin: 'http://localhost:3333', pathname: '/structure/service' })).toBe(
      'https://findpeersupport.example.org',
    )
    expect(siteBaseUrl(undefined, { origin: 'https://fps.sanity.studio', pathname: '/' })).toBe(
      'https://findpeersupport.example.org',
    )
    expect(siteBaseUrl(undefined, { origin: 'https://example.org', pathname: '/studios/' })).toBe(
      'https://findpeersupport.example.org',
    )
    expect(siteBaseUrl(undefined, undefined)).toBe('https://findpeersupport.example.org')
  })
})

describe('viewOnSiteState', () => {
  const site = 'https://peersupport.example.org'

  test('opens each kind of listing at the address the site gives its page', () => {
    const opens = (state: ReturnType<typeof viewOnSiteState>) => (state.disabled ? undefined : state.url)
    expect(opens(viewOnSiteState('service', eveningGroup, site))).toBe(
      'https://peersupport.example.org/services/croydon-hearing-voices-group/',
    )
    expect(opens(viewOnSiteState('course', course, site))).toBe(
      `https://peersupport.example.org/courses/${course.slug.current}/`,
    )
    expect(opens(viewOnSiteState('opportunity', linkworker, site))).toBe(
      `https://peersupport.example.org/opportunities/${linkworker.slug.current}/`,
    )
  })

  test('says where it goes, and that changes take a few minutes to show', () => {
    const state = viewOnSiteState('service', eveningGroup, site)
    expect(state.title).toBe(
      'Opens https://peersupport.example.org/services/croydon-hearing-voices-group/ in a new tab. Changes show there a few minutes after you publish.',
    )
  })

  test('says when the address is only the placeholder', () => {
    expect(viewOnSiteState('service', eveningGroup, 'https://findpeersupport.example.org').title).toContain(
      '(a placeholder: set SANITY_STUDIO_SITE_URL)',
    )
  })

  test('cannot open a listing that was never published', () => {
    expect(viewOnSiteState('service', null, site)).toEqual({
      disabled: true,
      title: 'Not on the site yet. Publish the listing first.',
    })
  })

  test('cannot open a published listing without a web address', () => {
    for (const slug of [undefined, { current: undefined }, { current: '  ' }]) {
      expect(viewOnSiteState('course', { slug }, site)).toEqual({
        disabled: true,
        title: 'It has no web address yet. Fill in “Web address”, then publish.',
      })
    }
  })

  test('names the setting to fix when the site address is not a web address', () => {
    const state = viewOnSiteState('service', eveningGroup, 'peersupport.example.org')
    expect(state.disabled).toBe(true)
    expect(state.title).toContain('Set SANITY_STUDIO_SITE_URL')
  })
})
