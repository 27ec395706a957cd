import type { APIRoute, GetStaticPaths } from 'astro'
import { builtOpenData, jsonFile } from '../../../lib/openData/build'
import { hsdsPages, serviceListEntry } from '../../../lib/openData/pages'

/** Every listing as HSDS services, page by page, as the HSDS API's `/services?page=N` answers. */
export const getStaticPaths = (async () => {
  const { services } = await builtOpenData(import.meta.env.SITE)
  return hsdsPages(services.map(serviceListEntry)).map((page) => ({
    params: { number: String(page.page_number) },
    props: { page },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => jsonFile(props['page'])
