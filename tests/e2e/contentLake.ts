/**
 * A stand-in for Sanity's Content Lake HTTP API, answered inside a browser context (Playwright routes),
 * so the Studio at /studio/ signs a partner in and opens the sample dataset offline. It answers what
 * the Studio asks for at start-up, GROQ queries (through groq-js), document fetches and edits (applied
 * with Sanity's own patch code), so a test can read what a partner's change did.
 */
import { readFileSync } from 'node:fs'
import { Mutation } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { BrowserContext, Request } from 'playwright-core'

export type LakeDocument = Record<string, unknown> & { _id: string; _type: string }

/** The signed-in person the Studio sees. */
export interface LakeUser {
  id: string
  name: string
  email: string
}

/** One Actions API action (`/data/actions`), as the Studio sends it. */
interface LakeAction {
  actionType: string
  draftId?: string
  publishedId?: string
  patch?: Record<string, unknown>
}

export interface ContentLake {
  documents: Map<string, LakeDocument>
  /** Every action the Studio sent to `/data/actions`, in order. */
  actions: LakeAction[]
  /** Requests the fake did not answer, to see what a newer Studio asks for. */
  unanswered: string[]
}

/** Reads an NDJSON export (the sample dataset) into documents. */
export function readDataset(path: string): LakeDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LakeDocument)
}

/**
 * The documents a query sees from a perspective, as the Lake gives them: `published` hides drafts;
 * `drafts` shows each document's draft in its place, under the published id (`_originalId` keeps the draft's).
 */
export function inPerspective(documents: Iterable<LakeDocument>, perspective: string | null): LakeDocument[] {
  const all = [...documents]
  if (perspective === 'published') return all.filter((doc) => !doc._id.startsWith('drafts.'))
  if (perspective !== 'drafts' && perspective !== 'previewDrafts') return all
  const byId = new Map<string, LakeDocument>()
  for (const doc of all) {
    const id = doc._id.replace(/^drafts\./, '')
    if (doc._id.startsWith('drafts.') || !byId.has(id))
      byId.set(id, { ...doc, _id: id, _originalId: doc._id })
  }
  return [...byId.values()]
}

/**
 * Runs a query with groq-js. groq-js has no `text::query`, which the Studio's lists use with the search
 * term `*` (everything), so that test is taken as true: the fake cannot search by words.
 */
async function runQuery(
  documents: LakeDocument[],
  query: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  const withoutTextSearch = query.replace(/\[@, _id\] match text::query\(\$__query\)/g, 'true')
  const result = await evaluate(parse(withoutTextSearch, { params }), { dataset: documents, params })
  return (await result.get()) as unknown
}

/** A query's parameters from its URL: `$name=<JSON>`. */
function urlParams(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams)
    if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value) as unknown
  return params
}

/**
 * Applies an edit as the Lake would: the patch goes on the draft, made from the published document when
 * there is no draft yet. Other actions (publish, discard) are only recorded.
 */
function applyEdit(lake: ContentLake, action: LakeAction, now: string): void {
  const { draftId = '', publishedId = '', patch } = action
  if (action.actionType !== 'sanity.action.document.edit' || !patch) return
  const published = lake.documents.get(publishedId)
  const draft = lake.documents.get(draftId) ?? (published && { ...published, _id: draftId })
  if (!draft) throw new Error(`The Studio edited ${publishedId}, which the fake Lake does not hold`)
  const edit = new Mutation({ mutations: [{ patch: { ...patch, id: draftId } }] })
  lake.documents.set(draftId, { ...(edit.apply(draft) as LakeDocument), _updatedAt: now })
}

/** Every permission on every document, as an administrator has. */
const administratorGrants = [
  { filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] },
]

/** The Lake's answer to one request, or undefined when the fake does not know it. */
async function answer(lake: ContentLake, user: LakeUser, request: Request, now: string): Promise<unknown> {
  const url = new URL(request.url())
  const path = url.pathname.replace(/^\/v[^/]+/, '')
  const administrator = [{ name: 'administrator', title: 'Administrator' }]
  if (path === '/users/me')
    return { ...user, role: 'administrator', roles: administrator, provider: 'sanity' }
  if (path === '/check/cors') return { result: { allowed: true, withCredentials: true } }
  if (path === '/ping' || path === '/data/ping/production') return { message: 'PONG' }
  if (path === '/features' || path.startsWith('/users/me/keyvalue/')) return []
  if (path === '/projects/sample')
    return { id: 'sample', displayName: 'Find Peer Support (sample)', members: [] }
  if (path === '/projects/sample/grants') return {}
  if (path === '/projects/sample/user-applications') return []
  if (path === '/projects/sample/datasets')
    return url.searchParams.has('addonFor') ? [] : [{ name: 'production', aclMode: 'public' }]
  if (path === '/projects/sample/datasets/production/acl') return administratorGrants
  if (path.startsWith('/data/history/'))
    return { events: { [path.split('/').at(-1) ?? '']: [] }, nextCursor: '' }
  if (path.startsWith('/data/query/')) {
    const posted = request.method() === 'POST' ? (request.postDataJSON() as Record<string, unknown>) : {}
    const query = (posted['query'] as string | undefined) ?? url.searchParams.get('query') ?? ''
    const params = (posted['params'] as Record<string, unknown> | undefined) ?? urlParams(url)
    const documents = inPerspective(lake.documents.values(), url.searchParams.get('perspective'))
    return { result: await runQuery(documents, query, params), ms: 1, query }
  }
  if (path.startsWith('/data/doc/')) {
    const ids = decodeURIComponent(path.split('/').at(-1) ?? '').split(',')
    const omitted = ids.filter((id) => !lake.documents.has(id)).map((id) => ({ id, reason: 'existence' }))
    return { documents: ids.flatMap((id) => lake.documents.get(id) ?? []), omitted }
  }
  if (path === '/data/actions/production') {
    const body = request.postDataJSON() as { actions: LakeAction[]; transactionId?: string; dryRun?: boolean }
    if (!body.dryRun)
      for (const action of body.actions) {
        lake.actions.push(action)
        applyEdit(lake, action, now)
      }
    return { transactionId: body.transactionId ?? 'fake-transaction' }
  }
  return undefined
}

/**
 * Runs in the page before the Studio: its listeners (`/data/listen`, server-sent events read through
 * `fetch`) get a stream that says "welcome" and stays open. A Playwright route can only answer with a
 * whole body, after which the listener would reconnect and the Studio would say "Trying to connect…".
 */
function quietListeners(): void {
  const realFetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!/\.api\.sanity\.io\/v[^/]+\/data\/listen\//.test(url)) return realFetch(input, init)
    const welcome = new TextEncoder().encode('event: welcome\ndata: {"listenerName":"fake-lake"}\n\n')
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(welcome)
      },
    })
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }))
  }
}

/**
 * Answers the Studio's requests to `https://<project>.api.sanity.io` from `dataset`, signed in as `user`,
 * with `now` as the Lake's clock. Add it after `siteContext` (later routes win), so every other origin
 * stays refused.
 */
export async function fakeContentLake(
  context: BrowserContext,
  dataset: readonly LakeDocument[],
  user: LakeUser,
  now: Date,
): Promise<ContentLake> {
  // An export leaves out what the Lake stamps on every document; the Studio needs them to show dates.
  const stamps = { _rev: 'sample', _createdAt: now.toISOString(), _updatedAt: now.toISOString() }
  const lake: ContentLake = {
    documents: new Map(dataset.map((doc) => [doc._id, { ...stamps, ...doc }])),
    actions: [],
    unanswered: [],
  }
  await context.addInitScript(quietListeners)
  await context.route('https://*.api.sanity.io/**', async (route, request) => {
    const [status, body] = await answer(lake, user, request, now.toISOString()).then(
      (known): [number, unknown] =>
        known === undefined ? [404, { error: 'Not Found', message: 'Not in the fake Lake' }] : [200, known],
      (error: unknown): [number, unknown] => [400, { error: { description: String(error) } }],
    )
    if (status !== 200) lake.unanswered.push(`${status} ${request.method()} ${request.url()}`)
    await route.fulfill({
      status,
      contentType: 'application/json',
      headers: {
        'access-control-allow-origin': request.headers()['origin'] ?? '*',
        'access-control-allow-credentials': 'true',
      },
      body: JSON.stringify(body),
    })
  })
  return lake
}
