import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { describe, expect, test } from 'vitest'
import { richTextSchema } from '../lib/content/schemas'
import RichText from './RichText.astro'

const block = (text: string, extra: object = {}) => ({
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', text, marks: [] }],
  ...extra,
})

async function render(value: unknown[]) {
  const container = await AstroContainer.create()
  return container.renderToString(RichText, { props: { value: richTextSchema.parse(value) } })
}

describe('RichText', () => {
  test('renders paragraphs, headings one level below the section, and real lists', async () => {
    const html = await render([
      block('Welcome.'),
      block('What to expect', { style: 'h3' }),
      block('Tea', { listItem: 'bullet', level: 1 }),
      block('Biscuits', { listItem: 'bullet', level: 1 }),
    ])
    expect(html).toMatch(/<p>Welcome\.<\/p>/)
    expect(html).toMatch(/<h3>What to expect<\/h3>/)
    expect(html).toMatch(/<ul><li>Tea<\/li><li>Biscuits<\/li><\/ul>/)
  })

  test('renders bold, italic and safe links', async () => {
    const html = await render([
      {
        _type: 'block',
        style: 'normal',
        markDefs: [{ _key: 'l', _type: 'link', href: 'https://example.org/group' }],
        children: [
          { _type: 'span', text: 'Be ', marks: ['strong'] },
          { _type: 'span', text: 'gentle', marks: ['em', 'l'] },
        ],
      },
    ])
    expect(html).toContain('<strong>Be </strong>')
    expect(html).toContain('<a href="https://example.org/group"><em>gentle</em></a>')
  })

  test('escapes HTML written into the text instead of running it', async () => {
    const html = await render([block('<script>alert(1)</script><img src=x onerror=alert(1)>')])
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  test('the door refuses an unsafe link before it can be rendered', () => {
    expect(() =>
      richTextSchema.parse([
        {
          _type: 'block',
          markDefs: [{ _key: 'x', _type: 'link', href: 'javascript:alert(1)' }],
          children: [{ _type: 'span', text: 'x', marks: ['x'] }],
        },
      ]),
    ).toThrow(/not a safe link/)
  })

  test('marks right-to-left text so browsers set its direction', async () => {
    expect(await render([block('مرحبا')])).toContain('dir="auto"')
  })
})
