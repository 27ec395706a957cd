import { describe, expect, test } from 'vitest'
import { addSavedPages, savedPageLinks, titleOf } from './savedPages'

const origin = 'https://findpeersupport.example.org'
const now = new Date('2026-11-26T12:00:00Z')

describe('titleOf', () => {
  test("reads a page's title as its HTML writes it, escapes and all", () => {
    expect(titleOf('<head><title>Carers &amp; Friends – Find Peer Support</title></head>')).toBe(
      'Carers &amp; Friends – Find Peer Support',
    )
    expect(titleOf('<p>No title</p>')).toBe('')
  })
})

describe('savedPageLinks', () => {
  test('lists kept pages newest first, by their own titles, with when each was saved', () => {
    const links = savedPageLinks(
      [
        {
          url: `${origin}/services/a/`,
          title: 'Croydon Hearing Voices Group – Find Peer Support',
          savedAt: new Date('2026-11-25T18:30:00Z'),
        },
        {
          url: `${origin}/search/`,
          title: 'Search – Find Peer Support',
          savedAt: new Date('2026-11-26T10:04:00Z'),
        },
      ],
      now,
    )
    expect(links).toEqual([
      { href: '/search/', name: 'Search', saved: 'saved on Thursday 26 November at 10:04am' },
      {
        href: '/services/a/',
        name: 'Croydon Hearing Voices Group',
        saved: 'saved on Wednesday 25 November at 6:30pm',
      },
    ])
  })

  test('leaves out the offline page, and names an untitled page by its address', () => {
    const links = savedPageLinks(
      [
        { url: `${origin}/offline/`, title: 'You are offline – Find Peer Support', savedAt: undefined },
        { url: `${origin}/services/b/`, title: '', savedAt: undefined },
      ],
      now,
    )
    expect(links).toEqual([{ href: '/services/b/', name: '/services/b/', saved: '' }])
  })
})

describe('addSavedPages', () => {
  const offline = '<main><h1>You are offline</h1><div data-saved-pages></div></main>'

  test('puts the list, under its own heading, where the offline page leaves room for it', () => {
    const html = addSavedPages(offline, [
      {
        href: '/services/a/',
        name: 'Carers &amp; Friends',
        saved: 'saved on Thursday 26 November at 10:04am',
      },
      { href: '/services/b/', name: '/services/b/', saved: '' },
    ])
    expect(html).toBe(
      '<main><h1>You are offline</h1><section aria-labelledby="saved-pages" class="max-w-2xl">' +
        '<h2 id="saved-pages">Pages saved on this device</h2><ul>' +
        '<li><a href="/services/a/">Carers &amp; Friends</a> (saved on Thursday 26 November at 10:04am)</li>' +
        '<li><a href="/services/b/">/services/b/</a></li></ul></section></main>',
    )
  })

  test('leaves the page as it is when nothing is saved', () => {
    expect(addSavedPages(offline, [])).toBe(offline)
  })
})
