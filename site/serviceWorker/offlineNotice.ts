/*
 * The notice a kept page carries when the worker serves it because the network failed: that the
 * person is offline, when the page was saved, and that its details may have changed since.
 */
import { isHtml } from './routes'
import { savedAtOf, savedOnWords } from './savedAt'

/** The notice's HTML: our own words only, so nothing in it needs escaping. */
export function offlineNoticeHtml(savedAt: Date | undefined, now: Date): string {
  const when = savedAt
    ? `This page was saved on ${savedOnWords(savedAt, now)}.`
    : 'This page was saved on this device earlier.'
  return (
    '<div role="note" aria-labelledby="offline-notice" class="my-4 border-l-8 border-warn-edge bg-warn p-4">' +
    `<p class="m-0"><strong id="offline-notice">You are offline.</strong> ${when} ` +
    'Times and phone numbers may have changed since then.</p></div>'
  )
}

const mainTag = /<main\b[^>]*>/i
const bodyTag = /<body\b[^>]*>/i

/**
 * `html` with the offline notice first inside `<main>` (or `<body>`, for a page without one), where
 * a person and a screen reader's "skip to main content" both land. A page with neither is left alone.
 */
export function addOfflineNotice(html: string, savedAt: Date | undefined, now: Date): string {
  const tag = mainTag.test(html) ? mainTag : bodyTag
  return html.replace(tag, (opening) => `${opening}${offlineNoticeHtml(savedAt, now)}`)
}

/** A kept page's response with the offline notice added (its length changes, so that header goes). */
export async function withOfflineNotice(response: Response, now: Date): Promise<Response> {
  if (!isHtml(response)) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const html = addOfflineNotice(await response.text(), savedAtOf(response), now)
  return new Response(html, { status: response.status, statusText: response.statusText, headers })
}
