import { describe, expect, test } from 'vitest'
import { course, eveningGroup, hearUs, linkworker, onlineCommunity } from '../../../tests/fixtures/directory'
import { needsNoReferral } from '@findpeersupport/content-model/rules'
import { accessRoutes, enrolmentRoutes } from '@findpeersupport/content-model/vocabulary'
import { courseCard, isSelfEnrol, listingCard, opportunityCard, organisationCard, serviceCard } from './cards'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'

const context = async (extra: object[] = []) => ({ ...(await fixtureIndex(extra)), now: fixtureNow })
const find = <T extends { _id: string }>(list: readonly T[], id: string) => {
  const found = list.find((entry) => entry._id === id)
  if (!found) throw new Error(`missing ${id}`)
  return found
}

describe('serviceCard', () => {
  test('says what the group is, where, when it meets and who runs it', async () => {
    const index = await context()
    const card = serviceCard(find(index.services, eveningGroup._id), index)
    expect(card).toEqual({
      name: 'Croydon Hearing Voices Group',
      href: '/services/croydon-hearing-voices-group/',
      kind: 'Peer support group',
      areas: ['Croydon'],
      noReferralNeeded: true,
      when: ['Every Tuesday, 6pm to 7:30pm. Not on bank holidays.'],
      organisation: { text: 'Hear Us Croydon', href: '/organisations/hear-us-croydon/' },
      status: undefined,
      details: [],
    })
  })

  test('uses the availability words when there is no schedule', async () => {
    const index = await context()
    const card = serviceCard(find(index.services, onlineCommunity._id), index)
    expect(card.when).toEqual(['Open all the time. Moderators are on from 9am to 9pm.'])
    expect(card.noReferralNeeded).toBe(true)
  })

  test('shows no badge when a GP or professional has to refer', async () => {
    const index = await context([
      variantOf(eveningGroup, 'gp', { accessRoute: 'gp-referral' }),
      variantOf(eveningGroup, 'pro', { accessRoute: 'professional-referral' }),
    ])
    expect(serviceCard(find(index.services, 'variant-gp'), index).noReferralNeeded).toBe(false)
    expect(serviceCard(find(index.services, 'variant-pro'), index).noReferralNeeded).toBe(false)
  })

  test('says when a listing is paused, and nothing when it is running', async () => {
    const index = await context([variantOf(eveningGroup, 'paused', { status: 'paused' })])
    expect(serviceCard(find(index.services, 'variant-paused'), index).status).toBe('Paused for now')
    expect(serviceCard(find(index.services, eveningGroup._id), index).status).toBeUndefined()
  })
})

describe('courseCard', () => {
  test('gives the dates, format, peer tutor and links the prospectus', async () => {
    const index = await context()
    const card = courseCard(find(index.courses, course._id), index)
    expect(card.kind).toBe('Recovery college course')
    expect(card.when.join(' ')).toMatch(/^12 January to 19 January 2027$|^12 to 19 January 2027$/)
    expect(card.details).toEqual(['In person', 'Co-taught by a peer tutor'])
    expect(card.organisation).toEqual({
      text: 'Croydon Recovery College',
      href: '/recovery-colleges/croydon-recovery-college/',
    })
    expect(card.noReferralNeeded).toBe(true)
  })
})

describe('needsNoReferral', () => {
  test('counts going along, contacting them yourself and enrolling yourself as needing no referral', () => {
    expect(accessRoutes.map(({ value }) => [value, needsNoReferral(value)])).toEqual([
      ['open-to-all', true],
      ['self-referral', true],
      ['professional-referral', false],
      ['gp-referral', false],
    ])
    expect(enrolmentRoutes.map(({ value }) => [value, needsNoReferral(value)])).toEqual([
      ['self-enrol', true],
      ['referral', false],
    ])
  })
})

describe('isSelfEnrol', () => {
  test('counts a course as self-enrol only when its college says anyone can enrol', () => {
    expect(isSelfEnrol({ enrolment: 'self-enrol' })).toBe(true)
    expect(isSelfEnrol({ enrolment: 'referral' })).toBe(false)
  })

  test('makes no promise for a course saved before colleges said who can enrol', () => {
    expect(isSelfEnrol({ enrolment: undefined })).toBe(false)
  })
})

describe('opportunityCard', () => {
  test('gives the commitment and the closing date in words', async () => {
    const index = await context([variantOf(linkworker, 'closing', { closingDate: '2027-01-15' })])
    expect(opportunityCard(find(index.opportunities, linkworker._id), index)).toMatchObject({
      kind: 'Volunteer role',
      when: ['Half a day a week for at least 6 months'],
      details: ['No closing date'],
      noReferralNeeded: false,
    })
    expect(opportunityCard(find(index.opportunities, 'variant-closing'), index).details).toEqual([
      'Apply by 15 January 2027',
    ])
  })
})

describe('organisationCard', () => {
  test('names the organisation, links its page and says where it works', async () => {
    const index = await context()
    expect(organisationCard(find(index.organisations, hearUs._id), index)).toEqual({
      name: 'Hear Us Croydon',
      href: '/organisations/hear-us-croydon/',
      kind: 'Organisation',
      areas: ['Croydon'],
      noReferralNeeded: false,
      when: [],
      organisation: undefined,
      status: undefined,
      details: [],
    })
  })
})

describe('listingCard', () => {
  test('gives each kind of listing the card its own list shows', async () => {
    const index = await context()
    const group = find(index.services, eveningGroup._id)
    const college = find(index.courses, course._id)
    expect(listingCard({ type: 'service', entry: group }, index)).toEqual(serviceCard(group, index))
    expect(listingCard({ type: 'course', entry: college }, index)).toEqual(courseCard(college, index))
  })
})
