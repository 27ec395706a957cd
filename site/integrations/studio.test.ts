import { describe, expect, it } from 'vitest'
import { studioHead } from './studio'

const builtPage =
  '<!DOCTYPE html><html lang="en" data-astro-cid-x><head><meta charset="UTF-8"><link rel="icon" type="image/svg+xml" href="data:image/svg+xml,%3Csvg%3E"><title>Sanity Studio</title></head><body></body></html>'

describe('studioHead', () => {
  it('keeps search engines off the Studio and names it in the tab', () => {
    const page = studioHead(builtPage)
    expect(page).toContain('<meta charset="UTF-8"><meta name="robots" content="noindex, nofollow">')
    expect(page).toContain('<title>Studio · Find Peer Support</title>')
    expect(page).toContain('<html lang="en-GB"')
    expect(page).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">')
    expect(page).not.toContain('data:')
  })

  it('stops the build, saying what to check, when the page no longer has what it edits', () => {
    expect(() => studioHead('<html><head></head></html>')).toThrow(/@sanity\/astro's studio route/)
    expect(() => studioHead('<html><head><meta charset="utf-8"></head></html>')).toThrow(/has changed shape/)
  })
})
