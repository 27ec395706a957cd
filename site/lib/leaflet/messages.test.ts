import { describe, expect, test } from 'vitest'
import { addedMessage, fullMessage, leafletLinkText, movedMessage, removedMessage } from './messages'

describe('what the builder and search announce', () => {
  test('announces moves, removals and additions with the listing’s name', () => {
    expect(movedMessage('Croydon Hearing Voices Group', 2, 5)).toBe(
      'Moved Croydon Hearing Voices Group to number 2 of 5.',
    )
    expect(removedMessage('Croydon Hearing Voices Group', 4)).toBe(
      'Removed Croydon Hearing Voices Group. The leaflet has 4 listings.',
    )
    expect(addedMessage('Croydon Hearing Voices Group', 1)).toBe(
      'Added Croydon Hearing Voices Group to the leaflet. It has 1 listing.',
    )
  })

  test('says when the leaflet is full, and how many the link to it holds', () => {
    expect(fullMessage(10)).toBe(
      'The leaflet is full: it holds up to 10 listings. Remove one before adding another.',
    )
    expect(leafletLinkText(5)).toBe('Your leaflet (5)')
  })
})
