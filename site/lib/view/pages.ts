/**
 * Long browse lists split into numbered pages, so that each page stays within the 14 KB first
 * round trip (gzipped HTML and its inline CSS) on a slow phone, and every listing is still one
 * plain link away without JavaScript.
 */

/**
 * Listing cards on one page of a topic, an area or the courses list. The page around the cards
 * (header, crisis numbers, footer, inline CSS) is about 6.5 KB gzipped, and the sample's real
 * cards add 50 to 100 bytes each on a page of other cards, so 60 cards come to about 12 KB.
 * Every sample page fits on one page (the largest, /topics/recovery/, has 51 cards).
 */
export const cardsPerPage = 60

/** Roles on one page of "Get involved": each card also says how to apply, about twice a plain card. */
export const opportunitiesPerPage = 40

/** Names on one page of the organisations A to Z: a name, its kind and areas, about 40 bytes each. */
export const organisationsPerPage = 150

/** A run of items under one heading, as a browse page shows it. */
export type Section<Item> = { id: string; title: string; items: readonly Item[] }

/** The part of a section that one page holds. */
export type PageSection<S extends Section<unknown>> = S & {
  /** True when the section began on an earlier page, so its heading says "(continued)". */
  continued: boolean
  /** How many items the whole section holds, across pages. */
  total: number
}

/**
 * Splits sections, in order, into pages of at most `perPage` items. A section that does not fit
 * carries on at the top of the next page; every item lands on exactly one page. There is always
 * at least one page, so a list with nothing in it still has its page 1.
 */
export function splitIntoPages<Item, S extends Section<Item>>(
  sections: readonly S[],
  perPage: number,
): PageSection<S>[][] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`splitIntoPages needs a whole number of items per page of 1 or more, not ${perPage}`)
  const pages: PageSection<S>[][] = [[]]
  let room = perPage
  for (const section of sections) {
    let start = 0
    do {
      if (room === 0 && start < section.items.length) {
        pages.push([])
        room = perPage
      }
      const items = section.items.slice(start, start + room)
      pages.at(-1)?.push({ ...section, items, continued: start > 0, total: section.items.length })
      start += items.length
      room -= items.length
    } while (start < section.items.length)
  }
  return pages
}

/** Where a page is, and the address of any page of the same list. */
export type PagePlace = { number: number; count: number; href: (number: number) => string }

/** A link in a list's jump-to menu: to the section's heading on the page where it starts. */
export type SectionLink = { id: string; title: string; href: string }

/** The heading a jump link leads to: a section's own, or that of the part of the page it is in. */
export type JumpTarget = { id: string; title: string }

/**
 * A jump link for each heading the sections fall under (`target`; by default their own), to the
 * page where it starts: `#id` when that is this page, so a list on one page keeps plain
 * fragment links.
 */
export function sectionLinks<S extends Section<unknown>>(
  pages: readonly (readonly S[])[],
  place: PagePlace,
  target: (section: S) => JumpTarget = ({ id, title }) => ({ id, title }),
): SectionLink[] {
  const links = new Map<string, SectionLink>()
  pages.forEach((sections, index) => {
    for (const section of sections) {
      const { id, title } = target(section)
      if (links.has(id)) continue
      const page = index + 1
      links.set(id, { id, title, href: page === place.number ? `#${id}` : `${place.href(page)}#${id}` })
    }
  })
  return [...links.values()]
}

/** One page of a long list: its place, its sections, the jump links and the pagination bar. */
export type ListPage<S extends Section<unknown>> = {
  number: number
  count: number
  sections: PageSection<S>[]
  contents: SectionLink[]
  pagination: PaginationView
}

/**
 * A list split into pages of at most `perPage` items (see `splitIntoPages`), each with its jump
 * links and pagination bar; `href` gives the address of page n.
 */
export function listPages<Item, S extends Section<Item>>(
  sections: readonly S[],
  perPage: number,
  href: (number: number) => string,
  target?: (section: S) => JumpTarget,
): ListPage<S>[] {
  const pages = splitIntoPages<Item, S>(sections, perPage)
  return pages.map((sections, index) => {
    const place = { number: index + 1, count: pages.length, href }
    return {
      number: place.number,
      count: place.count,
      sections,
      contents: sectionLinks(pages, place, target),
      pagination: pagination(place),
    }
  })
}

/** The page's title with its place in the list, when there is more than one page. */
export const pageTitle = (title: string, place: Pick<PagePlace, 'number' | 'count'>): string =>
  place.count > 1 ? `${title} (page ${place.number} of ${place.count})` : title

/** One entry in the row of page numbers: a page, or a gap standing for the pages left out. */
export type PageNumber = { number: number; href: string; current: boolean } | { gap: true }

/** The pagination bar: previous and next pages, and the page numbers to show. */
export type PaginationView = {
  number: number
  count: number
  previous: string | undefined
  next: string | undefined
  numbers: PageNumber[]
}

/**
 * The pagination bar for a page. It shows the first and last pages and those either side of
 * this one, with gaps between (1 … 4 5 6 … 20), so the bar stays short on a list of 100 pages.
 */
export function pagination(place: PagePlace): PaginationView {
  const { number, count, href } = place
  const shown = [
    ...new Set([1, number - 1, number, number + 1, count].filter((page) => page >= 1 && page <= count)),
  ].sort((a, b) => a - b)
  const numbers: PageNumber[] = []
  shown.forEach((page, index) => {
    const before = shown[index - 1]
    // A gap of one page is shown as that page: a number is as short as the gap and more use.
    if (before !== undefined && page - before === 2)
      numbers.push({ number: before + 1, href: href(before + 1), current: false })
    else if (before !== undefined && page - before > 2) numbers.push({ gap: true })
    numbers.push({ number: page, href: href(page), current: page === number })
  })
  return {
    number,
    count,
    previous: number > 1 ? href(number - 1) : undefined,
    next: number < count ? href(number + 1) : undefined,
    numbers,
  }
}

/**
 * The value of a `[...page]` route parameter for page `number`: none for page 1, which keeps the
 * list's own address, and `prefix` plus the number for later ones (`2`, or `page/2`).
 */
export const pageParam = (number: number, prefix = ''): string | undefined =>
  number === 1 ? undefined : `${prefix}${number}`
