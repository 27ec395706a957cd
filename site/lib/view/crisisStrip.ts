import { crisisHref, type CrisisContact } from '../crisis'

/** How many crisis contacts the strip shows on a phone; the rest are one tap away on /crisis/. */
export const contactsOnPhone = 2

/** The longest first clause of `when` a phone keeps, like "option 2"; longer words wait for /crisis/. */
const shortWhen = 12

/** One crisis contact as the strip shows it. */
export type CrisisStripItem = {
  name: string
  href: string
  /** "999", or "text SHOUT to 85258" */
  number: string
  /** The words after the number that every screen shows: ", option 2", or nothing. */
  whenOnPhone: string
  /** The rest of the words, which wider screens add: ", for urgent mental health help". */
  whenRest: string
  /** Whether a phone shows it, or leaves it for the crisis page to keep the strip to two lines. */
  onPhone: boolean
}

/**
 * The crisis strip's contacts, in the order the Studio gives them. A phone shows the first two,
 * with the first part of `when` only if it is a few words ("NHS 111, option 2", "Emergency 999"),
 * so the strip stays within two lines and the page's own content starts on the first screen.
 */
export const crisisStripItems = (contacts: readonly CrisisContact[]): CrisisStripItem[] =>
  contacts.map((contact, index) => {
    const first = contact.when.split(',')[0] ?? ''
    const keepFirst = first.length <= shortWhen
    return {
      name: contact.name,
      href: crisisHref(contact),
      number:
        contact.method === 'text' && contact.textBody
          ? `text ${contact.textBody} to ${contact.number}`
          : contact.number,
      whenOnPhone: keepFirst ? `, ${first}` : '',
      whenRest: keepFirst ? contact.when.slice(first.length) : `, ${contact.when}`,
      onPhone: index < contactsOnPhone,
    }
  })
