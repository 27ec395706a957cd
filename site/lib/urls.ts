/** The site's stable addresses, in one place (see DESIGN.md, URLs). */
export const urls = {
  home: '/',
  search: '/search/',
  crisis: '/crisis/',
  getInvolved: '/get-involved/',
  areas: '/areas/',
  topics: '/topics/',
  service: (slug: string) => `/services/${slug}/`,
  course: (slug: string) => `/courses/${slug}/`,
  opportunity: (slug: string) => `/opportunities/${slug}/`,
  organisation: (slug: string) => `/organisations/${slug}/`,
  recoveryCollege: (slug: string) => `/recovery-colleges/${slug}/`,
  area: (slug: string) => `/areas/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  serviceCalendar: (slug: string) => `/services/${slug}.ics`,
  courseCalendar: (slug: string) => `/courses/${slug}.ics`,
} as const
