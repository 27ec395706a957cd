import type { AreaData, OrganisationData } from '../content/schemas'
import { pageUrls } from '../urls'
import type { BrowseIndex } from './browse'
import { getInvolvedView } from './getInvolved'
import { organisationsByLetter } from './organisationIndex'
import { listPages, opportunitiesPerPage, organisationsPerPage } from './pages'

/** "Get involved" split into pages of at most `opportunitiesPerPage` roles; kinds carry on across pages. */
export function getInvolvedPages(index: BrowseIndex, now: Date) {
  const sections = getInvolvedView(index, now).map(({ kind, title, items }) => ({ id: kind, title, items }))
  return listPages(sections, opportunitiesPerPage, pageUrls.getInvolved)
}

/**
 * The organisations A to Z split into pages of at most `organisationsPerPage` names. Pages of
 * equal length rather than a page a letter: letters are very uneven (many names start with S,
 * few with Q), and the letter links on every page still reach any letter in one step.
 */
export function organisationPages(
  organisations: readonly OrganisationData[],
  area: (id: string) => AreaData,
) {
  const sections = organisationsByLetter(organisations, area).map(({ id, letter, organisations: items }) => ({
    id,
    title: letter,
    items,
  }))
  return listPages(sections, organisationsPerPage, pageUrls.organisations)
}
