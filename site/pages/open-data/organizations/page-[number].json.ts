import type { APIRoute, GetStaticPaths } from 'astro'
import { builtOpenData, jsonFile } from '../../../lib/openData/build'
import { hsdsPages, organizationListEntry } from '../../../lib/openData/pages'

/** Every organisation, page by page, as the HSDS API's `/organizations?page=N` answers. */
export const getStaticPaths = (async () => {
  const { organizations } = await builtOpenData(import.meta.env.SITE)
  return hsdsPages(organizations.map(organizationListEntry)).map((page) => ({
    params: { number: String(page.page_number) },
    props: { page },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => jsonFile(props['page'])
