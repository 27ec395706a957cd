/** Reading the site's built scripts, at build time. */

/**
 * The scripts a bundled script at `url` imports statically (`import{a}from"./london.x1.js"`), as
 * addresses: they load with it, so a page that preloads it, or a worker that stores it, needs them too.
 */
export function scriptImports(script: string, url: string): string[] {
  const found = script.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g)
  return [
    ...new Set([...found].map((match) => new URL(match[1] ?? '', `https://site.invalid${url}`).pathname)),
  ]
}
