import { opportunityKinds } from '@findpeersupport/content-model/vocabulary'
import type { OpportunityKind } from '@findpeersupport/content-model/vocabulary'
import { byClosingDate, isOpenOpportunity, type BrowseIndex } from './browse'
import { opportunityCard, type CardContext, type ListingCardView } from './cards'

/** An open opportunity with the words on how to apply, which people need before they click through. */
export type OpportunityItem = { card: ListingCardView; howToApply: string; applyUrl: string | undefined }

/** Open opportunities of one kind, soonest closing first. */
export type OpportunityGroup = { kind: OpportunityKind; title: string; items: OpportunityItem[] }

/** Section headings: the vocabulary's titles name one listing, a section holds several. */
const headings: Record<OpportunityKind, string> = {
  volunteer: 'Volunteer roles',
  paid: 'Paid peer support work',
  training: 'Training to give peer support',
}

/** The get-involved page: open volunteer roles, paid posts and training, each kind on its own. */
export function getInvolvedView(index: BrowseIndex, now: Date): OpportunityGroup[] {
  const context: CardContext = { ...index, now }
  return opportunityKinds.flatMap(({ value }) => {
    const items = index.opportunities
      .filter((opportunity) => opportunity.kind === value && isOpenOpportunity(opportunity, now))
      .sort(byClosingDate)
      .map((opportunity) => ({
        card: opportunityCard(opportunity, context),
        howToApply: opportunity.howToApply,
        applyUrl: opportunity.applyUrl,
      }))
    return items.length > 0 ? [{ kind: value, title: headings[value], items }] : []
  })
}
