/** Everything in the sample dataset, in the order it is written to studio/seed/sample.ndjson. */
import type { ServiceInput } from './types.ts'
import { croydonServices } from './services/croydon.ts'
import { lambethServices } from './services/lambeth.ts'
import { leedsServices } from './services/leeds.ts'
import { nationalServices } from './services/national.ts'
import { nottinghamServices } from './services/nottingham.ts'
import { oxfordshireServices } from './services/oxfordshire.ts'
import { yorkServices } from './services/york.ts'

export { areas } from './areas.ts'
export { topics } from './topics.ts'
export { organisations } from './organisations.ts'
export { venues } from './venues.ts'
export { courses } from './courses.ts'
export { opportunities } from './opportunities.ts'
export { pages } from './pages.ts'
export { siteSettings } from './siteSettings.ts'

export const services: ServiceInput[] = [
  ...croydonServices,
  ...lambethServices,
  ...leedsServices,
  ...yorkServices,
  ...oxfordshireServices,
  ...nottinghamServices,
  ...nationalServices,
]

/**
 * The one draft: an unpublished edit of a published service. Drafts must never reach the
 * site; tests use this one to prove it.
 */
export const draft = {
  of: 'hear-us-wednesday-evening-peer-group',
  name: 'DRAFT – do not publish: Hear Us Wednesday evening peer group',
  summary: 'DRAFT – do not publish. This unpublished edit must never appear on the site or in search.',
}
