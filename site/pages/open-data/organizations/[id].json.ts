import type { APIRoute, GetStaticPaths } from 'astro'
import { builtOpenData, jsonFile } from '../../../lib/openData/build'

/** Each organisation with the listings it runs, as the HSDS API's `/organizations/{id}` answers. */
export const getStaticPaths = (async () => {
  const { organizations } = await builtOpenData(import.meta.env.SITE)
  return organizations.map((organization) => ({ params: { id: organization.id }, props: { organization } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => jsonFile(props['organization'])
