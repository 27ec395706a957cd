import type { APIRoute, GetStaticPaths } from 'astro'
import { directoryIndex } from '../../../lib/directory'
import { qrCodeResponse } from '../../../lib/qrCode'
import { urls } from '../../../lib/urls'

/** The page's QR code, a file of its own so it adds nothing to the page's weight until shown. */
export const getStaticPaths = (async () => {
  const { services } = await directoryIndex()
  return services.map((service) => ({ params: { slug: service.slug } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ params, site }) =>
  qrCodeResponse(new URL(urls.service(String(params.slug)), site).href)
