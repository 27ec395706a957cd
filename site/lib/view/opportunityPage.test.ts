import { describe, expect, test } from 'vitest'
import { hearingVoices, linkworker, referenceItem } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { closingText, opportunityPage } from './opportunityPage'

const site = { url: 'https://findpeersupport.example.org', updatesEmail: 'updates@example.org' }

async function pageFor(id: string, extra: object[] = []) {
  const index = await fixtureIndex(extra)
  const entry = index.opportunities.find((candidate) => candidate._id === id)
  if (!entry) throw new Error(`no opportunity ${id}`)
  return { page: opportunityPage(entry, index, fixtureNow, site), entry }
}

describe('opportunityPage', () => {
  test('says what the role is, who runs it, who can apply, the time it takes and the pay', async () => {
    const { page } = await pageFor(linkworker._id)
    expect(page.kindLine).toBe('Volunteer role · Croydon')
    expect(page.noReferralBadge).toBe(false)
    expect(page.facts).toEqual([
      { term: 'Who can apply', detail: 'People with their own experience of mental health services' },
      { term: 'Who it supports', detail: 'People staying in hospital' },
      {
        term: 'Topic',
        detail: 'Hearing voices',
        links: [{ text: 'Hearing voices', href: '/topics/hearing-voices/' }],
      },
      { term: 'Organisation', detail: 'Hear Us Croydon', href: '/organisations/hear-us-croydon/' },
      { term: 'Time needed', detail: 'Half a day a week for at least 6 months' },
      { term: 'Pay', detail: 'Travel and lunch expenses paid' },
      { term: 'Where', detail: 'Croydon: in person' },
    ])
    // Open all year: said once, under "How to apply", not again among the facts.
    expect(page.apply).toEqual({
      details: 'Ring or email us for a chat and an application form.',
      action: undefined,
      closing: 'You can apply at any time',
    })
    expect(page.searchable).toBe(true)
  })

  test('links each of its topics to the topic’s page', async () => {
    const recovery = variantOf(hearingVoices, 'recovery', { name: 'Recovery' })
    const role = variantOf(linkworker, 'two-topics', {
      topics: [referenceItem(hearingVoices._id), referenceItem(recovery._id)],
    })
    const { page } = await pageFor(role._id, [recovery, role])
    expect(page.facts.find((fact) => fact.term === 'Topics')?.links).toEqual([
      { text: 'Hearing voices', href: '/topics/hearing-voices/' },
      { text: 'Recovery', href: '/topics/variant-recovery/' },
    ])
  })

  test('a role that names no topic or group of people leaves those facts out rather than saying nothing', async () => {
    const role = variantOf(linkworker, 'untagged', { topics: [], audiences: [] })
    const { page } = await pageFor(role._id, [role])
    expect(page.facts.map((fact) => fact.term)).not.toContain('Topic')
    expect(page.facts.map((fact) => fact.term)).not.toContain('Who it supports')
  })

  test('gives the closing date and an apply link while it is open', async () => {
    const open = variantOf(linkworker, 'open', {
      closingDate: '2027-01-31',
      applyUrl: 'https://example.org/apply',
    })
    const { page } = await pageFor(open._id, [open])
    expect(page.apply?.closing).toBe('Closing date: 31 January 2027')
    expect(page.facts).toContainEqual({ term: 'Closing date', detail: '31 January 2027' })
    expect(page.apply?.action).toEqual({ text: 'Apply online', href: 'https://example.org/apply' })
  })

  test('past its closing date it says it has closed, drops the apply section and leaves search', async () => {
    const past = variantOf(linkworker, 'past', {
      closingDate: '2026-11-21',
      applyUrl: 'https://example.org/apply',
    })
    const { page } = await pageFor(past._id, [past])
    expect(page.closed).toBe(true)
    expect(page.status?.heading).toBe('Applications have closed')
    expect(page.status?.text).toBe('Applications closed on 21 November 2026.')
    expect(page.status?.similar).toEqual([
      { text: 'Volunteer Linkworker', href: '/opportunities/volunteer-linkworker/' },
    ])
    expect(page.apply).toBeUndefined()
    expect(page.searchable).toBe(false)
  })
})

describe('closingText', () => {
  test('is still open on the closing date itself', async () => {
    const today = variantOf(linkworker, 'today', { closingDate: '2026-11-22' })
    const { entry } = await pageFor(today._id, [today])
    expect(closingText(entry, fixtureNow)).toBe('Closing date: 22 November 2026')
  })
})
