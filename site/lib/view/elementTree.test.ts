import { describe, expect, test } from 'vitest'
import { elementHtml, h } from './elementTree'

describe('h', () => {
  test('leaves out children that are false, undefined or empty', () => {
    expect(h('p', {}, 'a', false, undefined, '', h('mark', {}, 'b')).children).toEqual([
      'a',
      { tag: 'mark', attrs: {}, children: ['b'] },
    ])
  })
})

describe('elementHtml', () => {
  test('draws elements with their attributes and children, with no whitespace added', () => {
    expect(elementHtml(h('p', { class: 'm-0' }, 'Run by ', h('a', { href: '/o/' }, 'Mind')))).toBe(
      '<p class="m-0">Run by <a href="/o/">Mind</a></p>',
    )
  })

  test('escapes text, so a listing’s name can never become markup', () => {
    expect(elementHtml(h('h3', {}, '<script>alert(1)</script> & co'))).toBe(
      '<h3>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h3>',
    )
  })

  test('escapes attribute values, so one cannot break out of its quotes', () => {
    expect(elementHtml(h('a', { href: '/x/" onclick="alert(1)' }, 'x'))).toBe(
      '<a href="/x/&quot; onclick=&quot;alert(1)">x</a>',
    )
  })
})
