/*
 * Where the search engine (Pagefind) lives, and which build's index a page asks for. Pagefind
 * fetches its entry file with a new `?ts=` each time unless told a tag, so no cache, and no
 * preload, could ever serve it; the build's own time is the tag, so each build's entry file has
 * an address of its own and may be kept for as long as that build is live.
 */

/** Pagefind's script, which loads the rest of its files from beside it. */
export const pagefindScript = '/pagefind/pagefind.js'

/** The tag for the index built at `builtAt`: short, and new for every build. */
export const indexTag = (builtAt: Date): string => builtAt.getTime().toString(36)

/** The address Pagefind fetches its entry file from, given `tag` as its `metaCacheTag`. */
export const pagefindEntry = (tag: string): string => `/pagefind/pagefind-entry.json?ts=${tag}`

/**
 * The name of the `<meta>` on the search page that lists Pagefind's metadata and WebAssembly for
 * this build (space-separated addresses), for its script to fetch together when it needs them.
 */
export const engineFilesMeta = 'search-engine-files'
