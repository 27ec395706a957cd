import { describe, expect, test } from 'vitest'
import { paragraph } from '../../../tests/fixtures/directory'
import { richTextSchema } from '../content/schemas'
import { paragraphs, plainText } from './text'

describe('plainText', () => {
  test('keeps paragraphs apart and writes a link’s address after its words', () => {
    expect(
      plainText(
        richTextSchema.parse([
          paragraph('a', 'We meet every Tuesday evening.'),
          paragraph('b', 'Read more on our website.', 'https://example.org/hv'),
        ]),
      ),
    ).toBe('We meet every Tuesday evening.\n\nRead more on our website. (https://example.org/hv)')
  })

  test('writes a list as lines starting with a dash', () => {
    const item = (key: string, text: string) => ({
      ...paragraph(key, text),
      listItem: 'bullet' as const,
      level: 1,
    })
    const blocks = richTextSchema.parse([
      paragraph('a', 'Bring:'),
      item('b', 'a drink'),
      item('c', 'a friend'),
    ])
    expect(plainText(blocks)).toBe('Bring:\n\n- a drink\n- a friend')
  })
})

describe('paragraphs', () => {
  test('leaves out missing and blank parts', () => {
    expect(paragraphs('One', undefined, ' ', 'Two')).toBe('One\n\nTwo')
  })
})
