import {
  isPrinted,
  itemNotice,
  itemName,
  leafletCount,
  printedOn,
  type LeafletItem,
  type LeafletListing,
} from '../../lib/leaflet/listing'
import { movedMessage, removedMessage } from '../../lib/leaflet/messages'
import { leafletHref, moved, parseLeaflet, renamed, without, type LeafletRef } from '../../lib/leaflet/state'
import { readListing } from './readListing'
import { saveLeaflet, savedLeaflet } from './workingLeaflet'

/*
 * The leaflet builder, in plain TypeScript to keep the page light. The page's markup is
 * server-rendered; this draws the chosen listings, read from their own pages, with buttons to
 * reorder and remove them, keeps the order in the address, and prints. What the leaflet says is
 * decided by the pure functions in lib/leaflet.
 */

type Child = Node | string | false | undefined

/** An element with a class and children; text is set as text, never parsed. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> },
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props
  const element = Object.assign(document.createElement(tag), rest)
  Object.assign(element.dataset, dataset)
  element.append(...children.filter((child): child is Node | string => Boolean(child)))
  return element
}

const buttonClass =
  'min-h-11 cursor-pointer rounded border-2 border-brand-dark bg-white px-3 font-bold text-brand-dark'

/** The rows of a listing, as a printed leaflet shows them. */
function listingDetails(listing: LeafletListing): HTMLElement {
  return make(
    'dl',
    { className: 'leaflet-rows m-0' },
    ...listing.rows.flatMap((row) => [
      make('dt', { className: 'font-bold' }, row.term),
      make(
        'dd',
        { className: 'ms-0 mb-1' },
        row.first && make('strong', { className: 'block' }, row.first),
        ...row.lines.map((line) => make('span', { className: 'block' }, line)),
      ),
    ]),
  )
}

/** The QR code to a listing's page; its address is written out in the rows beside it. */
const qrCode = (listing: LeafletListing): HTMLElement =>
  make('img', {
    className: 'leaflet-qr',
    src: listing.qrSrc,
    alt: `QR code for ${listing.name}. Scan it with a phone camera to open ${listing.url}`,
    width: 96,
    height: 96,
  })

/** Starts the leaflet builder on the page's server-rendered markup. */
export function startLeaflet(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string, type: new () => T): T => {
    const found = root.querySelector(selector)
    if (!(found instanceof type)) throw new Error(`Leaflet page markup is missing ${selector}`)
    return found
  }
  const list = $('[data-list]', HTMLOListElement)
  const heading = $('#leaflet-heading', HTMLHeadingElement)
  const count = $('[data-count]', HTMLElement)
  const said = $('[role="status"]', HTMLElement)
  const empty = $('[data-empty]', HTMLElement)
  const actions = $('[data-actions]', HTMLElement)
  const printButton = $('[data-print]', HTMLButtonElement)
  const shareLink = $('[data-share-link]', HTMLAnchorElement)
  const copyButton = $('[data-copy]', HTMLButtonElement)
  const problems = $('[data-problems]', HTMLElement)
  const printed = $('[data-printed-on]', HTMLElement)

  const parsed = parseLeaflet(location.search, savedLeaflet())
  let items: LeafletItem[] = parsed.refs.map((ref) => ({ ref, state: 'loading' }))

  /** Keeps the order in the address (replacing it, so Back leaves the builder) and in this tab. */
  function remember(): void {
    const refs = items.map((item) => item.ref)
    history.replaceState(null, '', leafletHref(refs))
    saveLeaflet(refs)
    shareLink.href = location.href
    shareLink.textContent = location.href
  }

  function itemElement(item: LeafletItem, index: number): HTMLLIElement {
    const name = itemName(item)
    const listing = item.state === 'ready' ? item.listing : undefined
    const notice = itemNotice(item)
    // The name starts with the words on the button (WCAG 2.5.3) and says which listing it moves.
    const control = (text: string, action: string) => {
      const button = make(
        'button',
        { type: 'button', className: buttonClass, dataset: { action, ref: item.ref } },
        text,
      )
      button.setAttribute('aria-label', `${text}: ${name}`)
      return button
    }
    return make(
      'li',
      {
        className: `leaflet-item border-2 border-line p-3 ${isPrinted(item) ? '' : 'no-print'}`,
        dataset: { ref: item.ref },
      },
      make(
        'div',
        { className: 'min-w-0 flex-1' },
        make(
          'h3',
          { className: 'm-0', dir: 'auto' },
          listing ? make('a', { href: new URL(listing.url).pathname }, listing.name) : name,
        ),
        listing?.kind && make('p', { className: 'm-0 mb-2 text-muted' }, listing.kind),
        notice &&
          make(
            'p',
            {
              className: `my-2 border-l-8 p-2 ${notice.printed ? 'border-warn-edge bg-warn' : 'no-print border-alert-edge bg-alert'}`,
            },
            notice.printed && make('strong', {}, notice.printed, ' '),
            make('span', { className: 'no-print' }, notice.screen),
          ),
        listing && !listing.ended && listingDetails(listing),
      ),
      listing && !listing.ended && qrCode(listing),
      make(
        'div',
        { className: 'leaflet-controls no-print flex flex-wrap gap-2' },
        index > 0 && control('Move up', 'up'),
        index < items.length - 1 && control('Move down', 'down'),
        control('Remove', 'remove'),
      ),
    )
  }

  function draw(): void {
    list.replaceChildren(...items.map(itemElement))
    count.textContent = leafletCount(items)
    empty.hidden = items.length > 0
    actions.hidden = items.length === 0
    printButton.hidden = !items.some(isPrinted)
    list.setAttribute('aria-busy', String(items.some((item) => item.state === 'loading')))
  }

  /** Focuses the first of these buttons that is on the page, or the list's heading. */
  function focusFirst(...choices: Array<[LeafletRef | undefined, string]>): void {
    for (const [ref, action] of choices) {
      const button = ref && list.querySelector<HTMLElement>(`[data-ref="${ref}"][data-action="${action}"]`)
      if (button) {
        button.focus()
        return
      }
    }
    heading.focus()
  }

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null
    const ref = button?.dataset['ref'] as LeafletRef | undefined
    const index = items.findIndex((item) => item.ref === ref)
    const item = items[index]
    if (!button || !ref || !item) return
    const action = button.dataset['action']
    if (action === 'remove') {
      const order = without(
        items.map((entry) => entry.ref),
        ref,
      )
      items = items.filter((entry) => entry.ref !== ref)
      draw()
      remember()
      said.textContent = removedMessage(itemName(item), items.length)
      focusFirst([order[index], 'remove'], [order[index - 1], 'remove'])
      return
    }
    const by = action === 'up' ? -1 : 1
    const order = moved(
      items.map((entry) => entry.ref),
      ref,
      by,
    )
    items = order.flatMap((entry) => items.filter((candidate) => candidate.ref === entry))
    draw()
    remember()
    said.textContent = movedMessage(itemName(item), order.indexOf(ref) + 1, order.length)
    // At the top there is no "Move up" any more: the other move button keeps focus on this listing.
    focusFirst([ref, action ?? ''], [ref, action === 'up' ? 'down' : 'up'])
  })

  printButton.addEventListener('click', () => {
    print()
  })
  // Only a secure page (https, or this machine) has a clipboard to write to.
  if ('clipboard' in navigator) copyButton.hidden = false
  copyButton.addEventListener('click', () => {
    navigator.clipboard.writeText(location.href).then(
      () =>
        (said.textContent = 'Link copied. Paste it into an email or a note to come back to this leaflet.'),
      () => (said.textContent = 'Could not copy. Select the link above instead.'),
    )
  })
  // A leaflet left open overnight still prints today's date.
  const date = () => (printed.textContent = printedOn(new Date()))
  window.addEventListener('beforeprint', date)
  date()

  if (parsed.problems.length > 0) {
    problems.querySelector('ul')?.replaceChildren(...parsed.problems.map((text) => make('li', {}, text)))
    problems.hidden = false
  }
  draw()
  remember()
  root.querySelector('[data-fallback]')?.remove()
  $('[data-app]', HTMLElement).hidden = false

  for (const { ref } of items)
    void readListing(ref).then((read) => {
      items = items.map((item) => (item.ref === ref ? read : item))
      if (read.ref !== ref) {
        // Its page has a new address: keep the listing in its place under that address, once.
        const order = renamed(
          items.map((item) => item.ref),
          ref,
          read.ref,
        )
        items = order.flatMap((entry) => items.find((item) => item.ref === entry) ?? [])
      }
      const focused =
        document.activeElement instanceof HTMLElement ? document.activeElement.dataset : undefined
      draw()
      remember()
      if (focused?.['ref']) focusFirst([focused['ref'] as LeafletRef, focused['action'] ?? ''])
    })
}
