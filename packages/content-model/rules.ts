import type { AccessRoute, EnrolmentRoute } from './vocabulary'

/**
 * Checks shared by the Studio's validation and the site's validation at the door,
 * so a value the Studio accepts is a value the site can publish.
 */

/** URL schemes a published link may use. Anything else (javascript:, data:) is refused. */
export const safeUrlSchemes = ['https:', 'http:', 'mailto:', 'tel:'] as const

/** True when `url` parses and uses one of the safe schemes. */
export function isSafeUrl(url: string): boolean {
  try {
    return (safeUrlSchemes as readonly string[]).includes(new URL(url.trim()).protocol)
  } catch {
    return false
  }
}

/** A UK phone number as people write it: 0 or +44 then 9 or 10 digits, or 116 123 style and 3-digit numbers. */
export function isUkPhoneNumber(value: string): boolean {
  if (!/^[\d\s()+-]+$/.test(value)) return false
  // "+44 (0)20 ..." is a common way to write a UK number: the (0) is not dialled.
  const digits = value.replace(/^\s*\+44\s*\(0\)/, '+44').replace(/[\s()-]/g, '')
  return /^(?:(?:\+44|0)\d{9,10}|116\d{3}|111|999)$/.test(digits)
}

/** A UK SMS short code (like SHOUT's 85258) or a mobile number. */
export function isUkTextNumber(value: string): boolean {
  return /^\d{5}$/.test(value.replace(/\s/g, '')) || isUkPhoneNumber(value)
}

const postcodePattern = /^([A-Z]{1,2}\d[A-Z\d]?) *(\d[A-Z]{2})$/

/** A full UK postcode, in any case, with or without its space. */
export function isUkPostcode(value: string): boolean {
  return postcodePattern.test(value.trim().toUpperCase())
}

/** A postcode in its standard form: capitals, one space before the last three characters. */
export function formatPostcode(value: string): string {
  const match = postcodePattern.exec(value.trim().toUpperCase())
  return match ? `${match[1]} ${match[2]}` : value.trim()
}

/** A 24-hour clock time, `HH:MM`. */
/** A web address's last part (a slug), as the Studio's "Generate" makes it: lower-case words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

const ukCalendar = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * Today's date in the UK as `YYYY-MM-DD`. Built from the date's parts, not from a locale that happens
 * to write dates that way: partners' browsers run this (in the Studio) and locales' formats change.
 */
export function todayInUk(now: Date = new Date()): string {
  const part = Object.fromEntries(ukCalendar.formatToParts(now).map(({ type, value }) => [type, value]))
  return `${part['year']}-${part['month']}-${part['day']}`
}

/** True when a map position is in or near the United Kingdom, where every venue is. */
export function isInUk({ lat, lng }: { lat: number; lng: number }): boolean {
  return lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8
}

/**
 * True when a person can join without anyone referring them: a service open to all or taking
 * self-referrals, or a course anyone can enrol on. The badge, the search filter and the page's
 * "how to join" all read this, so they cannot disagree.
 */
export function needsNoReferral(route: AccessRoute | EnrolmentRoute): boolean {
  return route === 'open-to-all' || route === 'self-referral' || route === 'self-enrol'
}
