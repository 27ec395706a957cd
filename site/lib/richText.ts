import type { RichText } from './content/schemas'

type Block = RichText[number]

/** A run of rich text as the page shows it: a paragraph, a heading, or a list of items. */
export type RichTextPart =
  | { kind: 'paragraph' | 'h3' | 'h4'; key: string; block: Block }
  | { kind: 'list'; ordered: boolean; key: string; items: Block[] }

/** Groups consecutive list items into lists, so the page can render real `<ul>` and `<ol>`. */
export function richTextParts(blocks: RichText): RichTextPart[] {
  const parts: RichTextPart[] = []
  blocks.forEach((block, index) => {
    const key = block._key ?? String(index)
    if (block.listItem) {
      const ordered = block.listItem === 'number'
      const last = parts.at(-1)
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(block)
      else parts.push({ kind: 'list', ordered, key, items: [block] })
      return
    }
    parts.push({ kind: block.style === 'h3' || block.style === 'h4' ? block.style : 'paragraph', key, block })
  })
  return parts
}

/** A span with the marks the page applies: bold, italic, and a link already checked at the door. */
export type StyledSpan = { text: string; strong: boolean; em: boolean; href: string | undefined }

/** The spans of a block with their marks resolved. Unknown marks are ignored, never rendered as HTML. */
export function styledSpans(block: Block): StyledSpan[] {
  const links = new Map(block.markDefs.map((mark) => [mark._key, mark.href]))
  return block.children.map((span) => ({
    text: span.text,
    strong: span.marks.includes('strong'),
    em: span.marks.includes('em'),
    href: span.marks.map((mark) => links.get(mark)).find((href) => href !== undefined),
  }))
}
