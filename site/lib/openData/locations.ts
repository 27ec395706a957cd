import type { AreaData, VenueData } from '../content/schemas'
import { urls } from '../urls'
import type { HsdsAccessibility, HsdsLocation, HsdsServiceArea, HsdsServiceAtLocation } from './hsds'
import { documentId, partId } from './ids'

/** A venue's access facts, each said whether it is there or not: only what the venue says is written. */
function accessibility(venue: VenueData, locationId: string): HsdsAccessibility[] {
  const facts = [
    ['step-free', venue.stepFree, 'Step-free access', 'No step-free access'],
    ['toilet', venue.accessibleToilet, 'Accessible toilet', 'No accessible toilet'],
    ['hearing-loop', venue.hearingLoop, 'Hearing loop', 'No hearing loop'],
  ] as const
  const known = facts.flatMap(([code, value, yes, no]) =>
    value === undefined
      ? []
      : [
          {
            id: partId(locationId, 'accessibility', code),
            location_id: locationId,
            description: value ? yes : no,
          },
        ],
  )
  const notes = venue.accessNotes
    ? [
        {
          id: partId(locationId, 'accessibility', 'notes'),
          location_id: locationId,
          description: 'Access notes',
          details: venue.accessNotes,
        },
      ]
    : []
  return [...known, ...notes]
}

/** A venue as an HSDS location, with its address and access facts. */
export function venueLocation(venue: VenueData, area: AreaData): HsdsLocation {
  const id = documentId('venue', venue._id)
  return {
    id,
    location_type: 'physical',
    name: venue.name,
    ...(venue.transport ? { transportation: venue.transport } : {}),
    latitude: venue.location.lat,
    longitude: venue.location.lng,
    addresses: [
      {
        id: partId(id, 'address'),
        location_id: id,
        address_1: venue.address.line1,
        ...(venue.address.line2 ? { address_2: venue.address.line2 } : {}),
        city: venue.address.town,
        // The UK has no states; the local authority is the nearest thing, and its region follows.
        state_province: area.name,
        region: area.region,
        postal_code: venue.address.postcode,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: accessibility(venue, id),
  }
}

/** Where a service meets: the link between the service and one venue. */
export const serviceAtLocation = (serviceId: string, location: HsdsLocation): HsdsServiceAtLocation => ({
  id: partId(serviceId, 'at', location.id),
  service_id: serviceId,
  location_id: location.id,
  location,
})

/** An area a listing serves, pointing at the area's page. */
export const serviceArea = (serviceId: string, area: AreaData, siteUrl: string | URL): HsdsServiceArea => ({
  id: partId(serviceId, 'area', documentId('area', area._id)),
  service_id: serviceId,
  name: area.name,
  description: `${area.name}, ${area.region}`,
  uri: new URL(urls.area(area.slug), siteUrl).href,
})
