import { describe, expect, test } from 'vitest'
import { hearingVoices } from '../../../tests/fixtures/directory'
import {
  correctWord,
  editDistance,
  findPostcode,
  interpretQuery,
  normalise,
  type QueryPlan,
} from './interpret'
import { peoplesWords } from './peoplesWords'
import { fixtureIndex } from '../../../tests/fixtures/index'

/** The filters a plan's parts must all meet ("weekend", an area). */
const implied = (plan: QueryPlan) =>
  plan.parts.flatMap((part) => (part.filter && part.terms.length === 0 ? [part.filter] : []))
/** The topics and audiences a plan's words mean, met by any of their phrases. */
const means = (plan: QueryPlan) =>
  plan.parts.flatMap((part) => (part.filter && part.terms.length > 0 ? [part.filter] : []))
/** The plain words left once places, filters and concepts are taken out. */
const plainWords = (plan: QueryPlan) =>
  plan.parts
    .filter((part) => !part.filter)
    .map((part) => part.label)
    .join(' ')

const bipolarTopic = {
  _id: 'topic-bipolar',
  _type: 'topic',
  name: 'Bipolar',
  slug: { _type: 'slug', current: 'bipolar' },
  description: 'For people who live with big changes in mood.',
  alsoKnownAs: ['bi-polar', 'manic depression', 'mood swings'],
}

const topic = (name: string, alsoKnownAs: string[]) => ({
  ...bipolarTopic,
  _id: `topic-${normalise(name).replaceAll(' ', '-')}`,
  name,
  slug: { _type: 'slug', current: normalise(name).replaceAll(' ', '-') },
  alsoKnownAs,
})
const psychosisTopic = topic('Psychosis', ['schizophrenia'])
const carersTopic = topic('Carers, family and friends', ['my son', 'my mum'])

describe('interpretQuery', async () => {
  const directory = await fixtureIndex([bipolarTopic, psychosisTopic, carersTopic])
  const words = peoplesWords(directory)
  const terms = (query: string) => interpretQuery(query, words).searches.map((search) => search.term)
  const filters = (query: string) => means(interpretQuery(query, words)).map((value) => [value])

  test.each(['bipolar', 'bi-polar', 'Bi polar', 'manic depression'])(
    '"%s" searches for "bipolar", the words as typed, and the bipolar topic',
    (query) => {
      expect(terms(query)).toEqual([...new Set(['bipolar', normalise(query)])])
      expect(filters(query)).toContainEqual([['topic', 'Bipolar']])
      expect(terms(query).length).toBeLessThanOrEqual(2)
    },
  )

  test('"voices" and "hearing voices" both find the hearing voices topic, including its "also known as" words', () => {
    for (const query of ['voices', 'hearing voices']) {
      expect(filters(query)).toContainEqual([['topic', hearingVoices.name]])
      expect(terms(query)).toContain('hearing voices')
    }
    expect(words.concepts.find((concept) => concept.filter?.[1] === 'Hearing voices')?.phrases).toContain(
      'visions',
    )
  })

  test('"carer" and "carers" both mean the carers audience', () => {
    expect(filters('carer')).toContainEqual([['for', 'Carers, family and friends']])
    expect(terms('carer')).toEqual(['carers', 'carer'])
  })

  test.each(['LGBT', 'LGBTQ+', 'gay', 'lesbian', 'trans', 'queer'])('"%s" means LGBTQ+ people', (query) => {
    expect(filters(query)).toContainEqual([['for', 'LGBTQ+ people']])
    expect(terms(query)).toContain('lgbtq')
  })

  test.each(['self referral', 'self-referral', 'no referral'])(
    '"%s" is the no-referral filter, not words',
    (query) => {
      const plan = interpretQuery(query, words)
      expect(implied(plan)).toEqual([['access', 'No referral needed']])
      expect(plan.searches).toEqual([{ term: null, filters: [['access', 'No referral needed']] }])
    },
  )

  test('"weekend", "online" and "evening" become filters and leave the other words', () => {
    const weekendGroup = interpretQuery('weekend group', words)
    expect(plainWords(weekendGroup)).toBe('group')
    expect(implied(weekendGroup)).toEqual([['when', 'Weekends']])
    expect(implied(interpretQuery('online', words))).toEqual([['how', 'Online']])
    expect(implied(interpretQuery('evenings', words))).toEqual([['when', 'Evenings (5pm or later)']])
  })

  test.each(['after hospital', 'leaving hospital', 'discharge'])(
    '"%s" means people leaving hospital',
    (query) => {
      expect(filters(query)).toContainEqual([['for', 'People leaving hospital']])
    },
  )

  test('an area name becomes the area filter', () => {
    expect(implied(interpretQuery('carers croydon', words))).toEqual([['area', 'Croydon']])
  })

  test('a postcode district or full postcode of a venue places the person there', () => {
    for (const query of ['CR0', 'cr0 1ab', 'CR01AB']) {
      const plan = interpretQuery(query, words)
      expect(plan.place).toMatchObject({ lat: 51.3727, lng: -0.0999, exact: true })
      expect(plainWords(plan)).toBe('')
    }
  })

  test('a district with no venue falls back to its postcode area, and says it is not exact', () => {
    const place = interpretQuery('CR7 voices', words).place
    expect(place?.exact).toBe(false)
    expect(place?.label).toContain('CR')
  })

  test('a postcode the directory has no venues near is reported, not guessed', () => {
    const plan = interpretQuery('LS6', words)
    expect(plan.place).toBeUndefined()
    expect(plan.unplaced).toBe('LS6')
  })

  test('corrects misspellings of words the directory uses, and says so', () => {
    expect(interpretQuery('voises', words)).toMatchObject({ corrected: 'voices' })
    expect(interpretQuery('bipolr', words).searches.map((search) => search.term)).toContain('bipolar')
    expect(implied(interpretQuery('croydn', words))).toEqual([['area', 'Croydon']])
    expect(interpretQuery('hearing voices', words).corrected).toBeUndefined()
  })

  test('does not spell-correct a sentence, where an unknown word is more likely real than a slip', () => {
    const plan = interpretQuery('I am hearing voices and I am scaared of them in Croydn', words)
    expect(plan.corrected).toBeUndefined()
    expect(plan.parts.map((part) => part.label)).toEqual(['Hearing voices', 'scaared', 'croydn'])
    expect(interpretQuery('i am hering voices', words).corrected).toBe('i am hearing voices')
  })

  test('never plans more than twelve searches', () => {
    expect(interpretQuery('bipolar carers gay after hospital', words).searches.length).toBeLessThanOrEqual(12)
  })

  test('plain words pass through as one search', () => {
    expect(interpretQuery('forum', words).searches).toEqual([{ term: 'forum', filters: [] }])
  })

  test('a topic’s "other words" come from the directory, not from code', async () => {
    const renamed = await fixtureIndex([{ ...bipolarTopic, alsoKnownAs: ['ups and downs'] }])
    const plan = interpretQuery('ups and downs', peoplesWords(renamed))
    expect(means(plan)).toEqual([['topic', 'Bipolar']])
    expect(means(interpretQuery('manic depression', peoplesWords(renamed)))).toEqual([])
  })

  test('leaves out the filler words of a sentence, keeping the words that matter', () => {
    const plan = interpretQuery('I was discharged last week and I need some support', words)
    expect(plan.parts).toEqual([
      {
        label: 'People leaving hospital',
        terms: ['after hospital', 'discharged'],
        filter: ['for', 'People leaving hospital'],
        weight: 3,
      },
    ])
    expect(plan.searches.map((search) => search.term)).toEqual(['after hospital', 'discharged'])
  })

  test('a sentence about someone else finds its topics by the words people use', () => {
    const plan = interpretQuery('my son has schizophrenia', words)
    expect(plan.parts.map((part) => part.label)).toEqual(['Carers, family and friends', 'Psychosis'])
    expect(means(plan)).toEqual([
      ['topic', 'Carers, family and friends'],
      ['topic', 'Psychosis'],
    ])
  })

  test('a word every group has ranks below a topic or a place', () => {
    expect(
      interpretQuery('forum group weekend', words).parts.map((part) => [part.label, part.weight]),
    ).toEqual([
      ['forum', 3],
      ['group', 1],
      ['Weekends', 1],
    ])
  })

  test('searches filler words as typed when there is nothing else', () => {
    expect(interpretQuery('peer support', words).searches).toEqual([{ term: 'peer support', filters: [] }])
  })

  test('a topic, a kind and a place are three parts: all three together, then each alone', () => {
    const plan = interpretQuery('bipolar course Croydon', words)
    expect(plan.parts.map((part) => [part.label, part.weight])).toEqual([
      ['Bipolar', 3],
      ['Recovery college course', 3],
      ['Croydon', 2],
    ])
    expect(plan.searches).toEqual([
      {
        term: 'bipolar',
        filters: [
          ['kind', 'Recovery college course'],
          ['area', 'Croydon'],
        ],
      },
    ])
    expect(plan.partSearches).toEqual([
      { part: 0, term: 'bipolar', filters: [] },
      { part: 1, term: null, filters: [['kind', 'Recovery college course']] },
      { part: 2, term: null, filters: [['area', 'Croydon']] },
    ])
  })

  test('"volunteer" and "paid peer work" are kinds of opportunity', () => {
    const volunteer = interpretQuery('volunteer with young people', words)
    expect(implied(volunteer)).toEqual([['kind', 'Volunteer role']])
    expect(means(volunteer)).toEqual([['for', 'Young people (16 to 25)']])
    expect(implied(interpretQuery('paid peer work in Croydon', words))).toEqual([
      ['kind', 'Paid peer support work'],
      ['area', 'Croydon'],
    ])
  })

  test('one part needs no searches of its parts', () => {
    expect(interpretQuery('voices', words).partSearches).toEqual([])
  })
})

describe('normalise', () => {
  test('lower-cases, splits hyphens and keeps plus signs as their own word', () => {
    expect(normalise('Bi-Polar  LGBTQ+')).toBe('bi polar lgbtq +')
  })
})

describe('findPostcode', () => {
  test('finds a district alone, a full postcode with or without its space, and nothing in plain words', () => {
    expect(findPostcode('groups near LS6')).toMatchObject({ district: 'LS6', rest: 'groups near' })
    expect(findPostcode('cr0 1ab')).toMatchObject({ district: 'CR0', written: 'CR0 1AB' })
    expect(findPostcode('SW1A1AA')).toMatchObject({ district: 'SW1A' })
    expect(findPostcode('hearing voices')).toBeUndefined()
  })
})

describe('editDistance and correctWord', () => {
  test('counts a swapped pair of letters as one slip', () => {
    expect(editDistance('croydon', 'corydon')).toBe(1)
    expect(editDistance('voices', 'voises')).toBe(1)
  })
  test('leaves short, numeric and known words alone, and words too far from any it knows', () => {
    const known = new Set(['voices', 'group', 'carers'])
    expect(correctWord('gay', known)).toBe('gay')
    expect(correctWord('zzzzzzz', known)).toBe('zzzzzzz')
    expect(correctWord('grop', known)).toBe('group')
  })
})
