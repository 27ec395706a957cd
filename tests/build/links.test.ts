import { describe, expect, test } from 'vitest'
import { checkLinks, externalLinkProblem, formatLinkProblems } from '../../scripts/check-links.ts'
import { builtSiteDir } from '../built-site.ts'
import { page, sitemapFiles, tempSite } from './temp-site.ts'

describe('the built site', () => {
  test('every internal link, asset and anchor resolves, and external links are well-formed', () => {
    const report = checkLinks(builtSiteDir())
    console.log(`link check: ${report.links} links in ${report.pages} pages`)
    expect(report.pages).toBeGreaterThan(0)
    expect(formatLinkProblems(report.problems), 'broken or malformed links').toBe('')
  })
})

describe('checkLinks', () => {
  const problemsIn = (files: Record<string, string>) =>
    checkLinks(tempSite({ ...sitemapFiles(['/']), ...files })).problems.map(
      ({ page: where, value, problem }) => `${where} ${value}: ${problem}`,
    )

  test('passes pages whose links, assets and anchors all resolve', () => {
    expect(
      problemsIn({
        'index.html': page(
          '<a href="#main">Skip</a><main id="main"><a href="/services/group/#when">When</a>' +
            '<a href="services/group/">Relative</a><a href="https://example.org/services/group/">Absolute</a>' +
            '<img src="/_astro/logo.svg" alt=""><a href="/search/?topic=psychosis">Search</a></main>',
          '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://example.org/">',
        ),
        'services/group/index.html': page('<h2 id="when">When</h2>'),
        'search/index.html': page(''),
        '_astro/site.css': 'body{}',
        '_astro/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      }),
    ).toEqual([])
  })

  test('reports a link to a page that is not in the built site', () => {
    expect(problemsIn({ 'index.html': page('<a href="/services/gone/">Gone</a>') })).toEqual([
      '/ /services/gone/: /services/gone/ is not in the built site',
    ])
  })

  test('reports an anchor that the target page lacks', () => {
    expect(
      problemsIn({
        'index.html': page('<a href="#content">Skip</a><a href="/about/#team">Team</a>'),
        'about/index.html': page('<h2 id="people">People</h2>'),
      }),
    ).toEqual([
      '/ #content: / has no element with id "content"',
      '/ /about/#team: /about/ has no element with id "team"',
    ])
  })

  test('reports missing assets and a folder linked without its trailing slash', () => {
    expect(
      problemsIn({
        'index.html': page(
          '<img src="/logo.png" alt="Logo"><a href="/about">About</a>',
          '<script src="/app.js"></script>',
        ),
        'about/index.html': page(''),
      }),
    ).toEqual([
      '/ /app.js: /app.js is not in the built site',
      '/ /logo.png: /logo.png is not in the built site',
      '/ /about: /about is a folder: add the trailing slash (/about/)',
    ])
  })

  test('reports sitemap entries that are not pages of the site', () => {
    const report = checkLinks(tempSite({ ...sitemapFiles(['/', '/missing/']), 'index.html': page('') }))
    expect(report.problems.map((problem) => problem.value)).toEqual(['https://example.org/missing/'])
  })
})

describe('externalLinkProblem', () => {
  test.each([
    'https://www.nhs.uk/nhs-services/mental-health-services/',
    'mailto:listings@example.org?subject=Suggest%20an%20update',
    'tel:116123',
    'tel:+44%2020%207946%200123',
    'sms:85258?body=SHOUT',
    'sms:07700900123',
    'mailto:?subject=Croydon%20peer%20group&body=https%3A%2F%2Fexample.org%2F',
    'sms:?&body=Croydon%20peer%20group',
  ])('accepts %s', (url) => {
    expect(externalLinkProblem(url, false)).toBeUndefined()
  })

  test.each([
    ['http://example.org/', 'uses http:'],
    ['https://localhost/', 'no proper host name'],
    ['mailto:help-at-example.org', 'not a valid mailto:'],
    ['mailto:', 'no address, subject or body'],
    ['tel:call-us', 'not a valid tel:'],
    ['sms:SHOUT?body=SHOUT', 'not a valid sms:'],
    ['sms:', 'no number and no body'],
    ['javascript:void(0)', 'javascript: scheme'],
    ['data:text/html,hi', 'data: URL outside an image'],
  ])('rejects %s', (url, problem) => {
    expect(externalLinkProblem(url, false)).toContain(problem)
  })
})
