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
const item = (text: string, listItem: 'bullet' | 'number', level: number) => block(text, { listItem, level })

async function renderUnchecked(value: unknown[], headingLevel?: 1 | 2 | 3) {
  const container = await AstroContainer.create()
  const html = await container.renderToString(RichText, {
    props: { value, ...(headingLevel ? { headingLevel } : {}) },
  })
  // The wrapper is the same for every value; the tests compare what is inside it.
  return html.replace(/^<div dir="auto" class="rich-text">|<\/div>$/g, '')
}

/** Renders what the door lets through, as every page does. */
const render = (value: unknown[], headingLevel?: 1 | 2 | 3) =>
  renderUnchecked(richTextSchema.parse(value), headingLevel)

describe('RichText', () => {
  test('renders paragraphs, headings one level below the section, and real lists', async () => {
    const html = await render([
      block('Welcome.'),
      block('What to expect', { style: 'h3' }),
      item('Tea', 'bullet', 1),
      item('Biscuits', 'bullet', 1),
    ])
    expect(html).toBe('<p>Welcome.</p><h3>What to expect</h3><ul><li>Tea</li><li>Biscuits</li></ul>')
  })

  test('puts headings two levels below a page title', async () => {
    const html = await render([block('About', { style: 'h3' }), block('Where', { style: 'h4' })], 1)
    expect(html).toBe('<h2>About</h2><h3>Where</h3>')
  })

  test('nests a bulleted list inside the numbered item above it, then returns to the numbers', async () => {
    const html = await render([
      item('Arrive', 'number', 1),
      item('Tea', 'bullet', 2),
      item('Biscuits', 'bullet', 2),
      item('Sit down', 'number', 1),
    ])
    expect(html).toBe('<ol><li>Arrive<ul><li>Tea</li><li>Biscuits</li></ul></li><li>Sit down</li></ol>')
  })

  test('nests lists three levels deep', async () => {
    const html = await render([
      item('Getting there', 'bullet', 1),
      item('By bus', 'bullet', 2),
      item('Take the 64', 'number', 3),
      item('Get off at the church', 'number', 3),
      item('Parking', 'bullet', 1),
    ])
    expect(html).toBe(
      '<ul><li>Getting there<ul><li>By bus<ol><li>Take the 64</li><li>Get off at the church</li></ol></li></ul></li><li>Parking</li></ul>',
    )
  })

  test('keeps bulleted and numbered lists at the same level apart', async () => {
    const html = await render([item('Tea', 'bullet', 1), item('First', 'number', 1)])
    expect(html).toBe('<ul><li>Tea</li></ul><ol><li>First</li></ol>')
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
    expect(html).toBe('<p><strong>Be </strong><a href="https://example.org/group"><em>gentle</em></a></p>')
  })

  test('keeps one link whole when bold and italic start and stop inside it', async () => {
    const html = await render([
      {
        _type: 'block',
        markDefs: [{ _key: 'l', _type: 'link', href: 'tel:01234567890' }],
        children: [
          { _type: 'span', text: 'Call ', marks: ['strong'] },
          { _type: 'span', text: 'the ', marks: ['strong', 'l'] },
          { _type: 'span', text: 'helpline', marks: ['l', 'em', 'strong'] },
          { _type: 'span', text: ' today', marks: [] },
        ],
      },
    ])
    expect(html).toBe(
      '<p><strong>Call <a href="tel:01234567890">the <em>helpline</em></a></strong> today</p>',
    )
  })

  test('renders list items with their marks', async () => {
    const html = await render([
      {
        ...item('', 'bullet', 1),
        markDefs: [{ _key: 'l', _type: 'link', href: 'https://example.org/map' }],
        children: [{ _type: 'span', text: 'Map', marks: ['l'] }],
      },
    ])
    expect(html).toBe('<ul><li><a href="https://example.org/map">Map</a></li></ul>')
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

  test('shows an unsafe link that got past the door as plain text', async () => {
    const html = await renderUnchecked([
      {
        ...block(''),
        markDefs: [{ _key: 'x', _type: 'link', href: ' javascript:alert(1)' }],
        children: [{ _type: 'span', text: 'Click me', marks: ['x', 'strong'] }],
      },
    ])
    expect(html).toBe('<p><strong>Click me</strong></p>')
  })

  test('shows the text of marks and blocks it does not know, and none of their markup', async () => {
    const html = await renderUnchecked([
      {
        ...block(''),
        style: 'blockquote',
        markDefs: [{ _key: 'c', _type: 'colour', hex: '#f00' }],
        children: [
          { _type: 'span', text: 'Plain', marks: ['underline', 'c'] },
          { _type: 'image', asset: { _ref: 'x' } },
        ],
      },
      { _type: 'image', _key: 'i', asset: { _ref: 'x' }, children: [] },
    ])
    expect(html).toBe('<p>Plain</p>')
  })

  test('marks right-to-left text so browsers set its direction', async () => {
    const container = await AstroContainer.create()
    const html = await container.renderToString(RichText, {
      props: { value: richTextSchema.parse([block('مرحبا')]) },
    })
    expect(html).toContain('<div dir="auto" class="rich-text">')
  })
})
