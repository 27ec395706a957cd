import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { describe, expect, test } from 'vitest'
import { course, eveningGroup } from '../../tests/fixtures/directory'
import { listingCardTree } from '../lib/view/cardTree'
import { courseCard, serviceCard, type ListingCardView } from '../lib/view/cards'
import { elementHtml } from '../lib/view/elementTree'
import { fixtureIndex, fixtureNow, variantOf } from '../../tests/fixtures/index'
import ListingCard from './ListingCard.astro'

async function cards() {
  const index = await fixtureIndex([
    variantOf(eveningGroup, 'gp', { accessRoute: 'gp-referral' }),
    variantOf(eveningGroup, 'paused', { status: 'paused' }),
  ])
  const context = { ...index, now: fixtureNow }
  const find = <T extends { _id: string }>(list: readonly T[], id: string): T => {
    const found = list.find((entry) => entry._id === id)
    if (!found) throw new Error(`No fixture has the id "${id}"`)
    return found
  }
  const service = (id: string) => serviceCard(find(index.services, id), context)
  return {
    selfReferral: service(eveningGroup._id),
    referralNeeded: service('variant-gp'),
    paused: service('variant-paused'),
    course: courseCard(find(index.courses, course._id), context),
  }
}

async function render(card: ListingCardView, headingLevel?: 2 | 3 | 4, showOrganisation?: boolean) {
  const container = await AstroContainer.create()
  return container.renderToString(ListingCard, { props: { card, headingLevel, showOrganisation } })
}

describe('ListingCard', () => {
  test('names the listing as a link in a heading at the level asked for', async () => {
    const html = await render((await cards()).selfReferral, 2)
    expect(html).toMatch(
      /<h2[^>]*><a href="\/services\/croydon-hearing-voices-group\/">Croydon Hearing Voices Group<\/a><\/h2>/,
    )
    expect(html).toContain('Peer support group')
    expect(html).toContain('Every Tuesday, 6pm to 7:30pm')
    expect(html).toMatch(/Run by <a href="\/organisations\/hear-us-croydon\/">Hear Us Croydon<\/a>/)
  })

  test('shows the no-referral badge for a self-referral group', async () => {
    expect(await render((await cards()).selfReferral)).toContain('No referral needed')
  })

  test('shows no badge when a GP has to refer', async () => {
    expect(await render((await cards()).referralNeeded)).not.toContain('No referral needed')
  })

  test('says a paused listing is paused', async () => {
    expect(await render((await cards()).paused)).toContain('Paused for now')
    expect(await render((await cards()).selfReferral)).not.toContain('Paused')
  })

  test('shows a course with its format, peer tutor and the badge for self-enrolment', async () => {
    const html = await render((await cards()).course)
    expect(html).toContain('In person. Co-taught by a peer tutor')
    expect(html).toContain('No referral needed')
    expect(html).toContain('/recovery-colleges/croydon-recovery-college/')
  })

  test('leaves out "Run by" on the page of the organisation itself', async () => {
    expect(await render((await cards()).selfReferral, 3, false)).not.toContain('Run by')
  })

  test('draws the very card search draws, so the two cannot drift apart', async () => {
    const card = (await cards()).paused
    expect(await render(card)).toBe(elementHtml(listingCardTree(card)))
  })
})
