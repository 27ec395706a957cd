import { addedMessage, fullMessage, leafletLinkText, removedMessage } from '../../lib/leaflet/messages'
import {
  leafletHref,
  maxListings,
  refForPath,
  withAdded,
  without,
  type LeafletRef,
} from '../../lib/leaflet/state'
import { saveLeaflet, workingLeaflet } from './workingLeaflet'

/** What search results need from the leaflet: a button for a listing, when it is one a leaflet can hold. */
export interface SearchLeaflet {
  button(href: string, name: string): HTMLButtonElement | undefined
}

/**
 * "Add to leaflet" on search results: each button adds its listing to this tab's leaflet (or takes
 * it off again), the link to the leaflet shows how many it holds, and each change is announced politely.
 */
export function searchLeaflet(root: HTMLElement): SearchLeaflet {
  const link = root.querySelector<HTMLAnchorElement>('[data-leaflet-link]')
  const said = root.querySelector<HTMLElement>('[data-leaflet-said]')
  let refs = workingLeaflet()

  const label = (button: HTMLButtonElement) => {
    const on = refs.includes(button.dataset['leaflet'] as LeafletRef)
    // The words change rather than a pressed state, so the name says what pressing does next;
    // it starts with the words on the button (WCAG 2.5.3) and names the listing.
    button.textContent = on ? 'Remove from leaflet' : 'Add to leaflet'
    button.setAttribute('aria-label', `${button.textContent}: ${button.dataset['name'] ?? ''}`)
  }
  const show = () => {
    if (link) {
      link.hidden = refs.length === 0
      link.textContent = leafletLinkText(refs.length)
      link.href = leafletHref(refs)
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-leaflet]')) label(button)
  }
  // Coming back from the leaflet page (Back keeps this page in memory): it may have changed there.
  window.addEventListener('pageshow', () => {
    refs = workingLeaflet()
    show()
  })
  show()

  return {
    button(href, name) {
      const ref = refForPath(href)
      if (!ref) return undefined
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className:
          'mt-1 min-h-11 cursor-pointer rounded border-2 border-brand px-3 font-bold text-brand-dark',
      })
      button.dataset['leaflet'] = ref
      button.dataset['name'] = name
      label(button)
      button.addEventListener('click', () => {
        const had = refs.includes(ref)
        if (!had && refs.length >= maxListings) {
          if (said) said.textContent = fullMessage(maxListings)
          return
        }
        refs = had ? without(refs, ref) : withAdded(refs, ref)
        saveLeaflet(refs)
        show()
        if (said) said.textContent = had ? removedMessage(name, refs.length) : addedMessage(name, refs.length)
      })
      return button
    },
  }
}
