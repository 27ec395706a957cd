import type { ReferenceValue, ValidationContext } from 'sanity'

/**
 * A listing delivered in person needs somewhere to go; one delivered only online or by
 * phone needs no venue.
 */
export function needsVenueWhenInPerson(venues: unknown, context: ValidationContext): true | string {
  const delivery = (context.document?.delivery ?? []) as string[]
  const format = context.document?.format
  const inPerson = delivery.includes('in-person') || format === 'in-person' || format === 'blended'
  const hasVenue = Array.isArray(venues)
    ? venues.length > 0
    : Boolean((venues as ReferenceValue | undefined)?._ref)
  return inPerson && !hasVenue ? 'Add a venue, or set how it happens to online or phone only' : true
}
