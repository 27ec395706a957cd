import {
  createSchema,
  resolveInitialValueForType,
  type CurrentUser,
  type FieldGroup,
  type ObjectField,
  type SchemaType,
} from 'sanity'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { todayInUk } from '@findpeersupport/content-model/rules'
import { schemaTypes } from '../schemaTypes'
import { testClock } from '../../tests/clock'

/** How the Studio's forms are laid out for a partner: tabs, descriptions and starting values. */

const schema = createSchema({ name: 'forms', types: schemaTypes })
const typeNamed = (name: string): SchemaType => {
  const type = schema.get(name)
  if (!type) throw new Error(`The Studio schema has no type "${name}"`)
  return type
}

const fieldsOf = (type: SchemaType): ObjectField[] => ('fields' in type ? type.fields : [])
const groupsOf = (type: SchemaType): FieldGroup[] =>
  ('groups' in type ? (type.groups ?? []) : []).filter(
    // Sanity adds its own "All fields" tab to every type with groups.
    (group) => group.name !== 'all-fields',
  )

const listings = ['service', 'course', 'opportunity']

describe('listing forms', () => {
  const partnerOrder = ['about', 'when', 'where', 'joining', 'contact', 'accessibility', 'checks']

  test.each(listings)('the %s form has its tabs in the order a partner thinks, with About first', (name) => {
    const groups = groupsOf(typeNamed(name)).map((group) => group.name)
    expect(groups).toEqual(partnerOrder.filter((group) => groups.includes(group)))
    expect(groups.slice(0, 4)).toEqual(['about', 'when', 'where', 'joining'])
    expect(groupsOf(typeNamed(name)).find((group) => group.default)?.name).toBe('about')
  })

  test.each(listings)('every field of the %s form is on a tab, in tab order', (name) => {
    const type = typeNamed(name)
    const order = groupsOf(type).map((group) => group.name)
    const fieldGroups = fieldsOf(type).map((field) => field.group)
    expect(fieldGroups.filter((group) => typeof group !== 'string')).toEqual([])
    const positions = fieldGroups.map((group) => order.indexOf(group as string))
    expect(positions).not.toContain(-1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  test('the joining tab is named for what a person does', () => {
    const joining = (name: string) =>
      groupsOf(typeNamed(name)).find((group) => group.name === 'joining')?.title
    expect([joining('service'), joining('course'), joining('opportunity')]).toEqual([
      'How to join',
      'How to enrol',
      'How to apply',
    ])
  })

  test('the status and the last checked date are on the checks tab', () => {
    for (const name of listings) {
      const checks = fieldsOf(typeNamed(name)).filter((field) => field.group === 'checks')
      expect(checks.map((field) => field.name)).toEqual(['status', 'alert', 'lastChecked', 'checkedBy'])
    }
  })
})

describe('organisation form', () => {
  test('has tabs for what it is, how to reach it, who edits it and when it was checked, with About first', () => {
    const groups = groupsOf(typeNamed('organisation'))
    expect(groups.map((group) => group.title)).toEqual(['About', 'Contact', 'Editors', 'Checks'])
    expect(groups.find((group) => group.default)?.name).toBe('about')
  })

  test('puts every field on a tab, in tab order', () => {
    const type = typeNamed('organisation')
    const order = groupsOf(type).map((group) => group.name)
    const positions = fieldsOf(type).map((field) => order.indexOf(field.group as string))
    expect(positions).not.toContain(-1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  test('keeps the Studio sign-in addresses apart from the public contact details', () => {
    const onTab = (name: string) =>
      fieldsOf(typeNamed('organisation'))
        .filter((field) => field.group === name)
        .map((field) => field.name)
    expect(onTab('contact')).toEqual(['website', 'email', 'phone'])
    expect(onTab('editors')).toEqual(['editors'])
  })
})

describe('descriptions', () => {
  const formTypes: string[] = schemaTypes.map((type) => type.name)

  /** Every field a partner fills in, as "type.field", walking into inline objects. */
  const fieldPaths = (
    type: SchemaType,
    prefix: string,
  ): { path: string; description: string | undefined }[] =>
    fieldsOf(type).flatMap((field) => {
      const path = `${prefix}.${field.name}`
      const own = { path, description: field.type.description }
      // Named object types (address, contact, schedule) are checked on their own.
      const inline = field.type.type?.name === 'object' && !formTypes.includes(field.type.name)
      return inline ? [own, ...fieldPaths(field.type, path)] : [own]
    })

  test('every field a partner fills in says what it is for', () => {
    const missing = formTypes
      .flatMap((name) => fieldPaths(typeNamed(name), name))
      .filter((field) => !field.description?.trim())
      .map((field) => field.path)
    expect(missing).toEqual([])
  })

  test('no description is longer than a short paragraph', () => {
    const long = formTypes
      .flatMap((name) => fieldPaths(typeNamed(name), name))
      .filter((field) => (field.description?.length ?? 0) > 300)
      .map((field) => field.path)
    expect(long).toEqual([])
  })
})

describe('starting values', () => {
  const partner: CurrentUser = {
    id: 'p1',
    name: 'Sam Patel',
    email: 'sam@example.org',
    role: 'editor',
    roles: [],
  }

  async function newDocument(name: string, currentUser: CurrentUser | null = partner) {
    const context = {
      projectId: 'test',
      dataset: 'test',
      schema,
      currentUser,
      getClient: () => undefined as never,
    }
    return (await resolveInitialValueForType(typeNamed(name), {}, 3, context)) as Record<string, unknown>
  }

  beforeEach(() => {
    // Sanity's resolver looks for the browser's task scheduler on `window`; without one it runs at once.
    vi.stubGlobal('window', {})
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(testClock())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  test('a new service is free, running, peer-led, in English and met in person', async () => {
    expect(await newDocument('service')).toMatchObject({
      status: 'running',
      languages: ['en'],
      cost: 'free',
      peerLed: true,
      coProduced: false,
      delivery: ['in-person'],
    })
  })

  test('a new service makes no guess at whether people need a referral', async () => {
    expect(await newDocument('service')).not.toHaveProperty('accessRoute')
  })

  test('a new course is free, open to anyone to enrol, in a room, with a peer tutor', async () => {
    expect(await newDocument('course')).toMatchObject({
      status: 'running',
      cost: 'free',
      enrolment: 'self-enrol',
      format: 'in-person',
      peerTutor: true,
    })
  })

  test('a new opportunity is a volunteer role done in person', async () => {
    expect(await newDocument('opportunity')).toMatchObject({
      status: 'running',
      kind: 'volunteer',
      delivery: ['in-person'],
    })
  })

  test.each(listings)(
    'a new %s is marked checked today, in the UK, by the person writing it',
    async (name) => {
      expect(await newDocument(name)).toMatchObject({
        lastChecked: todayInUk(testClock()),
        checkedBy: 'Sam Patel',
      })
    },
  )

  test('the checked date is the day the listing is written, not the day the Studio was opened', async () => {
    vi.setSystemTime(new Date('2027-02-01T23:30:00Z'))
    expect((await newDocument('service')).lastChecked).toBe('2027-02-01')
    // Half past midnight in London in summer is still the day before in UTC.
    vi.setSystemTime(new Date('2027-06-01T23:30:00Z'))
    expect((await newDocument('service')).lastChecked).toBe('2027-06-02')
  })

  test('a partner whose account has no name is named by their email, as Mark as checked does', async () => {
    const nameless = { ...partner, name: '' }
    expect((await newDocument('service', nameless)).checkedBy).toBe('sam@example.org')
  })

  test('nobody is named as the checker when nobody is signed in', async () => {
    expect(await newDocument('service', null)).not.toHaveProperty('checkedBy')
  })

  test('a new meeting time is every week, bank holidays included', async () => {
    expect(await newDocument('schedule')).toMatchObject({
      freq: 'weekly',
      interval: 1,
      skipsBankHolidays: false,
    })
  })
})
