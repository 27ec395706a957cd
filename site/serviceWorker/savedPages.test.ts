import { describe, expect, test } from 'vitest'
import { savedPageLinks } from './savedPages'

const origin = 'https://findpeersupport.example.org'
const now = new Date('2026-11-26T12:00:00Z')

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
      'Find Peer Support',
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
        { url: `${origin}/services/b/`, title: ' ', savedAt: undefined },
      ],
      'Find Peer Support',
      now,
    )
    expect(links).toEqual([{ href: '/services/b/', name: '/services/b/', saved: '' }])
  })
})
