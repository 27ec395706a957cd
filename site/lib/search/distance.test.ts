import { describe, expect, test } from 'vitest'
import { distanceInMiles, distanceText, nearestDistance, parsePlaces } from './distance'

const eastCroydon = { lat: 51.3755, lng: -0.0925 }
const westCroydon = { lat: 51.3784, lng: -0.1026 }
const leeds = { lat: 53.7949, lng: -1.5474 }

describe('distanceInMiles', () => {
  test('measures short hops across a town', () => {
    expect(distanceInMiles(eastCroydon, westCroydon)).toBeCloseTo(0.48, 1)
  })
  test('measures Croydon to Leeds as about 180 miles in a straight line', () => {
    expect(distanceInMiles(eastCroydon, leeds)).toBeGreaterThan(175)
    expect(distanceInMiles(eastCroydon, leeds)).toBeLessThan(185)
  })
  test('is zero from a place to itself', () => {
    expect(distanceInMiles(leeds, leeds)).toBe(0)
  })
})

describe('distanceText', () => {
  test('says tenths of a mile nearby, whole miles further away, and "mile" for exactly one', () => {
    expect(distanceText(0.84)).toBe('0.8 miles away')
    expect(distanceText(1.02)).toBe('1 mile away')
    expect(distanceText(12.4)).toBe('12 miles away')
    expect(distanceText(0.02)).toBe('Less than 0.1 miles away')
  })
})

describe('parsePlaces and nearestDistance', () => {
  test('read venues back from the card details and pick the nearest', () => {
    const places = parsePlaces('53.7949,-1.5474;51.3784,-0.1026;bad')
    expect(places).toHaveLength(2)
    expect(nearestDistance(eastCroydon, places)).toBeCloseTo(0.48, 1)
  })
  test('give no distance for a listing with no venue', () => {
    expect(nearestDistance(eastCroydon, parsePlaces(undefined))).toBeUndefined()
  })
})
