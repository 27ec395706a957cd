import type { DocumentActionComponent, DocumentActionsContext } from 'sanity'
import { isListingDocumentType } from '../../site/lib/urls'
import { MarkCheckedAction } from './MarkCheckedAction'
import { ViewOnSiteAction } from './ViewOnSiteAction'

/**
 * The directory's own actions on listings with a public page, first in the menu beside Publish.
 * Only on the listing itself: not on an old revision or a copy planned in a release.
 */
export function withListingActions(
  actions: DocumentActionComponent[],
  { schemaType, versionType }: Pick<DocumentActionsContext, 'schemaType' | 'versionType'>,
): DocumentActionComponent[] {
  const isListing =
    isListingDocumentType(schemaType) && (versionType === 'draft' || versionType === 'published')
  if (!isListing) return actions
  const afterPublish = actions.findIndex(({ action }) => action === 'publish') + 1
  return actions.toSpliced(afterPublish, 0, MarkCheckedAction, ViewOnSiteAction)
}
