import type { ResultDetails } from '../../lib/search/answers'
import { distanceText } from '../../lib/search/distance'
import { listingCardTree } from '../../lib/view/cardTree'
import type { ListingCardView } from '../../lib/view/cards'
import { elementNode, h, type ElementTree } from '../../lib/view/elementTree'
import type { SearchLeaflet } from '../leaflet/searchLeaflet'

/** Pagefind's excerpt as tree children: its text, with only its <mark> highlights kept. */
function excerptParts(excerpt: string): Array<ElementTree | string> {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? h('mark', {}, node.textContent ?? '') : (node.textContent ?? ''),
  )
}

/**
 * One result: the listing's own card, as its area and topic pages show it (carried whole in the
 * index by SearchMeta), with the next session, distance, matched words and last check added,
 * and an "Add to leaflet" button for a listing a leaflet can hold.
 * Undefined for a result the index has no card for.
 */
export function resultCard(
  data: ResultDetails,
  miles: number | undefined,
  leaflet?: SearchLeaflet,
): HTMLLIElement | undefined {
  const { card, next, checked } = data.meta
  if (!card) return undefined
  const view = JSON.parse(card) as ListingCardView
  const tree = listingCardTree(view, {
    headingLevel: 3,
    extras: {
      next,
      distance: miles === undefined ? undefined : distanceText(miles),
      excerpt: excerptParts(data.excerpt),
      checked,
    },
  })
  const item = document.createElement('li')
  item.append(elementNode(tree))
  const button = leaflet?.button(view.href, view.name)
  if (button) item.append(button)
  return item
}
