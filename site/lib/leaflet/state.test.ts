import { describe, expect, test } from 'vitest'
import {
  addToLeafletHref,
  leafletHref,
  leafletRef,
  maxListings,
  moved,
  parseLeaflet,
  refForPath,
  renamed,
  withAdded,
  without,
  type LeafletRef,
} from './state'

const group = 'services/croydon-hearing-voices' as const
const course = 'courses/understanding-anxiety-spring-2027' as const
const role = 'opportunities/linkworker-volunteer' as const
const many = (count: number): LeafletRef[] =>
  Array.from({ length: count }, (_, index) => `services/group-${index + 1}` as const)

describe('leafletRef', () => {
  test('reads a service, a course and an opportunity', () => {
    expect([group, course, role].map(leafletRef)).toEqual([group, course, role])
  })

  test('forgives a pasted page path, capitals and spaces', () => {
    expect(leafletRef(' /Services/Croydon-Hearing-Voices/ ')).toBe(group)
  })

  test('refuses other folders, extra path parts and anything that is not a slug', () => {
    for (const part of [
      'organisations/croydon-mind',
      'services/../studio',
      'services/a/b',
      'services/',
      'services/<script>',
      'services/a--b',
      'javascript:alert(1)',
      `services/${'a'.repeat(121)}`,
    ])
      expect(leafletRef(part), part).toBeUndefined()
  })
})

describe('refForPath', () => {
  test('knows a listing page path, and nothing else', () => {
    expect(refForPath('/courses/understanding-anxiety-spring-2027/')).toBe(course)
    expect(refForPath('/services/')).toBeUndefined()
    expect(refForPath('/leaflet/')).toBeUndefined()
  })
})

describe('parseLeaflet', () => {
  test('keeps the listings of a shared leaflet link in their order', () => {
    expect(parseLeaflet(`?l=${course},${group},${role}`)).toEqual({
      refs: [course, group, role],
      problems: [],
    })
  })

  test('reads a link whose slashes and commas were percent-encoded along the way', () => {
    expect(parseLeaflet(`?l=${encodeURIComponent(`${group},${course}`)}`).refs).toEqual([group, course])
  })

  test('keeps every usable part of a broken link and names the part it left out', () => {
    const { refs, problems } = parseLeaflet(`?l=${group},services/<b>hi</b>,,${course}`)
    expect(refs).toEqual([group, course])
    expect(problems).toEqual([
      '“services/<b>hi</b>” is not a listing on this site, so it was left out. A listing looks like services/croydon-hearing-voices.',
    ])
  })

  test('cuts a long unusable part short in the message', () => {
    const [problem] = parseLeaflet(`?l=${'x'.repeat(500)}`).problems
    expect(problem).toMatch(/^“x{40}…” is not a listing/)
  })

  test('shows a listing named twice once, without a message', () => {
    expect(parseLeaflet(`?l=${group},${course},${group}`)).toEqual({ refs: [group, course], problems: [] })
  })

  test(`holds up to ${maxListings} listings and names those it left out`, () => {
    const refs = many(maxListings + 2)
    const parsed = parseLeaflet(`?l=${refs.join(',')}`)
    expect(parsed.refs).toEqual(refs.slice(0, maxListings))
    expect(parsed.problems).toEqual([
      `A leaflet holds up to ${maxListings} listings, so these 2 were left out: services/group-11, services/group-12.`,
    ])
  })

  test('reads only the first 50 parts of a very long link, and says so', () => {
    const parsed = parseLeaflet(`?l=${Array.from({ length: 200 }, () => 'x').join(',')}`)
    expect(parsed.refs).toEqual([])
    expect(parsed.problems.at(-1)).toBe('The link had 200 parts; only the first 50 were read.')
  })

  test('"add" adds to the leaflet this tab has been building', () => {
    expect(parseLeaflet(`?add=${course}`, group).refs).toEqual([group, course])
  })

  test('a leaflet link wins over the one this tab was building', () => {
    expect(parseLeaflet(`?l=${role}&add=${course}`, group).refs).toEqual([role, course])
  })

  test('drops an odd saved leaflet quietly, but a bad "add" gets a message', () => {
    expect(parseLeaflet('', 'nonsense')).toEqual({ refs: [], problems: [] })
    expect(parseLeaflet('?add=organisations/croydon-mind').problems).toHaveLength(1)
  })

  test('an empty address is an empty leaflet', () => {
    expect(parseLeaflet('')).toEqual({ refs: [], problems: [] })
  })
})

describe('leafletHref and addToLeafletHref', () => {
  test('write readable links that parseLeaflet reads back', () => {
    const href = leafletHref([course, group])
    expect(href).toBe(`/leaflet/?l=${course},${group}`)
    expect(parseLeaflet(new URL(href, 'https://example.org').search).refs).toEqual([course, group])
    expect(leafletHref([])).toBe('/leaflet/')
    expect(addToLeafletHref(group)).toBe(`/leaflet/?add=${group}`)
  })
})

describe('changing a leaflet', () => {
  test('moved: moves a listing up or down one place, and not past either end', () => {
    expect(moved([group, course, role], role, -1)).toEqual([group, role, course])
    expect(moved([group, course, role], group, 1)).toEqual([course, group, role])
    expect(moved([group, course], group, -1)).toEqual([group, course])
    expect(moved([group, course], course, 1)).toEqual([group, course])
  })

  test('without: removes one listing', () => {
    expect(without([group, course, role], course)).toEqual([group, role])
  })

  test('withAdded: adds at the end, once, and not past the limit', () => {
    expect(withAdded([group], course)).toEqual([group, course])
    expect(withAdded([group, course], group)).toEqual([group, course])
    expect(withAdded(many(maxListings), course)).toEqual(many(maxListings))
  })

  test('renamed: follows a listing to its new address, in the same place', () => {
    expect(renamed([group, course], group, 'services/croydon-voices')).toEqual([
      'services/croydon-voices',
      course,
    ])
    expect(renamed([group, course], group, course)).toEqual([course])
  })
})
