import type { DocumentActionComponent } from 'sanity'
import { isListingDocumentType } from '../../site/lib/urls'
import { siteBaseUrl, viewOnSiteState } from './viewOnSite'

// Read once: the Studio's build replaces `process.env.SANITY_STUDIO_*` with the value it was built with.
const configuredSiteUrl = process.env.SANITY_STUDIO_SITE_URL

/** "View on the site": opens the published listing's public page in a new tab. */
export const ViewOnSiteAction: DocumentActionComponent = ({ type, published }) => {
  if (!isListingDocumentType(type)) return null
  const state = viewOnSiteState(type, published, siteBaseUrl(configuredSiteUrl, window.location))
  return {
    label: 'View on the site',
    disabled: state.disabled,
    title: state.title,
    ...(!state.disabled && {
      onHandle: () => {
        window.open(state.url, '_blank', 'noopener')
      },
    }),
  }
}
ViewOnSiteAction.displayName = 'ViewOnSiteAction'
