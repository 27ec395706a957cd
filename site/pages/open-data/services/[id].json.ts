import type { APIRoute, GetStaticPaths } from 'astro'
import { builtOpenData, jsonFile } from '../../../lib/openData/build'

/** Each listing as one full HSDS service, as the HSDS API's `/services/{id}` answers. */
export const getStaticPaths = (async () => {
  const { services } = await builtOpenData(import.meta.env.SITE)
  return services.map((service) => ({ params: { id: service.id }, props: { service } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => jsonFile(props['service'])
