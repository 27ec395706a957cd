/**
 * Link check over the built site: every internal link, asset and `#fragment` in every HTML file of
 * `dist/` must resolve to a file (and an id) in `dist/`; every external link must be a well-formed
 * `https:`, `mailto:`, `tel:` or `sms:` URL. Usage: `node scripts/check-links.ts [dist]`.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { listFiles, resolveUrlPath, sitemapUrls, urlPathForFile } from './lib/dist.ts'
import { fragmentTargets, scanTags, type Tag } from './lib/html.ts'

export interface LinkProblem {
  /** URL path of the page (or sitemap) holding the link. */
  page: string
  /** Where the link is, e.g. `a[href]`. */
  where: string
  value: string
  problem: string
}

export interface LinkReport {
  pages: number
  links: number
  problems: LinkProblem[]
}

/** Attributes that hold one URL, by tag name. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
}

/** Meta tags whose content is a URL (Open Graph and Twitter cards). */
const urlMetaProperties = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
])

const imageTags = new Set(['img', 'source', 'video'])

interface FoundLink {
  where: string
  value: string
  /** An image-like source, where a `data:` URL is fine. */
  isImage: boolean
}

function linksIn(tags: readonly Tag[]): FoundLink[] {
  const found: FoundLink[] = []
  for (const tag of tags) {
    for (const attribute of urlAttributes[tag.name] ?? []) {
      const value = tag.attributes.get(attribute)
      if (value === undefined) continue
      if (tag.name === 'form' && value === '') continue // an empty action submits to the page itself
      found.push({ where: `${tag.name}[${attribute}]`, value, isImage: imageTags.has(tag.name) })
    }
    const srcset = tag.attributes.get('srcset')
    if (srcset !== undefined) {
      for (const candidate of srcset.split(/,\s+/)) {
        const value = candidate.trim().split(/\s+/)[0]
        if (value) found.push({ where: `${tag.name}[srcset]`, value, isImage: true })
      }
    }
    const metaKey = tag.attributes.get('property') ?? tag.attributes.get('name')
    const content = tag.attributes.get('content')
    if (
      tag.name === 'meta' &&
      metaKey !== undefined &&
      urlMetaProperties.has(metaKey) &&
      content !== undefined
    ) {
      found.push({ where: `meta[${metaKey}]`, value: content, isImage: false })
    }
  }
  return found
}

const emailAddress = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/
const phoneNumber = /^\+?[0-9][0-9 ().-]*[0-9]$/

/** Why an external URL is not acceptable, or undefined when it is well-formed. */
export function externalLinkProblem(value: string, isImage: boolean): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  const rest = value.slice((scheme?.length ?? 0) + 1)
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }
  switch (scheme) {
    case 'https': {
      if (!URL.canParse(value)) return 'is not a valid URL'
      const { hostname } = new URL(value)
      return hostname.includes('.') ? undefined : `has no proper host name ("${hostname}")`
    }
    case 'http':
      return 'uses http: — link to the https: address instead'
    case 'mailto': {
      // No address is fine when a subject or body is given: "share by email" lets the person pick.
      const [to = '', query = ''] = rest.split('?')
      const addresses = decode(to)
      if (addresses === '')
        return /(^|&)(subject|body)=/.test(query) ? undefined : 'has no address, subject or body'
      return addresses.split(',').every((address) => emailAddress.test(address.trim()))
        ? undefined
        : 'is not a valid mailto: link (mailto:name@example.org?subject=…)'
    }
    case 'tel':
      return phoneNumber.test(decode(rest)) ? undefined : 'is not a valid tel: link (tel:+44…, digits only)'
    case 'sms': {
      // No number is fine with a body: "share by text message" lets the person pick who to send it to.
      const [to = '', query = ''] = rest.split(/[?&](.*)/s)
      if (to === '') return /(^|&)body=/.test(query) ? undefined : 'has no number and no body'
      return phoneNumber.test(decode(to)) ? undefined : 'is not a valid sms: link (sms:85258?body=…)'
    }
    case 'data':
      return isImage ? undefined : 'uses a data: URL outside an image'
    default:
      return `uses the ${scheme ?? 'unknown'}: scheme; only https:, mailto:, tel: and sms: links are allowed`
  }
}

/** Checks every HTML file (and the sitemap) in `distDir`. */
export function checkLinks(distDir: string, options: { siteOrigin?: string } = {}): LinkReport {
  const files = listFiles(distDir, '.html')
  let siteOrigin = options.siteOrigin
  let sitemap: URL[] = []
  try {
    sitemap = sitemapUrls(distDir)
    siteOrigin ??= sitemap[0]?.origin
  } catch {
    // No sitemap: every absolute https: link counts as external, and the missing sitemap is reported below.
  }
  const base = siteOrigin ?? 'https://site.invalid'
  const problems: LinkProblem[] = []
  const tagsByFile = new Map<string, Tag[]>()
  const tagsOf = (path: string): Tag[] => {
    let tags = tagsByFile.get(path)
    if (tags === undefined) {
      tags = scanTags(readFileSync(path, 'utf8'))
      tagsByFile.set(path, tags)
    }
    return tags
  }
  const targetsByFile = new Map<string, Set<string>>()
  const targetsOf = (path: string): Set<string> => {
    let targets = targetsByFile.get(path)
    if (targets === undefined) {
      targets = fragmentTargets(tagsOf(path))
      targetsByFile.set(path, targets)
    }
    return targets
  }

  /** Checks an internal URL (absolute on `base`); returns the problem, if any. */
  const internalProblem = (url: URL): string | undefined => {
    const target = resolveUrlPath(distDir, url.pathname)
    switch (target.kind) {
      case 'missing':
        return `${url.pathname} is not in the built site`
      case 'outside':
        return `${url.pathname} points outside the site`
      case 'folder-without-slash':
        return `${url.pathname} is a folder: add the trailing slash (${url.pathname}/)`
      case 'file': {
        const fragment = url.hash.slice(1)
        if (fragment === '' || !target.path.endsWith('.html')) return undefined
        let id = fragment
        try {
          id = decodeURIComponent(fragment)
        } catch {
          // Keep the raw fragment; it will not match and is reported.
        }
        if (id === 'top' || targetsOf(target.path).has(id)) return undefined
        return `${url.pathname} has no element with id "${id}"`
      }
    }
  }

  let links = 0
  for (const file of files) {
    const path = join(distDir, file)
    const pagePath = urlPathForFile(file)
    const pageUrl = new URL(pagePath, base)
    for (const link of linksIn(tagsOf(path))) {
      links += 1
      const value = link.value.trim()
      let problem: string | undefined
      if (value === '') problem = 'is empty'
      else if (value === '#') problem = 'goes nowhere ("#"): link to a real target, or use a <button>'
      else if (value.startsWith('//')) problem = 'is protocol-relative: write https:// in full'
      else if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        const url = URL.canParse(value) ? new URL(value) : undefined
        problem =
          url !== undefined && url.origin === siteOrigin
            ? internalProblem(url)
            : externalLinkProblem(value, link.isImage)
      } else if (!URL.canParse(value, pageUrl)) problem = 'is not a valid URL'
      else problem = internalProblem(new URL(value, pageUrl))
      if (problem !== undefined) problems.push({ page: pagePath, where: link.where, value, problem })
    }
  }

  if (sitemap.length === 0) {
    problems.push({
      page: '/sitemap-index.xml',
      where: 'file',
      value: '',
      problem: 'no sitemap, or it is empty',
    })
  }
  for (const url of sitemap) {
    links += 1
    const problem = url.origin === siteOrigin ? internalProblem(url) : `is not on the site's origin ${base}`
    if (problem !== undefined) {
      problems.push({ page: '/sitemap-index.xml', where: 'loc', value: url.href, problem })
    }
  }
  return { pages: files.length, links, problems }
}

/**
 * One line per distinct broken link, with the pages it is on (a broken link in the layout is on every
 * page, and is one fix): `where="value"  problem  (on /, /about/ and 51 more pages)`.
 */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  const pagesByProblem = new Map<string, Set<string>>()
  for (const { page, where, value, problem } of problems) {
    const key = `${where}="${value}"  ${problem}`
    pagesByProblem.set(key, (pagesByProblem.get(key) ?? new Set()).add(page))
  }
  return [...pagesByProblem]
    .map(([key, pageSet]) => {
      const pages = [...pageSet]
      const shown = pages.slice(0, 3).join(', ')
      const more = pages.length > 3 ? ` and ${pages.length - 3} more pages` : ''
      return `${key}  (on ${shown}${more})`
    })
    .join('\n')
}

if (import.meta.main) {
  const distDir = resolve(process.argv[2] ?? 'dist')
  const report = checkLinks(distDir)
  if (report.problems.length > 0) {
    console.error(formatLinkProblems(report.problems))
    console.error(`\n${report.problems.length} broken or malformed links in ${report.pages} pages`)
    process.exitCode = 1
  } else {
    console.log(`${report.links} links in ${report.pages} pages: all resolve`)
  }
}
