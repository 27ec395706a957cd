import type { z } from 'astro/zod'
import { isSafeUrl } from '@findpeersupport/content-model/rules'

/** One thing wrong with one document, said so an editor can fix it. */
export type Problem = {
  readonly type: string
  readonly id: string
  readonly name?: string
  /** Dotted path of the field, like `contact.website`; empty for the whole document. */
  readonly field: string
  readonly message: string
  /** What the build did about it. */
  readonly outcome: 'skipped' | 'left out' | 'shortened'
}

/** A problem as one line of build output. */
export function formatProblem(problem: Problem): string {
  const who = `${problem.type} "${problem.id}"${problem.name ? ` (${problem.name})` : ''}`
  const where = problem.field ? `, field ${problem.field}` : ''
  const outcome = {
    skipped: 'This document is not published until it is fixed.',
    'left out': 'The rest of the document is published without it.',
    shortened: 'The site shows a shortened version.',
  }[problem.outcome]
  return `${who}${where}: ${problem.message}. ${outcome}`
}

type Path = readonly (string | number)[]
type Doc = Record<string, unknown>

const pathText = (path: Path) => path.map(String).join('.')

function valueAt(document: unknown, path: Path): unknown {
  let value = document
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

function describeIssue(document: unknown, issue: z.core.$ZodIssue): string {
  const value = valueAt(document, issue.path as Path)
  if (issue.code === 'invalid_type' && (value === undefined || value === null)) {
    return 'is missing: fill it in in the Studio'
  }
  if (issue.code === 'too_big' && typeof value === 'string') {
    return `is ${value.length} characters long, more than the ${String(issue.maximum)} allowed: shorten it`
  }
  if (issue.code === 'too_small' && typeof value === 'string') {
    return value.trim() === ''
      ? 'is empty: fill it in in the Studio'
      : `is ${value.trim().length} characters long, fewer than the ${String(issue.minimum)} needed: say a little more`
  }
  if (issue.code === 'invalid_value') {
    return `is "${String(value)}", which is not one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`
  }
  return issue.message
}

/** Matches a path against a pattern whose `*` stands for any array index. */
function droppablePrefix(path: Path, patterns: readonly string[]): Path | undefined {
  for (const pattern of patterns) {
    const parts = pattern.split('.')
    if (parts.length > path.length) continue
    if (
      parts.every((part, index) =>
        part === '*' ? typeof path[index] === 'number' : part === String(path[index]),
      )
    ) {
      return path.slice(0, parts.length)
    }
  }
  return undefined
}

function removeAt(document: Doc, path: Path): void {
  const parent = valueAt(document, path.slice(0, -1))
  const key = path[path.length - 1]
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = removed
  // Which field to drop is only known from the issue's path, so the key is computed.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  else if (parent && typeof parent === 'object' && key !== undefined) delete (parent as Doc)[key]
}

const removed = Symbol('removed')

function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== removed).map(compactArrays)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compactArrays(item)]))
  }
  return value
}

/**
 * Parses a document against its schema. A bad value in a field the page can do without
 * (listed in `droppable`) is left out with a problem; any other bad value skips the
 * document. Returns the parsed data, or undefined when the document is skipped.
 */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  input: unknown,
  type: string,
  droppable: readonly string[],
  problems: Problem[],
): z.output<S> | undefined {
  let document = structuredClone(input) as Doc
  const id = typeof document._id === 'string' ? document._id : '(no _id)'
  const name = typeof document.name === 'string' ? document.name.slice(0, 80) : undefined
  const report = (field: string, message: string, outcome: Problem['outcome']) =>
    problems.push({ type, id, ...(name ? { name } : {}), field, message, outcome })

  for (let attempt = 0; attempt < 5; attempt++) {
    const result = schema.safeParse(document)
    if (result.success) return result.data
    const issues = result.error.issues
    const drops = issues.map((issue) => droppablePrefix(issue.path as Path, droppable))
    if (drops.some((drop) => drop === undefined)) {
      issues.forEach((issue, index) => {
        if (!drops[index]) report(pathText(issue.path as Path), describeIssue(document, issue), 'skipped')
      })
      return undefined
    }
    issues.forEach((issue, index) => {
      report(pathText(drops[index] ?? []), describeIssue(document, issue), 'left out')
      removeAt(document, drops[index] ?? [])
    })
    document = compactArrays(document) as Doc
  }
  report(
    '',
    'has too many problems to publish safely: open it in the Studio and fix the marked fields',
    'skipped',
  )
  return undefined
}

type Block = { _type?: unknown; markDefs?: unknown; children?: unknown }
type Span = { text?: unknown; marks?: unknown }

/**
 * Makes rich text safe to publish before it is parsed: a link to an unsafe address
 * (`javascript:`, `data:`) loses its link but keeps its words, and very long text is
 * cut at a block boundary so one document cannot swamp a page.
 */
export function tidyRichText(
  value: unknown,
  field: string,
  maxCharacters: number,
  report: (field: string, message: string, outcome: Problem['outcome']) => void,
): unknown {
  if (!Array.isArray(value)) return value
  let characters = 0
  const kept: unknown[] = []
  for (const [index, item] of value.entries()) {
    const block = item as Block
    const spans = Array.isArray(block.children) ? (block.children as Span[]) : []
    const length = spans.reduce(
      (sum, span) => sum + (typeof span.text === 'string' ? span.text.length : 0),
      0,
    )
    if (characters + length > maxCharacters && kept.length > 0) {
      report(
        field,
        `is longer than ${maxCharacters} characters: keep it short, or move detail to your own website`,
        'shortened',
      )
      break
    }
    characters += length
    if (!Array.isArray(block.markDefs)) {
      kept.push(item)
      continue
    }
    const unsafe = new Set<string>()
    const markDefs = (block.markDefs as { _key?: unknown; href?: unknown }[]).filter((mark) => {
      if (typeof mark.href !== 'string' || isSafeUrl(mark.href)) return true
      unsafe.add(String(mark._key))
      report(
        `${field}.${index}`,
        `links to "${mark.href.slice(0, 60)}", which is not a safe address: link only to https://, mailto: or tel:. The words are kept without the link`,
        'left out',
      )
      return false
    })
    kept.push({
      ...block,
      markDefs,
      children: spans.map((span) =>
        Array.isArray(span.marks)
          ? { ...span, marks: (span.marks as unknown[]).filter((mark) => !unsafe.has(String(mark))) }
          : span,
      ),
    })
  }
  return kept
}

/** Cuts a summary to `max` characters at a word boundary, saying so. */
export function shorten(value: unknown, max: number): unknown {
  if (typeof value !== 'string' || value.length <= max) return value
  const cut = value.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`
}
