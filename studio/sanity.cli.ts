import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID ?? 'sample',
    dataset: process.env.SANITY_STUDIO_DATASET ?? 'production',
  },
  // Builds must work offline; a deployed Studio is updated by redeploying it.
  deployment: { autoUpdates: false },
  typegen: {
    path: ['../site/lib/content/queries.ts', '../site/lib/content/studioQueries.ts'],
    schema: './schema.json',
    generates: '../site/lib/content/sanity.types.ts',
  },
})
