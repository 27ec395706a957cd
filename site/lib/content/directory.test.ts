import { describe, expect, test } from 'vitest'
import { brokenDataset, brokenDocuments } from '../../../tests/fixtures/broken'
import { fixtureDocuments, linkworker, referenceItem, without } from '../../../tests/fixtures/directory'
import { assertEnoughPublished, buildDirectory, fetchDirectory, loadDirectory } from './directory'
import { documentsSource } from './source'
import { formatProblem } from './validate'

const memorySource = (documents: readonly object[]) =>
  documentsSource(() => Promise.resolve(documents), 'test documents')

const now = new Date('2026-11-22T09:00:00Z')

async function build(documents: readonly object[]) {
  const raw = await fetchDirectory(memorySource(documents))
  return { raw, ...buildDirectory(raw, 'sample', { now }) }
}

describe('buildDirectory with valid documents', () => {
  test('publishes every document and reports no problems', async () => {
    const { directory, problems } = await build(fixtureDocuments)
    expect(problems).toEqual([])
    expect(directory.services.map((service) => service._id)).toEqual([
      'service-croydon-hearing-voices',
      'service-online-voices-forum',
    ])
    expect(directory.courses).toHaveLength(1)
    expect(directory.opportunities).toHaveLength(1)
    expect(directory.settings.builtFrom).toBe('sample')
  })

  test('turns references into ids of published documents', async () => {
    const { directory } = await build(fixtureDocuments)
    const [group] = directory.services
    expect(group?.organisation).toBe('org-hear-us')
    expect(group?.venues).toEqual(['venue-st-marys-hall'])
    expect(group?.topics).toEqual(['topic-hearing-voices'])
  })
})

describe('buildDirectory with opportunities', () => {
  const othersThanLinkworker = fixtureDocuments.filter((document) => document._id !== linkworker._id)

  test('publishes an opportunity’s topics and the groups of people it supports', async () => {
    const { directory } = await build(fixtureDocuments)
    expect(directory.opportunities[0]).toMatchObject({
      topics: ['topic-hearing-voices'],
      audiences: ['inpatients'],
    })
  })

  test('publishes a role saved before opportunities had topics, on no topic', async () => {
    const { directory, problems } = await build([...othersThanLinkworker, without(linkworker, 'topics')])
    expect(problems).toEqual([])
    expect(directory.opportunities).toEqual([expect.objectContaining({ _id: linkworker._id, topics: [] })])
  })

  test('keeps a role whose only topic is not published, and says which topic is missing', async () => {
    const { directory, problems } = await build([
      ...othersThanLinkworker,
      { ...linkworker, topics: [referenceItem('topic-gone')] },
    ])
    expect(directory.opportunities).toEqual([expect.objectContaining({ _id: linkworker._id, topics: [] })])
    expect(problems.map(formatProblem).join()).toMatch(/field topics: points to "topic-gone"/)
  })
})

describe('buildDirectory with broken documents', () => {
  const problemsFor = async (id: string) => {
    const { problems } = await build(brokenDataset)
    return problems.filter((problem) => problem.id === id).map(formatProblem)
  }
  const published = async (id: string) => {
    const { directory } = await build(brokenDataset)
    return [
      ...directory.services,
      ...directory.opportunities,
      ...directory.organisations,
      ...directory.areas,
    ].find((document) => document._id === id)
  }

  test('skips a listing with no name, naming the document, the field and the fix', async () => {
    expect(await published(brokenDocuments.missingName._id)).toBeUndefined()
    expect(await problemsFor(brokenDocuments.missingName._id)).toEqual([
      'service "service-missing-name", field name: is missing: fill it in in the Studio. This document is not published until it is fixed.',
    ])
  })

  test('skips a listing whose organisation does not exist', async () => {
    expect(await published(brokenDocuments.danglingOrganisation._id)).toBeUndefined()
    expect((await problemsFor(brokenDocuments.danglingOrganisation._id)).join()).toMatch(
      /field organisation: points to "org-does-not-exist", which is missing or not published/,
    )
  })

  test('leaves out a dangling topic but publishes the listing with the rest', async () => {
    const service = await published(brokenDocuments.danglingTopic._id)
    expect(service).toMatchObject({ topics: ['topic-hearing-voices'] })
    expect((await problemsFor(brokenDocuments.danglingTopic._id)).join()).toMatch(
      /field topics: points to "topic-gone"/,
    )
  })

  test('removes a javascript: link from rich text and keeps its words', async () => {
    const service = await published(brokenDocuments.javascriptInRichText._id)
    expect(JSON.stringify(service)).not.toMatch(/javascript:/)
    expect(JSON.stringify(service)).toContain('Click here for the meeting link')
    expect((await problemsFor(brokenDocuments.javascriptInRichText._id)).join()).toMatch(
      /field description\.0: links to "javascript:alert\(document\.cookie\)", which is not a safe address/,
    )
  })

  test('leaves out an unsafe website and keeps the safe email', async () => {
    const service = await published(brokenDocuments.javascriptWebsite._id)
    expect(service).toMatchObject({ contact: { email: 'safe@example.org' } })
    expect(JSON.stringify(service)).not.toMatch(/javascript:/)
  })

  test('skips a listing whose only contact is unsafe, since nobody could get in touch', async () => {
    expect(await published(brokenDocuments.onlyUnsafeContact._id)).toBeUndefined()
    expect((await problemsFor(brokenDocuments.onlyUnsafeContact._id)).join()).toMatch(
      /field contact: has no phone number/,
    )
  })

  test('keeps the first of two listings with the same web address', async () => {
    expect(await published('service-croydon-hearing-voices')).toBeDefined()
    expect(await published(brokenDocuments.duplicateSlug._id)).toBeUndefined()
    expect((await problemsFor(brokenDocuments.duplicateSlug._id)).join()).toMatch(
      /same web address \("croydon-hearing-voices-group"\) as service "service-croydon-hearing-voices"/,
    )
  })

  test('treats an impossible or future "last checked" date as not checked', async () => {
    for (const { _id } of [brokenDocuments.impossibleDate, brokenDocuments.futureDate]) {
      const service = await published(_id)
      expect(service).toBeDefined()
      expect((service as { lastChecked?: string }).lastChecked).toBeUndefined()
    }
    expect((await problemsFor(brokenDocuments.impossibleDate._id)).join()).toMatch(
      /field lastChecked: must be a real date/,
    )
    expect((await problemsFor(brokenDocuments.futureDate._id)).join()).toMatch(
      /2099-01-01, which is in the future/,
    )
  })

  test('leaves out a meeting time that ends before it starts', async () => {
    expect(await published(brokenDocuments.closesBeforeOpens._id)).toMatchObject({ schedules: [] })
    expect((await problemsFor(brokenDocuments.closesBeforeOpens._id)).join()).toMatch(
      /field schedules\.0: ends before it starts/,
    )
  })

  test('shortens a 50,000-character description and an over-long summary', async () => {
    const service = (await published(brokenDocuments.hugeDescription._id)) as {
      summary: string
      description: unknown[]
    }
    expect(service.summary.length).toBeLessThanOrEqual(300)
    expect(JSON.stringify(service.description).length).toBeLessThan(6000)
    expect((await problemsFor(brokenDocuments.hugeDescription._id)).join()).toMatch(
      /description.*longer than 4000 characters/,
    )
  })

  test('publishes right-to-left and emoji text as it is', async () => {
    expect(await published(brokenDocuments.rightToLeftAndEmoji._id)).toMatchObject({
      name: 'مجموعة دعم الأقران 🌱 Peer group',
    })
  })

  test('skips an in-person listing with no venue', async () => {
    expect(await published(brokenDocuments.inPersonWithoutVenue._id)).toBeUndefined()
    expect((await problemsFor(brokenDocuments.inPersonWithoutVenue._id)).join()).toMatch(
      /add a venue, or set how it happens/,
    )
  })

  test('leaves out a phone number that is not a phone number', async () => {
    expect(await published(brokenDocuments.badPhone._id)).toMatchObject({
      contact: { email: 'jobs@example.org' },
    })
    expect((await problemsFor(brokenDocuments.badPhone._id)).join()).toMatch(
      /field contact\.phone: is not a UK phone number/,
    )
  })

  test('skips an area with an empty name', async () => {
    expect(await published(brokenDocuments.areaWithoutName._id)).toBeUndefined()
  })

  test('no published value holds an unsafe link', async () => {
    const { directory } = await build(brokenDataset)
    expect(JSON.stringify(directory)).not.toMatch(/javascript:|data:text/)
  })
})

describe('buildDirectory with earlier web addresses', () => {
  const [first, second] = fixtureDocuments.filter(
    (document): document is Extract<(typeof fixtureDocuments)[number], { _type: 'service' }> =>
      document._type === 'service',
  )
  if (!first || !second) throw new Error('the fixtures need two services')
  const withEarlier = (document: typeof first, previousSlugs: string[]) => ({ ...document, previousSlugs })
  const secondSlug = String(second.slug.current)
  const servicesOf = async (documents: readonly object[]) => {
    const { directory, problems } = await build(documents)
    return { services: directory.services, problems: problems.map(formatProblem) }
  }
  const others = fixtureDocuments.filter((document) => document !== first && document !== second)

  test('publishes the earlier web addresses a listing had', async () => {
    const { services, problems } = await servicesOf([...others, withEarlier(first, ['old-name']), second])
    expect(services.find(({ _id }) => _id === first._id)?.previousSlugs).toEqual(['old-name'])
    expect(services.find(({ _id }) => _id === second._id)?.previousSlugs).toEqual([])
    expect(problems).toEqual([])
  })

  test('leaves out an earlier address that is now another listing’s, which keeps it', async () => {
    const { services, problems } = await servicesOf([
      ...others,
      withEarlier(first, [secondSlug, 'old-name']),
      second,
    ])
    expect(services.find(({ _id }) => _id === first._id)?.previousSlugs).toEqual(['old-name'])
    expect(problems).toEqual([
      `service "${first._id}" (${first.name}), field previousSlugs: "${secondSlug}" is now the web address of service "${second._id}": remove it from this one's "Earlier web addresses". The rest of the document is published without it.`,
    ])
  })

  test('gives an earlier address two listings claim to the first of them by id', async () => {
    const [keeper, loser] = [first, second].sort((a, b) => a._id.localeCompare(b._id)) as [
      typeof first,
      typeof first,
    ]
    const { services, problems } = await servicesOf([
      ...others,
      withEarlier(first, ['shared-old-name']),
      withEarlier(second, ['shared-old-name']),
    ])
    expect(services.find(({ _id }) => _id === keeper._id)?.previousSlugs).toEqual(['shared-old-name'])
    expect(services.find(({ _id }) => _id === loser._id)?.previousSlugs).toEqual([])
    expect(problems.join()).toMatch(/"shared-old-name" is also an earlier web address of service/)
  })

  test('leaves out an earlier address that is not a web address, and publishes the rest', async () => {
    const { services, problems } = await servicesOf([
      ...others,
      withEarlier(first, ['Old Name!', 'old-name']),
      second,
    ])
    expect(services.find(({ _id }) => _id === first._id)?.previousSlugs).toEqual(['old-name'])
    expect(problems.join()).toMatch(/field previousSlugs\.0: must be lower-case words joined by hyphens/)
  })
})

describe('assertEnoughPublished', () => {
  test('stops a build that would publish no listings', async () => {
    const { raw, directory } = await build(
      fixtureDocuments.filter((document) => document._type === 'siteSettings'),
    )
    expect(() => {
      assertEnoughPublished(raw, directory, false)
    }).toThrow(/would publish no listings at all/)
  })

  test('stops a build that would publish fewer than half the services, unless allowed', async () => {
    const broken = Array.from({ length: 4 }, (_, index) => ({
      ...brokenDocuments.missingName,
      _id: `service-broken-${index}`,
    }))
    const { raw, directory } = await build([...fixtureDocuments, ...broken])
    expect(() => {
      assertEnoughPublished(raw, directory, false)
    }).toThrow(/only 2 of 6 services: fewer than half/)
    expect(() => {
      assertEnoughPublished(raw, directory, true)
    }).not.toThrow()
  })

  test('loadDirectory reports each problem and then stops', async () => {
    const warnings: string[] = []
    const broken = Array.from({ length: 3 }, (_, index) => ({
      ...brokenDocuments.missingName,
      _id: `service-broken-${index}`,
    }))
    await expect(
      loadDirectory(memorySource([...fixtureDocuments, ...broken]), (message) => warnings.push(message), {
        now,
      }),
    ).rejects.toThrow(/fewer than half/)
    expect(warnings).toHaveLength(3)
  })
})

describe('site settings', () => {
  test('a build without site settings stops, because every page needs the crisis contacts', async () => {
    const withoutSettings = fixtureDocuments.filter((document) => document._type !== 'siteSettings')
    await expect(build(withoutSettings)).rejects.toThrow(/site settings document is missing/)
  })
})
