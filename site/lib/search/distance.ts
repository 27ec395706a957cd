/** A point on the map, in degrees. */
export interface LatLng {
  lat: number
  lng: number
}

const earthRadiusMiles = 3958.8
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Straight-line distance in miles between two points (the haversine formula). */
export function distanceInMiles(from: LatLng, to: LatLng): number {
  const dLat = radians(to.lat - from.lat)
  const dLng = radians(to.lng - from.lng)
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * earthRadiusMiles * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** "0.8 miles away", "1 mile away", "12 miles away": what a card says about distance. */
export function distanceText(miles: number): string {
  if (miles < 0.1) return 'Less than 0.1 miles away'
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles)
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'} away`
}

/** Reads the `places` card detail ("lat,lng;lat,lng") back into points, skipping anything malformed. */
export function parsePlaces(places: string | undefined): LatLng[] {
  if (!places) return []
  return places.split(';').flatMap((pair) => {
    const [lat, lng] = pair.split(',').map(Number)
    return lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng)
      ? [{ lat, lng }]
      : []
  })
}

/** The distance to the nearest of a listing's venues, or undefined when it has none (online, phone). */
export function nearestDistance(from: LatLng, places: readonly LatLng[]): number | undefined {
  return places.length === 0 ? undefined : Math.min(...places.map((place) => distanceInMiles(from, place)))
}
