/**
 * How long each kind of text may be, in characters. The Studio asks for these and the site's door
 * checks them, so a value one accepts the other accepts too.
 */
export const textLimits = {
  /** A listing's or organisation's name: long enough to say what it is. */
  name: { min: 3, max: 120 },
  /** One or two sentences shown in lists and search results. */
  summary: { min: 20, max: 300 },
  /** How to join, enrol or apply. */
  howTo: { min: 1, max: 500 },
  /** A longer note: online details, access, transport, training, a topic's description. */
  note: { min: 1, max: 300 },
  /** A short phrase: who it is for, an alert, cost details, other times, commitment, pay, a meeting's notes. */
  phrase: { min: 1, max: 200 },
  /** An address line, a venue's name, a contact's name, when a crisis line is open. */
  line: { min: 1, max: 120 },
  /** A label: an area, region, town, topic or page title, a crisis line's name, the site's name. */
  label: { min: 1, max: 80 },
  /** The word a crisis text line asks for, like SHOUT. */
  keyword: { min: 1, max: 20 },
} as const

/** One of the limits above. */
export type TextLimit = (typeof textLimits)[keyof typeof textLimits]
