import { describe, expect, test } from 'vitest'
import {
  formatPostcode,
  isSafeUrl,
  isUkPhoneNumber,
  isUkPostcode,
  isUkTextNumber,
  timePattern,
  todayInUk,
} from '@findpeersupport/content-model/rules'

describe('isSafeUrl', () => {
  test.each([
    'https://mind.org.uk/',
    'http://example.org/groups',
    'mailto:hello@example.org',
    'tel:+442079460123',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  test('accepts a link with spaces around it', () => {
    expect(isSafeUrl('  https://mind.org.uk/  ')).toBe(true)
  })

  test('refuses javascript: links', () => {
    expect(isSafeUrl('javascript:alert(1)')).toBe(false)
  })

  test('refuses javascript: links however they are written', () => {
    expect(isSafeUrl('JavaScript:alert(1)')).toBe(false)
    expect(isSafeUrl('  javascript:alert(1)')).toBe(false)
  })

  test.each([
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'file:///etc/passwd',
  ])('refuses other schemes: %s', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  test.each(['/about', 'mind.org.uk', 'www.mind.org.uk', ''])(
    'refuses %j, which is not a full address',
    (url) => {
      expect(isSafeUrl(url)).toBe(false)
    },
  )
})

describe('isUkPhoneNumber', () => {
  test.each([
    '020 7946 0123',
    '07700 900123',
    '+44 20 7946 0123',
    '+44 7700 900123',
    '(020) 7946 0123',
    '020-7946-0123',
    '0300 123 3393',
    '0800 068 4141',
    '01632 960123',
  ])('accepts %s', (number) => {
    expect(isUkPhoneNumber(number)).toBe(true)
  })

  test.each(['116 123', '111', '999'])('accepts the short national number %s', (number) => {
    expect(isUkPhoneNumber(number)).toBe(true)
  })

  test.each([
    ['without its area code', '7946 0123'],
    ['too short', '020 7946 01'],
    ['too long', '020 7946 0123 45'],
    ['from another country', '+1 212 555 0123'],
    ['with letters in it', '0800 MIND NOW'],
    ['with an extension written out', '020 7946 0123 ext 4'],
    ['empty', ''],
  ])('refuses a number %s', (_reason, number) => {
    expect(isUkPhoneNumber(number)).toBe(false)
  })
})

describe('isUkTextNumber', () => {
  test('accepts a 5-digit short code like SHOUT’s', () => {
    expect(isUkTextNumber('85258')).toBe(true)
    expect(isUkTextNumber('85 258')).toBe(true)
  })

  test('accepts a mobile number', () => {
    expect(isUkTextNumber('07700 900123')).toBe(true)
  })

  test.each(['8525', '852580', 'SHOUT', '+1 212 555 0123'])('refuses %s', (number) => {
    expect(isUkTextNumber(number)).toBe(false)
  })
})

describe('isUkPostcode', () => {
  test.each(['CR0 1AB', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'EC1A 1BB', 'W1A 0AX', 'DN55 1PT'])(
    'accepts %s',
    (postcode) => {
      expect(isUkPostcode(postcode)).toBe(true)
    },
  )

  test('accepts a postcode in small letters, without its space, or with spaces around it', () => {
    expect(isUkPostcode('cr0 1ab')).toBe(true)
    expect(isUkPostcode('CR01AB')).toBe(true)
    expect(isUkPostcode('  CR0 1AB ')).toBe(true)
  })

  test.each([
    ['only the first half', 'CR0'],
    ['missing its last letter', 'CR0 1A'],
    ['a US zip code', '90210'],
    ['with a dash', 'CR0-1AB'],
    ['a place name', 'Croydon'],
    ['empty', ''],
  ])('refuses %s', (_reason, postcode) => {
    expect(isUkPostcode(postcode)).toBe(false)
  })
})

describe('formatPostcode', () => {
  test('writes a postcode in capitals with one space before the last three characters', () => {
    expect(formatPostcode('cr01ab')).toBe('CR0 1AB')
    expect(formatPostcode(' sw1a 1aa ')).toBe('SW1A 1AA')
    expect(formatPostcode('M11AE')).toBe('M1 1AE')
  })

  test('leaves something that is not a postcode as it was, trimmed', () => {
    expect(formatPostcode('  not known ')).toBe('not known')
  })
})

describe('todayInUk', () => {
  test('gives the date as YYYY-MM-DD', () => {
    expect(todayInUk(new Date('2027-03-09T12:00:00Z'))).toBe('2027-03-09')
  })

  test('is already tomorrow in the UK at 11:30pm UTC in summer time', () => {
    expect(todayInUk(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01')
  })

  test('follows UTC in winter, when the UK is on GMT', () => {
    expect(todayInUk(new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-15')
  })

  test('is still yesterday in the UK when it is already tomorrow in New Zealand', () => {
    expect(todayInUk(new Date('2027-01-15T12:00:00+13:00'))).toBe('2027-01-14')
  })

  test('uses the current time when given none', () => {
    expect(todayInUk()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('timePattern', () => {
  test.each(['00:00', '09:30', '18:00', '23:59'])('accepts the 24-hour time %s', (time) => {
    expect(timePattern.test(time)).toBe(true)
  })

  test.each(['9:30', '24:00', '18:60', '6pm', '18.00'])('refuses %s', (time) => {
    expect(timePattern.test(time)).toBe(false)
  })
})
