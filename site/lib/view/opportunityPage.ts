import { deliveryModes, opportunityKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { OpportunityData } from '../content/schemas'
import { opportunityStructuredData } from './structuredData'
import { formatDate } from '../time/format'
import { londonDate } from '../time/london'
import { urls } from '../urls'
import {
  audiencesFact,
  checkedView,
  contactLinks,
  organisationLink,
  shareView,
  suggestUpdateHref,
  topicsFact,
  whereWords,
  type Fact,
  type Link,
  type ListingIndex,
  type ListingPageView,
  type SiteContext,
  type StatusView,
} from './listing'

/** Everything a "get involved" page shows, worked out once at build time. */
export type OpportunityPageView = ListingPageView & {
  /** Closed by its status or past its closing date. */
  closed: boolean
  /** How to apply, while applications are open. */
  apply: { details: string; action: Link | undefined; closing: string } | undefined
}

const kindPlurals: Record<OpportunityData['kind'], string> = {
  volunteer: 'volunteer roles',
  paid: 'paid peer support jobs',
  training: 'training courses',
}

/** Whether applications have closed: by its status, or because the closing date has passed in London. */
export function hasClosed(opportunity: OpportunityData, now: Date): boolean {
  return (
    opportunity.status === 'closed' ||
    (opportunity.closingDate !== undefined && opportunity.closingDate < londonDate(now))
  )
}

/** "Closing date: 31 January 2027", "You can apply at any time", or when it closed. */
export function closingText(opportunity: OpportunityData, now: Date): string {
  const { closingDate } = opportunity
  if (closingDate && closingDate < londonDate(now))
    return `Applications closed on ${formatDate(closingDate)}.`
  if (opportunity.status === 'closed') return 'Applications have closed.'
  return closingDate ? `Closing date: ${formatDate(closingDate)}` : 'You can apply at any time'
}

/** Open opportunities of the same kind in the same area. */
export function similarOpportunities(
  opportunity: OpportunityData,
  index: ListingIndex,
  now: Date,
  limit = 3,
): Link[] {
  const areas = new Set(opportunity.areas)
  return index.opportunities
    .filter(
      (other) =>
        other._id !== opportunity._id &&
        other.kind === opportunity.kind &&
        other.status === 'running' &&
        !hasClosed(other, now) &&
        other.areas.some((area) => areas.has(area)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, limit)
    .map((other) => ({ text: other.name, href: urls.opportunity(other.slug) }))
}

function statusView(opportunity: OpportunityData, index: ListingIndex, now: Date): StatusView | undefined {
  const closed = hasClosed(opportunity, now)
  if (!closed && opportunity.status === 'running') return undefined
  const area = index.area(opportunity.areas[0] ?? '')
  return {
    heading: closed ? 'Applications have closed' : 'This is paused for now',
    text: closed ? closingText(opportunity, now) : 'They are not taking applications at the moment.',
    similarHeading: `Other ${kindPlurals[opportunity.kind]} ${whereWords(area)}`,
    similar: similarOpportunities(opportunity, index, now),
    onward: { text: 'See all the ways to get involved', href: urls.getInvolved },
  }
}

function facts(opportunity: OpportunityData, index: ListingIndex, now: Date): Fact[] {
  const organisation = organisationLink(index.organisation(opportunity.organisation))
  const areas = opportunity.areas.map((id) => index.area(id).name).join(', ')
  const delivery = opportunity.delivery.map((mode) => titleOf(deliveryModes, mode).toLowerCase()).join(', ')
  return [
    { term: 'Who can apply', detail: opportunity.whoFor },
    ...audiencesFact('Who it supports', opportunity.audiences),
    ...topicsFact(opportunity.topics, index),
    { term: 'Organisation', detail: organisation.text, href: organisation.href },
    { term: 'Time needed', detail: opportunity.commitment },
    ...(opportunity.pay ? [{ term: 'Pay', detail: opportunity.pay }] : []),
    ...(opportunity.trainingProvided
      ? [{ term: 'Training given', detail: opportunity.trainingProvided }]
      : []),
    { term: 'Where', detail: `${areas}: ${delivery}` },
    // A role open all year says so once, under "How to apply"; a closing date is worth seeing at the top too.
    ...(opportunity.closingDate && !hasClosed(opportunity, now)
      ? [{ term: 'Closing date', detail: formatDate(opportunity.closingDate) }]
      : []),
  ]
}

/** The opportunity page's view: plain strings, links and flags, with the clock passed in. */
export function opportunityPage(
  opportunity: OpportunityData,
  index: ListingIndex,
  now: Date,
  site: SiteContext,
): OpportunityPageView {
  const path = urls.opportunity(opportunity.slug)
  const closed = hasClosed(opportunity, now)
  const open = !closed && opportunity.status === 'running'
  const areas = opportunity.areas.map((id) => index.area(id).name).join(', ')
  return {
    id: opportunity._id,
    name: opportunity.name,
    path,
    summary: opportunity.summary,
    description: opportunity.description,
    kindLine: `${titleOf(opportunityKinds, opportunity.kind)} · ${areas}`,
    closed,
    noReferralBadge: false,
    status: statusView(opportunity, index, now),
    alert: opportunity.alert,
    checked: checkedView(opportunity.lastChecked, now, !closed),
    facts: facts(opportunity, index, now),
    apply: closed
      ? undefined
      : {
          details: opportunity.howToApply,
          action:
            open && opportunity.applyUrl ? { text: 'Apply online', href: opportunity.applyUrl } : undefined,
          closing: closingText(opportunity, now),
        },
    contact: contactLinks(opportunity.contact),
    contactName: opportunity.contact.name,
    share: shareView(opportunity.name, path, site),
    suggestUpdateHref: suggestUpdateHref(opportunity, path, site),
    searchable: !closed,
    structuredData: opportunityStructuredData(opportunity, index, site),
  }
}
