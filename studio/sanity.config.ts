import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { withListingActions } from './actions'
import { withEarlierSlugs } from './actions/earlierSlugs'
import { schemaTypes, singletonTypes } from './schemaTypes'
import { structure } from './structure'

export default defineConfig({
  name: 'default',
  title: 'Find Peer Support',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID ?? 'sample',
  dataset: process.env.SANITY_STUDIO_DATASET ?? 'production',
  plugins: [structureTool({ structure })],
  schema: {
    types: schemaTypes,
    // Nobody should make a second settings document from the "new document" menu.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
  },
  document: {
    actions: (actions, context) =>
      singletonTypes.has(context.schemaType)
        ? actions.filter(({ action }) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : withListingActions(withEarlierSlugs(actions, context), context),
  },
})
