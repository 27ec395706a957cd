import QRCode from 'qrcode'

/** A QR code for a web address as a small SVG, black on white so it scans when printed. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  })
}

/** The response for a page's QR code file. */
export async function qrCodeResponse(url: string): Promise<Response> {
  return new Response(await qrCodeSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } })
}
