/** A crisis contact as the Studio holds it. */
export type CrisisContact = {
  name: string
  number: string
  method: 'call' | 'text'
  textBody?: string | undefined
  when: string
}

/** `tel:` or `sms:` address for a UK number, with the message prefilled for text lines. */
export function crisisHref(contact: CrisisContact): string {
  const digits = contact.number.replace(/[^\d+]/g, '')
  if (contact.method === 'text') {
    return `sms:${digits}${contact.textBody ? `?&body=${encodeURIComponent(contact.textBody)}` : ''}`
  }
  return `tel:${digits}`
}
