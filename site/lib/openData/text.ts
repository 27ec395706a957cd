import type { RichText } from '../content/schemas'
import { richTextParts, type RichTextInline, type RichTextList } from '../richText'

/*
 * HSDS descriptions are free text. The site's rich text becomes plain paragraphs, with list items
 * on lines starting "- " and links written as "words (address)", so nothing is lost.
 */

function inlineText(parts: readonly RichTextInline[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text
      const words = inlineText(part.children)
      return part.kind === 'link' && part.href !== words ? `${words} (${part.href})` : words
    })
    .join('')
}

function listLines(list: RichTextList, depth: number): string[] {
  return list.items.flatMap((item, position) => [
    `${'  '.repeat(depth)}${list.ordered ? `${position + 1}.` : '-'} ${inlineText(item.content)}`,
    ...item.lists.flatMap((nested) => listLines(nested, depth + 1)),
  ])
}

/** Rich text as plain text: a blank line between paragraphs. */
export function plainText(blocks: RichText): string {
  return richTextParts(blocks)
    .map((part) => (part.kind === 'list' ? listLines(part, 0).join('\n') : inlineText(part.content)))
    .join('\n\n')
}

/** Paragraphs joined with blank lines, leaving out any that are missing. */
export const paragraphs = (...texts: readonly (string | undefined)[]): string =>
  texts.filter((text): text is string => Boolean(text?.trim())).join('\n\n')
