/**
 * A stand-in for Sanity's Content Lake HTTP API, answered inside a browser context (Playwright routes),
 * so the Studio at /studio/ signs a partner in and opens the sample dataset offline. It answers what
 * the Studio asks for at start-up, GROQ queries (through groq-js), document fetches, and the edits and
 * publishing it sends to the Actions API (patches applied with Sanity's own patch code). Each change is
 * told back to the Studio's listeners as the Lake's `mutation` events, which is how the Studio knows a
 * save has landed, so a test can read what a partner's change did.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Mutation } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { BrowserContext, Page, Request } from 'playwright-core'

export type LakeDocument = Record<string, unknown> & { _id: string; _type: string; _rev?: string }

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
  ifPublishedRevisionId?: string
}

/** One mutation in Sanity's mutation format (`create`, `patch`, `delete`…), as listener events carry them. */
type LakeMutation = Record<string, unknown>

/** What a transaction did to one document: its state before and after, and the mutations between. */
interface DocumentChange {
  id: string
  before: LakeDocument | undefined
  after: LakeDocument | undefined
  mutations: LakeMutation[]
}

/** A Studio listener (`/data/listen`) open in a page: the documents it asked about, and how. */
interface Listener {
  page: Page
  /** The page's own number for the stream (see `listenersFromNode`). */
  stream: number
  query: string
  params: Record<string, unknown>
  url: URL
}

export interface ContentLake {
  documents: Map<string, LakeDocument>
  /** Every action the Studio sent to `/data/actions`, in order. */
  actions: LakeAction[]
  /** The Studio's listeners still open. */
  listeners: Listener[]
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

/** A document as a mutation or an effect carries it: the Lake stamps the revision and time itself. */
function unstamped(document: LakeDocument): LakeDocument {
  return Object.fromEntries(
    Object.entries(document).filter(([key]) => key !== '_rev' && key !== '_updatedAt'),
  ) as LakeDocument
}

/** Finds a document as the transaction so far has left it. */
type Read = (id: string) => LakeDocument | undefined

/**
 * An edit, as the Lake makes it: the patch goes on the draft, made from the published document when
 * there is no draft yet.
 */
function edit({ draftId = '', publishedId = '', patch = {} }: LakeAction, read: Read): DocumentChange[] {
  const draft = read(draftId)
  const published = read(publishedId)
  if (!draft && !published)
    throw new Error(`The Studio edited ${publishedId}, which the fake Lake does not hold`)
  const copy = !draft && published ? [{ createIfNotExists: { ...unstamped(published), _id: draftId } }] : []
  const mutations = [...copy, { patch: { ...patch, id: draftId } }]
  const after = new Mutation({ mutations }).apply(draft ?? null) as LakeDocument
  return [{ id: draftId, before: draft, after, mutations }]
}

/** Publishing: the draft replaces the published document and is deleted, if nobody published since. */
function publish(
  { draftId = '', publishedId = '', ifPublishedRevisionId }: LakeAction,
  read: Read,
): DocumentChange[] {
  const draft = read(draftId)
  const published = read(publishedId)
  if (!draft) throw new Error(`The Studio published ${draftId}, which the fake Lake does not hold`)
  if (ifPublishedRevisionId !== undefined && ifPublishedRevisionId !== published?._rev)
    throw new Error(
      `${publishedId} is at revision ${published?._rev ?? '(none)'}, not ${ifPublishedRevisionId}`,
    )
  const document = { ...unstamped(draft), _id: publishedId }
  return [
    { id: publishedId, before: published, after: document, mutations: [{ createOrReplace: document }] },
    { id: draftId, before: draft, after: undefined, mutations: [{ delete: { id: draftId } }] },
  ]
}

/** The actions the fake performs. Anything else fails loudly, so a test shows what to add. */
const performers: Record<string, (action: LakeAction, read: Read) => DocumentChange[]> = {
  'sanity.action.document.edit': edit,
  'sanity.action.document.publish': publish,
}

/**
 * Performs a transaction's actions in order, each seeing the ones before, and returns one change for
 * each document touched (from its state before the transaction to its state after).
 */
function performActions(
  documents: ReadonlyMap<string, LakeDocument>,
  actions: readonly LakeAction[],
): DocumentChange[] {
  const changes = new Map<string, DocumentChange>()
  const read: Read = (id) => (changes.has(id) ? changes.get(id)?.after : documents.get(id))
  for (const action of actions) {
    const perform = performers[action.actionType]
    if (!perform) throw new Error(`The fake Lake cannot perform ${action.actionType}: add it to performers`)
    for (const change of perform(action, read)) {
      const earlier = changes.get(change.id)
      changes.set(
        change.id,
        earlier
          ? { ...change, before: earlier.before, mutations: [...earlier.mutations, ...change.mutations] }
          : change,
      )
    }
  }
  return [...changes.values()]
}

/** Stores a transaction's changes, each document stamped with the transaction as its revision. */
function commit(
  lake: ContentLake,
  changes: readonly DocumentChange[],
  transactionId: string,
  now: string,
): DocumentChange[] {
  return changes.map((change) => {
    const after = change.after && { ...change.after, _rev: transactionId, _updatedAt: now }
    if (after) lake.documents.set(change.id, after)
    else lake.documents.delete(change.id)
    return { ...change, after }
  })
}

/** Every permission on every document, as an administrator has. */
const administratorGrants = [
  { filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] },
]

/** An answer sent as newline-delimited JSON rather than one JSON value. */
class NdJson {
  constructor(readonly lines: readonly unknown[]) {}
  get text(): string {
    return this.lines.map((line) => `${JSON.stringify(line)}\n`).join('')
  }
}

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
  // The fake keeps no history: no events, and an empty transaction log (NDJSON, one transaction a line).
  if (path.startsWith('/data/history/production/transactions/')) return new NdJson([])
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
    const body = request.postDataJSON() as {
      actions: LakeAction | LakeAction[]
      transactionId?: string
      dryRun?: boolean
    }
    const actions = [body.actions].flat()
    const transactionId = body.transactionId ?? randomUUID()
    // A dry run is how the Studio asks whether it may do something: an administrator may do anything.
    if (body.dryRun) return { transactionId }
    const changes = commit(lake, performActions(lake.documents, actions), transactionId, now)
    lake.actions.push(...actions)
    await tellListeners(lake, changes, { transactionId, identity: user.id, now })
    return { transactionId }
  }
  return undefined
}

/** Whether a listener's query picks out a document (a document that does not exist matches nothing). */
async function matches(listener: Listener, document: LakeDocument | undefined): Promise<boolean> {
  if (!document) return false
  const result = await runQuery([document], listener.query, listener.params)
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}

/**
 * The `mutation` events one listener gets for a transaction, as server-sent event text: one for each
 * changed document its query matches before or after. The Studio's document store applies `mutations`
 * and checks `previousRev`/`resultRev` to know its own save has landed; previews apply `effects` (a
 * mendoza patch: opcode 0 replaces the whole document).
 */
async function mutationEvents(
  listener: Listener,
  changes: readonly DocumentChange[],
  transaction: { transactionId: string; identity: string; now: string },
): Promise<string[]> {
  const seen = await Promise.all(
    changes.map(async (change) => ({
      change,
      before: await matches(listener, change.before),
      after: await matches(listener, change.after),
    })),
  )
  const heard = seen.filter(({ before, after }) => before || after)
  const { searchParams } = listener.url
  return heard.map(({ change, before, after }, index) => {
    const event = {
      eventId: `${transaction.transactionId}#${change.id}`,
      documentId: change.id,
      transactionId: transaction.transactionId,
      identity: transaction.identity,
      mutations: change.mutations,
      previousRev: change.before?._rev,
      resultRev: transaction.transactionId,
      timestamp: transaction.now,
      effects: {
        apply: [0, change.after ? unstamped(change.after) : null],
        revert: [0, change.before ? unstamped(change.before) : null],
      },
      ...(searchParams.get('includeResult') === 'false' ? {} : { result: change.after }),
      transition: !before ? 'appear' : !after ? 'disappear' : 'update',
      // The fake's writes are queryable at once, so every event is as visible as a listener can ask.
      visibility: searchParams.get('visibility') ?? 'query',
      transactionTotalEvents: heard.length,
      transactionCurrentEvent: index,
    }
    return `event: mutation\ndata: ${JSON.stringify(event)}\n\n`
  })
}

/** Sends a transaction's events to every open listener, and forgets the listeners a page has closed. */
async function tellListeners(
  lake: ContentLake,
  changes: readonly DocumentChange[],
  transaction: { transactionId: string; identity: string; now: string },
): Promise<void> {
  const open = await Promise.all(
    lake.listeners.map(async (listener) => {
      const events = await mutationEvents(listener, changes, transaction)
      return listener.page
        .evaluate(({ stream, events }) => (window as unknown as LakeWindow).__lakePush(stream, events), {
          stream: listener.stream,
          events,
        })
        .catch(() => false)
    }),
  )
  lake.listeners = lake.listeners.filter((_, index) => open[index])
}

/** What the page script below adds to the page: how the Node side reaches its listeners. */
interface LakeWindow extends Window {
  /** Sends server-sent event text to one listener's stream; false once the Studio has closed it. */
  __lakePush(stream: number, events: string[]): boolean
  /** Tells the Node side a listener opened (a Playwright binding). */
  __lakeListen(stream: number, url: string): Promise<void>
}

/**
 * Runs in the page before the Studio: its listeners (`/data/listen`, server-sent events read through
 * `fetch`) get a stream that says "welcome" and stays open, and that the Node side writes the Lake's
 * events into. A Playwright route can only answer with a whole body, after which the listener would
 * reconnect and the Studio would say "Trying to connect…".
 */
function listenersFromNode(): void {
  const page = window as unknown as LakeWindow
  const realFetch = window.fetch.bind(window)
  const encoder = new TextEncoder()
  const streams = new Map<number, ReadableStreamDefaultController<Uint8Array>>()
  let opened = 0
  page.__lakePush = (stream, events) => {
    const controller = streams.get(stream)
    for (const event of events) controller?.enqueue(encoder.encode(event))
    return controller !== undefined
  }
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!/\.api\.sanity\.io\/v[^/]+\/data\/listen\//.test(url)) return realFetch(input, init)
    const stream = ++opened
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        streams.set(stream, controller)
        controller.enqueue(encoder.encode('event: welcome\ndata: {"listenerName":"fake-lake"}\n\n'))
      },
      cancel: () => {
        streams.delete(stream)
      },
    })
    init?.signal?.addEventListener('abort', () => streams.delete(stream))
    void page.__lakeListen(stream, url)
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
    listeners: [],
    unanswered: [],
  }
  await context.exposeBinding('__lakeListen', ({ page }, stream: number, url: string) => {
    const listenUrl = new URL(url)
    const query = listenUrl.searchParams.get('query') ?? '*'
    lake.listeners.push({ page, stream, query, params: urlParams(listenUrl), url: listenUrl })
  })
  await context.addInitScript(listenersFromNode)
  await context.route('https://*.api.sanity.io/**', async (route, request) => {
    const [status, body, why = ''] = await answer(lake, user, request, now.toISOString()).then(
      (known): [number, unknown, string?] =>
        known === undefined ? [404, { error: 'Not Found', message: 'Not in the fake Lake' }] : [200, known],
      (error: unknown): [number, unknown, string] => [
        400,
        { error: { description: String(error) } },
        ` (${String(error)})`,
      ],
    )
    if (status !== 200) lake.unanswered.push(`${status} ${request.method()} ${request.url()}${why}`)
    await route.fulfill({
      status,
      contentType: body instanceof NdJson ? 'application/x-ndjson' : 'application/json',
      headers: {
        'access-control-allow-origin': request.headers()['origin'] ?? '*',
        'access-control-allow-credentials': 'true',
      },
      body: body instanceof NdJson ? body.text : JSON.stringify(body),
    })
  })
  return lake
}
