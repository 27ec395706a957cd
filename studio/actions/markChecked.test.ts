import type { SanityDocument } from 'sanity'
import { createSchema } from 'sanity'
import { describe, expect, test } from 'vitest'
import { todayInUk } from '@findpeersupport/content-model/rules'
import { course, eveningGroup, fixtureDocuments, linkworker, without } from '../../tests/fixtures/directory'
import { testClock } from '../../tests/clock'
import { schemaTypes } from '../schemaTypes'
import { validate } from '../test/validate'
import {
  blockingProblems,
  checkedPatch,
  markCheckedState,
  type MarkCheckedInput,
  type Problem,
} from './markChecked'

const today = todayInUk(testClock())
const schema = createSchema({ name: 'default', types: schemaTypes })

/** The fields of a document type as the Studio's schema gives them, titles included. */
function fieldsOf(type: string): MarkCheckedInput['fields'] {
  const schemaType = schema.get(type)
  if (!schemaType || !('fields' in schemaType)) throw new Error(`no object type ${type} in the schema`)
  return schemaType.fields.map(({ name, type: fieldType }) => ({ name, title: fieldType.title }))
}

/** The problems the Studio would mark on `document`, checked against the fixture dataset. */
async function problemsOf(document: SanityDocument): Promise<Problem[]> {
  const others = (fixtureDocuments as readonly SanityDocument[]).filter(({ _id }) => _id !== document._id)
  return validate(document, others)
}

/** A listing with a draft that is otherwise ready to mark: change one thing per test. */
const input = (overrides: Partial<MarkCheckedInput> = {}): MarkCheckedInput => ({
  ready: true,
  canPublish: true,
  isValidating: false,
  problems: [],
  fields: fieldsOf('service'),
  publishedLastChecked: '2026-10-15',
  today,
  hasDraft: true,
  ...overrides,
})

const titleOf = (type: string, field: string) => fieldsOf(type).find(({ name }) => name === field)?.title

const error = (path: string, message = 'Required'): Problem => ({ level: 'error', message, path: [path] })

describe('markCheckedState', () => {
  test('can be pressed on a valid listing, and says what it will do', () => {
    expect(markCheckedState(input())).toEqual({
      disabled: false,
      title: 'Sets “Last checked on” to today and “Checked by” to your name, then publishes the listing.',
    })
  })

  test('waits while the listing loads', () => {
    expect(markCheckedState(input({ ready: false }))).toEqual({
      disabled: true,
      title: 'Loading the listing…',
    })
  })

  test('tells someone who cannot publish, like a Contributor, to ask a directory editor', () => {
    const state = markCheckedState(input({ canPublish: false, problems: [error('summary')] }))
    expect(state).toEqual({
      disabled: true,
      title:
        'You can change this listing but not publish it. Ask a directory editor to publish it and mark it as checked.',
    })
  })

  test('waits while the latest changes are checked for problems', () => {
    const state = markCheckedState(input({ isValidating: true, problems: [error('summary')] }))
    expect(state).toEqual({ disabled: true, title: 'Checking the listing for problems…' })
  })

  test('names the field and the problem when there is one, from the Studio’s own validation', async () => {
    const problems = await problemsOf(without(eveningGroup, 'summary'))
    const state = markCheckedState(input({ problems }))
    expect(state.disabled).toBe(true)
    expect(state.title).toBe(
      `Fix the problem marked in red first. ${titleOf('service', 'summary')}: Required`,
    )
  })

  test('counts the problems and names the first when there are several', async () => {
    const broken = without(without(course, 'summary'), 'name') as SanityDocument
    const problems = await problemsOf(broken)
    const state = markCheckedState(input({ problems, fields: fieldsOf('course') }))
    expect(state.disabled).toBe(true)
    const field = blockingProblems(problems)[0]?.path[0]
    expect(['name', 'summary']).toContain(field)
    expect(state.title).toBe(
      `Fix the 2 problems marked in red first, starting with ${titleOf('course', field as string)}: Required`,
    )
  })

  test('gives the problem’s own words when its field is not in the list', () => {
    const state = markCheckedState(input({ problems: [error('mystery', 'Something is wrong')] }))
    expect(state.title).toBe('Fix the problem marked in red first. Something is wrong')
  })

  test('can mark a listing that was never checked: the missing date is what it fills in', async () => {
    const neverChecked = without(without(linkworker, 'lastChecked'), 'checkedBy') as SanityDocument
    const problems = await problemsOf(neverChecked)
    expect(problems.map(({ path: [field] }) => field)).toContain('lastChecked')
    const state = markCheckedState(
      input({ problems, fields: fieldsOf('opportunity'), publishedLastChecked: undefined, hasDraft: false }),
    )
    expect(state.disabled).toBe(false)
  })

  test('is not held back by a checked date in the future, which it replaces', () => {
    const state = markCheckedState(
      input({ problems: [error('lastChecked', 'The last checked date cannot be in the future')] }),
    )
    expect(state.disabled).toBe(false)
  })

  test('is not held back by warnings', () => {
    const warning: Problem = { level: 'warning', message: 'Consider adding a photo', path: ['summary'] }
    expect(markCheckedState(input({ problems: [warning] })).disabled).toBe(false)
  })

  test('says so when the published listing was checked today and nothing has changed', () => {
    expect(markCheckedState(input({ publishedLastChecked: today, hasDraft: false }))).toEqual({
      disabled: true,
      title: 'Checked today already. Nothing new to publish.',
    })
  })

  test('still publishes changes made after a check earlier today', () => {
    expect(markCheckedState(input({ publishedLastChecked: today, hasDraft: true })).disabled).toBe(false)
  })

  test('can mark a published listing with no changes when it was last checked before today', () => {
    expect(markCheckedState(input({ publishedLastChecked: '2026-01-05', hasDraft: false })).disabled).toBe(
      false,
    )
  })
})

describe('blockingProblems', () => {
  test('keeps errors anywhere but the checked fields, nested ones included', () => {
    const nested: Problem = {
      level: 'error',
      message: 'Required',
      path: ['schedules', { _key: 'tue' }, 'opensAt'],
    }
    const problems = [error('lastChecked'), error('checkedBy'), nested, error('name')]
    expect(blockingProblems(problems)).toEqual([nested, error('name')])
  })
})

describe('checkedPatch', () => {
  test('sets today’s date and the name of the person signed in', () => {
    expect(checkedPatch(today, { name: 'Amira Khan', email: 'amira@example.org' })).toEqual([
      { set: { lastChecked: today, checkedBy: 'Amira Khan' } },
    ])
  })

  test('uses the email address when the account has no name', () => {
    expect(checkedPatch('2026-11-22', { name: ' ', email: 'amira@example.org' })).toEqual([
      { set: { lastChecked: '2026-11-22', checkedBy: 'amira@example.org' } },
    ])
  })

  test('removes the old name rather than keep someone else’s when nobody is known', () => {
    expect(checkedPatch('2026-11-22', null)).toEqual([
      { set: { lastChecked: '2026-11-22' } },
      { unset: ['checkedBy'] },
    ])
  })

  test('writes fields the Studio schema has on every listing type', () => {
    for (const type of ['service', 'course', 'opportunity']) {
      const names = fieldsOf(type).map(({ name }) => name)
      expect(names).toEqual(expect.arrayContaining(['lastChecked', 'checkedBy']))
    }
  })
})
