/**
 * A small scanner for the HTML that Astro writes: enough to find tags, their attributes and the text
 * of inline scripts and styles, without a DOM. It skips comments and never looks for tags inside
 * <script>, <style>, <textarea> or <title>.
 */

export interface Tag {
  /** Lower-case tag name, e.g. `a`, `link`, `astro-island`. */
  name: string
  /** Attribute values with character references decoded; a bare attribute has the value ''. */
  attributes: Map<string, string>
  /** Text between the start and end tag, for raw-text elements (script, style, textarea, title) only. */
  text?: string
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title'])

const tagPattern =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<([a-zA-Z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes the character references that appear in attribute values (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, reference: string) => {
    if (reference.startsWith('#x') || reference.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(reference.slice(2), 16))
    }
    if (reference.startsWith('#')) return String.fromCodePoint(Number.parseInt(reference.slice(1), 10))
    return namedReferences[reference.toLowerCase()] ?? match
  })
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1]?.toLowerCase()
    if (name === undefined || attributes.has(name)) continue
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return attributes
}

/** Every start tag in `html`, in document order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = []
  tagPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tagPattern.exec(html)) !== null) {
    const rawName = match[1]
    if (rawName === undefined) continue
    const name = rawName.toLowerCase()
    const tag: Tag = { name, attributes: parseAttributes(match[2] ?? '') }
    if (rawTextElements.has(name) && !match[0].endsWith('/>')) {
      const endTag = new RegExp(`</${name}\\s*>`, 'gi')
      endTag.lastIndex = tagPattern.lastIndex
      const stop = endTag.exec(html)?.index ?? html.length
      tag.text = html.slice(tagPattern.lastIndex, stop)
      tagPattern.lastIndex = stop
    }
    tags.push(tag)
  }
  return tags
}

/** The ids a fragment link can point at: every `id`, and `name` on `<a>`. */
export function fragmentTargets(tags: readonly Tag[]): Set<string> {
  const targets = new Set<string>()
  for (const tag of tags) {
    const id = tag.attributes.get('id')
    if (id !== undefined) targets.add(id)
    const name = tag.attributes.get('name')
    if (tag.name === 'a' && name !== undefined) targets.add(name)
  }
  return targets
}
