import { describe, expect, test } from 'vitest'
import { fixtureDocuments, hearUs } from '../../tests/fixtures/directory'
import { errorMarkers, validate } from './validate'

/** The errors on the Hear Us organisation with these editors, among the other fixture documents. */
async function editorErrors(editors: string[]) {
  const others = fixtureDocuments.filter((doc) => doc._id !== hearUs._id && !doc._id.startsWith('drafts.'))
  const errors = errorMarkers(await validate({ ...hearUs, editors }, others))
  return errors.filter((marker) => marker.path.startsWith('editors'))
}

describe('an organisation’s editors', () => {
  test('may be several email addresses', async () => {
    expect(await editorErrors(['jo@example.org', 'sam.lee@example.org'])).toEqual([])
  })

  test('must each be an email address', async () => {
    expect(await editorErrors(['jo@example.org', 'Jo Bloggs'])).toHaveLength(1)
  })

  test('may not list one address twice, in whatever case it is written', async () => {
    expect(await editorErrors(['jo@example.org', 'Jo@Example.org'])).toEqual([
      { path: 'editors', level: 'error', message: 'jo@example.org is listed twice: remove one' },
    ])
  })
})
