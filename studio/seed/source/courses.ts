import type { CourseInput } from './types.ts'
export const courses: CourseInput[] = []
