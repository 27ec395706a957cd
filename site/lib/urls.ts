/**
 * Where the later pages of a list that shares its folder with listings go (`/courses/page/2/`),
 * so they can never clash with a listing whose address is a number, such as a course called "2".
 */
export const pagesFolder = 'page/'

/** Page `n` of the list at `first`: page 1 keeps that address, later ones add `prefix` and the number. */
const laterPage = (first: string, n: number, prefix = ''): string =>
  n === 1 ? first : `${first}${prefix}${n}/`

/** The site's stable addresses, in one place (see DESIGN.md, URLs). */
export const urls = {
  home: '/',
  search: '/search/',
  crisis: '/crisis/',
  getInvolved: '/get-involved/',
  areas: '/areas/',
  topics: '/topics/',
  courses: '/courses/',
  recoveryColleges: '/recovery-colleges/',
  organisations: '/organisations/',
  service: (slug: string) => `/services/${slug}/`,
  course: (slug: string) => `/courses/${slug}/`,
  opportunity: (slug: string) => `/opportunities/${slug}/`,
  organisation: (slug: string) => `/organisations/${slug}/`,
  recoveryCollege: (slug: string) => `/recovery-colleges/${slug}/`,
  area: (slug: string) => `/areas/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  serviceCalendar: (slug: string) => `/services/${slug}.ics`,
  courseCalendar: (slug: string) => `/courses/${slug}.ics`,
  /** Every listing, one row each, for a spreadsheet. */
  listingsCsv: '/open-data/listings.csv',
  /** Staff build a printed handout of several listings here. */
  leaflet: '/leaflet/',
  /** Open Referral (HSDS) files and the CSV, explained. */
  openData: '/open-data/',
  /** The directory in numbers, and the same figures for a spreadsheet. */
  numbers: '/about/numbers/',
  numbersCsv: '/about/numbers.csv',
  studio: '/studio/',
} as const

/**
 * Page `n` of each long browse list: page 1 is the list's own address. (Kept apart from `urls`,
 * which the search and leaflet scripts carry, so their bundles do not grow.)
 */
export const pageUrls = {
  topic: (slug: string, n: number) => laterPage(urls.topic(slug), n),
  area: (slug: string, n: number) => laterPage(urls.area(slug), n),
  courses: (n: number) => laterPage(urls.courses, n, pagesFolder),
  organisations: (n: number) => laterPage(urls.organisations, n, pagesFolder),
  getInvolved: (n: number) => laterPage(urls.getInvolved, n),
} as const

/** Where the site says it lives when no real address is configured (`SITE_URL` at build time). */
export const placeholderSiteUrl = 'https://findpeersupport.example.org'

/**
 * Each kind of listing's public page, by its Sanity document type. The Studio's "View on the site"
 * and "Mark as checked today" actions are offered for exactly these types.
 */
export const listingPages = {
  service: urls.service,
  course: urls.course,
  opportunity: urls.opportunity,
} as const

/** A Sanity document type that has a public listing page: `service`, `course` or `opportunity`. */
export type ListingDocumentType = keyof typeof listingPages

/** The Studio's document types that have a public listing page. */
export const listingDocumentTypes = Object.keys(listingPages) as ListingDocumentType[]

/** True when documents of this Sanity type have a public listing page. */
export const isListingDocumentType = (type: string): type is ListingDocumentType =>
  Object.hasOwn(listingPages, type)

/**
 * Opens a document in the Studio at /studio through Sanity's "edit" intent. The Studio there uses
 * hash history with one workspace at `/`, so its router reads `/intent/edit/id=…;type=…` after the `#`.
 */
export const studioEditPath = (id: string, type: string): string =>
  `${urls.studio}#/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}`
