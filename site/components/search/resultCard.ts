import type { PagefindResultData } from './pagefind'

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text) node.textContent = text
  return node
}

/** Pagefind's excerpt as safe nodes: its text, with only its <mark> highlights kept. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', '', node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  )
}

/** One result: name as a link, kind and area, a clear no-referral badge, next session, distance, last checked. */
export function resultCard(
  data: PagefindResultData,
  distance: string | undefined,
  headingLevel = 3,
): HTMLLIElement {
  const { meta } = data
  const item = element('li', 'border-t border-line py-4')
  const heading = element(headingLevel === 3 ? 'h3' : 'h4', 'text-xl m-0')
  const link = element('a', '', meta['title'] ?? data.url)
  link.href = data.url
  heading.append(link)
  item.append(heading)
  item.append(element('p', 'm-0 text-muted', [meta['kind'], meta['area']].filter(Boolean).join(' · ')))
  if (meta['referral'] === 'No referral needed') {
    item.append(
      element(
        'p',
        'my-1 inline-block rounded border-2 border-brand px-2 font-bold text-brand-dark',
        'No referral needed',
      ),
    )
  } else if (meta['referral']) {
    item.append(element('p', 'my-1', meta['referral']))
  }
  if (meta['next']) item.append(element('p', 'my-1', `Next session: ${meta['next']}`))
  if (distance) item.append(element('p', 'my-1 font-bold', distance))
  const excerpt = element('p', 'my-1')
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(excerpt)
  if (meta['checked']) item.append(element('p', 'my-1 text-base text-muted', meta['checked']))
  return item
}
