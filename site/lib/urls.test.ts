import { route } from 'sanity/router'
import { describe, expect, test } from 'vitest'
import { isListingDocumentType, listingDocumentTypes, listingPages, studioEditPath, urls } from './urls'

describe('studioEditPath', () => {
  // The root route Sanity's Studio builds for a workspace at `/` (its `createRouter`), the one the
  // Studio at /studio has: @sanity/astro puts a single workspace at `/` with hash history.
  const studioRouter = route.create('/', [route.intents('/intent')])
  const opened = (path: string) => {
    const url = new URL(path, 'https://peersupport.example.org')
    return { page: url.pathname, state: studioRouter.decode(url.hash.slice(1)) }
  }

  test('opens the document for editing in the Studio at /studio, as Sanity’s router reads it', () => {
    expect(opened(studioEditPath('service-croydon-hearing-voices', 'service'))).toEqual({
      page: '/studio/',
      state: { intent: 'edit', params: { id: 'service-croydon-hearing-voices', type: 'service' } },
    })
  })

  test('is the link Sanity’s router would make for the same intent', () => {
    const params = { id: 'course-wellbeing-2027', type: 'course' }
    expect(studioEditPath(params.id, params.type)).toBe(
      `${urls.studio}#${studioRouter.encode({ intent: 'edit', params })}`,
    )
  })

  test('keeps an id with unusual characters whole', () => {
    const id = 'imported;id=1 ü'
    expect(opened(studioEditPath(id, 'opportunity')).state).toEqual({
      intent: 'edit',
      params: { id, type: 'opportunity' },
    })
  })
})

describe('listingPages', () => {
  test('gives each listing type the page the site builds for it', () => {
    expect(listingPages.service('a-group')).toBe(urls.service('a-group'))
    expect(listingPages.course('a-course')).toBe(urls.course('a-course'))
    expect(listingPages.opportunity('a-role')).toBe(urls.opportunity('a-role'))
  })

  test('knows exactly the three listing types', () => {
    expect(listingDocumentTypes).toEqual(['service', 'course', 'opportunity'])
    expect(['service', 'organisation', 'venue', 'toString'].filter(isListingDocumentType)).toEqual([
      'service',
    ])
  })
})
