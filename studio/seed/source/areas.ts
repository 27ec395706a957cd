import type { AreaInput } from './types.ts'

/** The local authorities the sample directory covers, and the one national area. */
export const areas: AreaInput[] = [
  { id: 'croydon', name: 'Croydon', region: 'London' },
  { id: 'lambeth', name: 'Lambeth', region: 'London' },
  { id: 'leeds', name: 'Leeds', region: 'Yorkshire and the Humber' },
  { id: 'york', name: 'York', region: 'Yorkshire and the Humber' },
  { id: 'oxfordshire', name: 'Oxfordshire', region: 'South East' },
  { id: 'nottingham', name: 'Nottingham', region: 'East Midlands' },
  { id: 'national-and-online', name: 'National and online', region: 'England', isNational: true },
]
