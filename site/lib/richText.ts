import { isSafeUrl } from '@findpeersupport/content-model/rules'
import {
  buildMarksTree,
  isPortableTextSpan,
  isPortableTextToolkitList,
  isPortableTextToolkitSpan,
  isPortableTextToolkitTextNode,
  nestLists,
  type ToolkitNestedPortableTextSpan,
  type ToolkitPortableTextHtmlList,
} from '@portabletext/toolkit'
import type { RichText } from './content/schemas'

/** Text as the page shows it: plain runs, bold, italic and safe links, nested as the marks overlap. */
export type RichTextInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: RichTextInline[] }
  | { kind: 'link'; href: string; children: RichTextInline[] }

/** A bulleted or numbered list. Each item holds its own text and any deeper lists under it. */
export type RichTextList = { kind: 'list'; ordered: boolean; items: RichTextListItem[] }

/** One item of a list: its text, then the lists nested inside it. */
export type RichTextListItem = { content: RichTextInline[]; lists: RichTextList[] }

/** A run of rich text as the page shows it: a paragraph, a heading, or a list. */
export type RichTextPart = { kind: 'paragraph' | 'h3' | 'h4'; content: RichTextInline[] } | RichTextList

type MarksTreeNode = ReturnType<typeof buildMarksTree>[number]
type ToolkitBlock = Parameters<typeof buildMarksTree>[0]

/**
 * Narrows the toolkit's tree to the few things the page renders. Anything else (a mark or
 * inline object the page does not know) keeps its text and loses its markup, so it can never
 * reach the page as HTML.
 */
function inline(nodes: readonly MarksTreeNode[]): RichTextInline[] {
  return nodes.flatMap((node): RichTextInline[] => {
    if (isPortableTextToolkitTextNode(node)) return [{ kind: 'text', text: node.text }]
    return isPortableTextToolkitSpan(node) ? marked(node) : []
  })
}

function marked(span: ToolkitNestedPortableTextSpan): RichTextInline[] {
  const children = inline(span.children)
  if (span.markType === 'strong' || span.markType === 'em') return [{ kind: span.markType, children }]
  const href = span.markType === 'link' ? span.markDef?.href : undefined
  // The door already refuses unsafe links; checking again means one slip there cannot put a script here.
  if (typeof href === 'string' && isSafeUrl(href)) return [{ kind: 'link', href, children }]
  return children
}

// `nestLists` in html mode only ever nests html-mode lists; this tells the type system so.
const isHtmlList = (node: { _type: string }): node is ToolkitPortableTextHtmlList =>
  isPortableTextToolkitList(node) && node.mode === 'html'

function list(node: ToolkitPortableTextHtmlList): RichTextList {
  return {
    kind: 'list',
    ordered: node.listItem === 'number',
    items: node.children.map((item) => ({
      content: inline(buildMarksTree({ ...item, children: item.children.filter(isPortableTextSpan) })),
      lists: item.children.filter(isHtmlList).map(list),
    })),
  }
}

/**
 * Blocks as the page renders them: list items gathered into real lists, with an item of a
 * deeper level nested inside the item above it.
 */
export function richTextParts(blocks: RichText): RichTextPart[] {
  // The door sets a missing field (`_key`, `level`) to undefined where the toolkit's types leave it
  // out; the toolkit reads both the same way.
  return nestLists(blocks as ToolkitBlock[], 'html').flatMap((node): RichTextPart[] => {
    if (isHtmlList(node)) return [list(node)]
    // The door lets only text blocks in; anything else is left out rather than guessed at.
    if (node._type !== 'block') return []
    const kind = node.style === 'h3' ? 'h3' : node.style === 'h4' ? 'h4' : 'paragraph'
    return [{ kind, content: inline(buildMarksTree(node)) }]
  })
}
