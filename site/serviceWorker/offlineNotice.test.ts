import { describe, expect, test } from 'vitest'
import { addOfflineNotice, withOfflineNotice } from './offlineNotice'
import { savedAtHeader } from './savedAt'

const now = new Date('2026-11-26T12:00:00Z')
const savedAt = new Date('2026-11-26T10:04:00Z')
const page =
  '<html><body><a href="#main">Skip</a><aside>Need help now?</aside>' +
  '<main id="main" tabindex="-1" class="mx-auto"><h1>Group</h1></main></body></html>'

describe('addOfflineNotice', () => {
  test('puts the notice first in <main>, saying when the page was saved', () => {
    const html = addOfflineNotice(page, savedAt, now)
    expect(html).toContain(
      '<main id="main" tabindex="-1" class="mx-auto"><div role="note" aria-labelledby="offline-notice"',
    )
    expect(html).toContain(
      '<strong id="offline-notice">You are offline.</strong> This page was saved on Thursday 26 November at ' +
        '10:04am. Times and phone numbers may have changed since then.</p></div><h1>Group</h1>',
    )
    expect(html.match(/role="note"/g)).toHaveLength(1)
  })

  test('still warns when the page does not say when it was saved', () => {
    expect(addOfflineNotice(page, undefined, now)).toContain('This page was saved on this device earlier.')
  })

  test('uses <body> for a page without <main>, and leaves a page with neither alone', () => {
    expect(addOfflineNotice('<body class="x"><p>Hi</p></body>', savedAt, now)).toMatch(
      /^<body class="x"><div role="note"[^]*<\/div><p>Hi<\/p><\/body>$/,
    )
    expect(addOfflineNotice('plain text', savedAt, now)).toBe('plain text')
  })

  test('is not fooled by an element whose name starts with "main"', () => {
    expect(addOfflineNotice('<body><mainly></mainly><main><h1>A</h1></main></body>', savedAt, now)).toContain(
      '<main><div role="note"',
    )
  })
})

describe('withOfflineNotice', () => {
  test('adds the notice to a kept HTML page and drops its old length', async () => {
    const kept = new Response(page, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(page.length),
        [savedAtHeader]: savedAt.toISOString(),
      },
    })
    const shown = await withOfflineNotice(kept, now)
    expect(shown.headers.get('content-length')).toBeNull()
    expect(shown.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await shown.text()).toContain('saved on Thursday 26 November at 10:04am')
  })

  test('leaves anything that is not HTML as it is', async () => {
    const file = new Response('{"a":1}', { headers: { 'content-type': 'application/json' } })
    expect(await withOfflineNotice(file, now)).toBe(file)
  })
})
