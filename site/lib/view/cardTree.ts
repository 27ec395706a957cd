import type { ListingCardView } from './cards'
import { h, type ElementTree } from './elementTree'

/** What a search result adds to a listing's card. */
export type ResultExtras = {
  /** "Tuesday 24 November 2026, 6pm" */
  next?: string | undefined
  /** "0.8 miles away", when results are sorted by distance. */
  distance?: string | undefined
  /** The words around what matched, with the matches marked. */
  excerpt?: Array<ElementTree | string> | undefined
  /** "Last checked on 15 October 2026" */
  checked?: string | undefined
}

export type CardOptions = {
  /** The heading level of the card's name, one below the section it sits in. */
  headingLevel?: 2 | 3 | 4
  /** Leave out "Run by", on a page that is already about the organisation. */
  showOrganisation?: boolean
  extras?: ResultExtras
}

/**
 * A listing card as an element tree: the one definition of a card, drawn to HTML by
 * ListingCard.astro at build time and to DOM nodes by search in the browser.
 */
export function listingCardTree(
  card: ListingCardView,
  { headingLevel = 3, showOrganisation = true, extras = {} }: CardOptions = {},
): ElementTree {
  const { organisation, status } = card
  const badges = (card.noReferralNeeded || status) && [
    card.noReferralNeeded &&
      h(
        'strong',
        { class: 'print-outline rounded-sm bg-brand-dark px-2 py-0.5 text-sm text-white' },
        'No referral needed',
      ),
    status &&
      h(
        'strong',
        { class: 'rounded-sm border border-warn-edge bg-warn px-2 py-0.5 text-sm text-ink' },
        status,
      ),
  ]
  return h(
    'div',
    { class: 'listing-card border-l-4 border-brand bg-white py-1 pl-3 text-base' },
    h(`h${headingLevel}`, { class: 'm-0 text-lg', dir: 'auto' }, h('a', { href: card.href }, card.name)),
    h('p', { class: 'm-0 text-muted' }, [card.kind, ...card.areas].join(', ')),
    badges && h('p', { class: 'm-0 mt-1 flex flex-wrap gap-2' }, ...badges),
    extras.distance && h('p', { class: 'm-0 font-bold' }, extras.distance),
    ...card.when.map((text) => h('p', { class: 'm-0' }, text)),
    extras.next && h('p', { class: 'm-0' }, `Next session: ${extras.next}`),
    card.details.length > 0 && h('p', { class: 'm-0' }, card.details.join('. ')),
    showOrganisation &&
      organisation &&
      h('p', { class: 'm-0' }, 'Run by ', h('a', { href: organisation.href }, organisation.text)),
    extras.excerpt && extras.excerpt.length > 0 && h('p', { class: 'm-0' }, ...extras.excerpt),
    extras.checked && h('p', { class: 'm-0 text-muted' }, extras.checked),
  )
}
