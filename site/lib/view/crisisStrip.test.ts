import { describe, expect, test } from 'vitest'
import { siteSettings } from '../../../tests/fixtures/directory'
import { crisisStripItems } from './crisisStrip'

describe('crisisStripItems', () => {
  const items = crisisStripItems(siteSettings.crisisContacts)

  test('a phone shows the first two contacts; the rest wait for a wider screen or /crisis/', () => {
    expect(items.map((item) => [item.name, item.onPhone])).toEqual([
      ['Emergency', true],
      ['NHS', true],
      ['Samaritans', false],
      ['Shout', false],
    ])
  })

  test('a phone keeps a short first clause like “option 2” and leaves longer words for wider screens', () => {
    const [emergency, nhs] = items
    expect(nhs).toMatchObject({ whenOnPhone: ', option 2', whenRest: ', for urgent mental health help' })
    expect(emergency).toMatchObject({ whenOnPhone: '', whenRest: ', if a life is at risk, or go to A&E' })
  })

  test('every screen together shows the whole of each contact’s words', () => {
    for (const [index, item] of items.entries())
      expect(`${item.whenOnPhone}${item.whenRest}`).toBe(`, ${siteSettings.crisisContacts[index]?.when}`)
  })

  test('a text line says what to text, and links to a prefilled message', () => {
    expect(items[3]).toMatchObject({ number: 'text SHOUT to 85258', href: 'sms:85258?&body=SHOUT' })
    expect(items[0]).toMatchObject({ number: '999', href: 'tel:999' })
  })
})
