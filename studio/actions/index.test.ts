import type { DocumentActionComponent } from 'sanity'
import { describe, expect, test } from 'vitest'
import { withListingActions } from '.'

describe('withListingActions', () => {
  const sanityAction = (action: 'publish' | 'delete'): DocumentActionComponent =>
    Object.assign(() => null, { action })
  const stock = [sanityAction('publish'), sanityAction('delete')]
  const names = (actions: DocumentActionComponent[]) =>
    actions.map((action) => action.action ?? action.displayName)

  test('puts the listing actions straight after Publish on services, courses and opportunities', () => {
    for (const schemaType of ['service', 'course', 'opportunity']) {
      expect(names(withListingActions(stock, { schemaType, versionType: 'draft' }))).toEqual([
        'publish',
        'MarkCheckedAction',
        'ViewOnSiteAction',
        'delete',
      ])
    }
  })

  test('leaves other document types as Sanity made them', () => {
    for (const schemaType of ['organisation', 'venue', 'page']) {
      expect(withListingActions(stock, { schemaType, versionType: 'draft' })).toEqual(stock)
    }
  })

  test('leaves old revisions and copies in a release alone', () => {
    for (const versionType of ['revision', 'version', 'scheduled-draft'] as const) {
      expect(withListingActions(stock, { schemaType: 'service', versionType })).toEqual(stock)
    }
  })

  test('still adds them when there is no Publish action to follow', () => {
    expect(names(withListingActions([], { schemaType: 'service', versionType: 'published' }))).toEqual([
      'MarkCheckedAction',
      'ViewOnSiteAction',
    ])
  })
})
