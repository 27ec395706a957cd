import type { PageInput } from './types.ts'
export const pages: PageInput[] = []
