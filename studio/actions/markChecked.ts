import type { Path } from 'sanity'
import type { Service } from '../../site/lib/content/sanity.types'

/*
 * What "Mark as checked today" decides, kept apart from the Studio's hooks so it can be tested
 * as plain data: whether the button can be pressed, what its tooltip says, and what it writes.
 */

/** The fields the action writes. Every listing type has them (the Studio's `lastCheckedFields`). */
export type CheckedFields = Required<Pick<Service, 'lastChecked' | 'checkedBy'>>

const checkedFieldNames: ReadonlySet<string> = new Set<keyof CheckedFields>(['lastChecked', 'checkedBy'])

/** A validation problem as the Studio reports it: only what the decision needs. */
export interface Problem {
  level: 'error' | 'warning' | 'info'
  message: string
  path: Path
}

/** What the action knows about the listing when the Studio draws it. */
export interface MarkCheckedInput {
  /** False until the Studio has loaded the document and can change it. */
  ready: boolean
  /** Whether the person's role lets them publish this listing (a Contributor's does not). */
  canPublish: boolean
  /** True while the Studio is still checking the latest changes for problems. */
  isValidating: boolean
  problems: readonly Problem[]
  /** The document type's fields, to name the field a problem is in. */
  fields: readonly { name: string; title?: string | undefined }[]
  /** `lastChecked` of the published listing, the one people see. */
  publishedLastChecked: string | undefined
  /** Today's date in London, `YYYY-MM-DD`. */
  today: string
  /** True when there are unpublished changes. */
  hasDraft: boolean
}

/** Whether the button can be pressed, and the tooltip that says why not (or what it will do). */
export interface MarkCheckedState {
  disabled: boolean
  title: string
}

/** The top-level field a problem is in: a document's paths start with a field name. */
const fieldOf = ({ path: [first] }: Problem): string | undefined =>
  typeof first === 'string' ? first : undefined

/**
 * Problems that stop the listing being published. Problems with the checked date itself do not
 * count: the action replaces that date, and a listing never checked must still be markable.
 */
export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter(
    (problem) => problem.level === 'error' && !checkedFieldNames.has(fieldOf(problem) ?? ''),
  )
}

/** Decides whether "Mark as checked today" can run, with a plain-English reason when it cannot. */
export function markCheckedState(input: MarkCheckedInput): MarkCheckedState {
  if (!input.ready) return { disabled: true, title: 'Loading the listing…' }
  if (!input.canPublish) {
    return {
      disabled: true,
      title:
        'You can change this listing but not publish it. Ask a directory editor to publish it and mark it as checked.',
    }
  }
  if (input.isValidating) return { disabled: true, title: 'Checking the listing for problems…' }
  const blocking = blockingProblems(input.problems)
  const [first] = blocking
  if (first) return { disabled: true, title: problemsTitle(blocking.length, first, input.fields) }
  if (!input.hasDraft && input.publishedLastChecked === input.today) {
    return { disabled: true, title: 'Checked today already. Nothing new to publish.' }
  }
  return {
    disabled: false,
    title: 'Sets “Last checked on” to today and “Checked by” to your name, then publishes the listing.',
  }
}

function problemsTitle(count: number, first: Problem, fields: MarkCheckedInput['fields']): string {
  const field = fields.find(({ name }) => name === fieldOf(first))
  const problem = field ? `${field.title ?? field.name}: ${first.message}` : first.message
  return count === 1
    ? `Fix the problem marked in red first. ${problem}`
    : `Fix the ${count} problems marked in red first, starting with ${problem}`
}

/** The signed-in person, as the Studio knows them (`useCurrentUser`). */
export interface Checker {
  name?: string | undefined
  email?: string | undefined
}

/** What "Checked by" says for a person: their name, or their email if the account has no name. */
export function checkerName(checker: Checker | null | undefined): string | undefined {
  return checker?.name?.trim() || checker?.email?.trim() || undefined
}

/**
 * The patches that record a check: today's date, and who did it (their name, or their email if
 * the account has no name). With nobody signed in the old name is removed rather than kept,
 * so it never looks as if someone else did this check.
 */
export function checkedPatch(today: string, checker: Checker | null): CheckedPatch[] {
  const checkedBy = checkerName(checker)
  return checkedBy
    ? [{ set: { lastChecked: today, checkedBy } satisfies CheckedFields }]
    : [{ set: { lastChecked: today } }, { unset: ['checkedBy'] }]
}

/** A patch in the shape `useDocumentOperation().patch.execute` takes. */
export type CheckedPatch = { set: Partial<CheckedFields> } | { unset: (keyof CheckedFields)[] }
