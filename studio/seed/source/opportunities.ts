import type { OpportunityInput } from './types.ts'
export const opportunities: OpportunityInput[] = []
