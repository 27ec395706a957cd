/*
 * A few elements as plain data, so one function can describe a piece of markup that is drawn
 * both at build time (as HTML) and in the browser (as DOM nodes) without the two drifting apart.
 * Tags and attribute names come from this site's code; only text and attribute values carry
 * content, and both renderers treat those as text.
 */

/** The tags a tree may use: what cards need, and no more. */
export type ElementTag = 'div' | 'h2' | 'h3' | 'h4' | 'p' | 'a' | 'strong' | 'mark' | 'li'

/** An element with its attributes and children; a string child is text. */
export type ElementTree = {
  tag: ElementTag
  attrs: Partial<Record<'class' | 'href' | 'dir', string>>
  children: Array<ElementTree | string>
}

/** An element: `h('p', { class: 'm-0' }, 'Hello')`. Children that are false, undefined or empty are left out, so `flag && child` reads naturally. */
export const h = (
  tag: ElementTag,
  attrs: ElementTree['attrs'],
  ...children: Array<ElementTree | string | false | undefined>
): ElementTree => ({
  tag,
  attrs,
  children: children.filter((child): child is ElementTree | string => Boolean(child)),
})

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;')

/** The tree as HTML, with every text and attribute value escaped. */
export function elementHtml(tree: ElementTree | string): string {
  if (typeof tree === 'string') return escapeText(tree)
  const attrs = Object.entries(tree.attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
  return `<${tree.tag}${attrs}>${tree.children.map(elementHtml).join('')}</${tree.tag}>`
}

/** The tree as DOM nodes, for the browser; text is set as text, never parsed. */
export function elementNode(tree: ElementTree | string): Node {
  if (typeof tree === 'string') return document.createTextNode(tree)
  const element = document.createElement(tree.tag)
  for (const [name, value] of Object.entries(tree.attrs)) element.setAttribute(name, value)
  element.append(...tree.children.map(elementNode))
  return element
}
