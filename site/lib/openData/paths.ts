/*
 * Where the open data lives: static files laid out like the HSDS API's endpoints, so
 * `/services?page=2` is `services/page-2.json` and `/services/{id}` is `services/{id}.json`.
 */

/** The files of one HSDS list (`services` or `organizations`), page by page and one by one. */
const listFiles = (list: 'services' | 'organizations') => ({
  page: (pageNumber: number | 'N') => `/open-data/${list}/page-${pageNumber}.json`,
  item: (id: string) => `/open-data/${list}/${id}.json`,
})

export const openDataFiles = {
  services: listFiles('services'),
  organizations: listFiles('organizations'),
} as const
