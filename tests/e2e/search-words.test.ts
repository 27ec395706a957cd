/**
 * Searching in a person's own words: sentences with filler words, a topic, kind and place
 * together, words the directory does not have, and no listing matching every word. Expected
 * listings come from the dataset the site was built from.
 */
import { describe, expect, test } from 'vitest'
import { courseHasFinished, type CourseSession } from '../../site/lib/time/course.ts'
import { testClock } from '../clock.ts'
import { readDataset, type LakeDocument } from './contentLake.ts'
import { sharedSiteContext } from './harness.ts'
import { allResultNames, openSearch, resultNames } from './searchPage.ts'

const documents = readDataset(process.env['CONTENT_DATASET_FILE'] ?? 'studio/seed/sample.ndjson').filter(
  (doc) => !doc._id.startsWith('drafts.'),
)
const today = testClock().toISOString().slice(0, 10)
const refs = (doc: LakeDocument, field: string) =>
  ((doc[field] as Array<{ _ref: string }> | undefined) ?? []).map(({ _ref }) => _ref)
const named = (type: string, name: string) => {
  const found = documents.find((doc) => doc._type === type && doc['name'] === name)
  if (!found) throw new Error(`The dataset has no ${type} named "${name}"`)
  return found
}

/** Listings the search index holds: open services, courses still to finish, opportunities still open. */
const searchable = documents.filter((doc) => {
  if (doc['status'] === 'closed') return false
  if (doc._type === 'service') return true
  if (doc._type === 'course') return !courseHasFinished(doc['sessions'] as CourseSession[], testClock())
  if (doc._type === 'opportunity') return ((doc['closingDate'] as string | undefined) ?? today) >= today
  return false
})
const tagged = (topic: LakeDocument) => searchable.filter((doc) => refs(doc, 'topics').includes(topic._id))
const inArea = (area: LakeDocument) => searchable.filter((doc) => refs(doc, 'areas').includes(area._id))
const namesOf = (docs: readonly LakeDocument[]) => docs.map((doc) => String(doc['name']))

/** A one-word topic and a place that no listing has together, though each has listings. */
const apart = documents
  .filter((doc) => doc._type === 'topic' && !String(doc['name']).includes(' '))
  .flatMap((topic) =>
    documents.filter((doc) => doc._type === 'area' && !doc['isNational']).map((area) => ({ topic, area })),
  )
  .find(
    ({ topic, area }) =>
      tagged(topic).length > 0 &&
      inArea(area).length > 0 &&
      !tagged(topic).some((doc) => refs(doc, 'areas').includes(area._id)),
  )

/** Courses about anxiety in Nottingham still to run at the suite's clock (the sample's terms end in 2027). */
const nottinghamAnxietyCourses = tagged(named('topic', 'Anxiety')).filter(
  (doc) => doc._type === 'course' && refs(doc, 'areas').includes(named('area', 'Nottingham')._id),
)

const site = sharedSiteContext()

describe('searching in a person’s own words', () => {
  test.runIf(nottinghamAnxietyCourses.length > 0)(
    'a topic, a kind and a place ("anxiety course Nottingham") put a course that matches all three first',
    async () => {
      const page = await openSearch(site.context(), '?q=anxiety+course+Nottingham')
      expect(namesOf(nottinghamAnxietyCourses)).toContain((await resultNames(page))[0])
      await page.close()
    },
  )

  test('a sentence about what happened leaves out the filler words and finds support after hospital', async () => {
    const page = await openSearch(site.context(), '?q=I+was+discharged+last+week')
    const names = await resultNames(page)
    const afterHospital = searchable.filter(
      (doc) =>
        refs(doc, 'topics').includes(named('topic', 'Leaving hospital')._id) ||
        ((doc['audiences'] as string[] | undefined) ?? []).includes('after-hospital'),
    )
    expect(namesOf(afterHospital)).toEqual(expect.arrayContaining(names.slice(0, 5)))
    // Every listing for people leaving hospital, not only those that also say "was", "last" or "week".
    const status = (await page.getByRole('status').textContent()) ?? ''
    expect(status).toMatch(/^\d+ results for “I was discharged last week”$/)
    expect(Number.parseInt(status, 10)).toBeGreaterThanOrEqual(afterHospital.length)
    await page.close()
  })

  test('"my son has psychosis" finds psychosis support by the words people use, kept in the topics', async () => {
    const page = await openSearch(site.context(), '?q=my+son+has+psychosis')
    const names = await resultNames(page)
    expect(names.length).toBeGreaterThan(0)
    expect(namesOf(tagged(named('topic', 'Psychosis')))).toContain(names[0])
    await page.close()
  })

  test.runIf(apart)(
    'when no listing has every word, it says so and shows the closest matches first',
    async () => {
      if (!apart) return
      const { topic, area } = apart
      const [topicName, areaName] = [String(topic['name']), String(area['name'])]
      const page = await openSearch(site.context(), `?q=${encodeURIComponent(`${topicName} ${areaName}`)}`)
      expect(await page.getByRole('status').textContent()).toMatch(/^\d+ results? for some of your words$/)
      await expect
        .poll(() => page.getByText('No listing matched all your words').textContent())
        .toBe(
          `No listing matched all your words; these match “${topicName}” or “${areaName}”, closest first.`,
        )
      // The topic says more about what the person wants than the place does: its listings come first.
      const names = await allResultNames(page)
      const about = namesOf(tagged(topic)).map((name) => names.indexOf(name))
      const firstThere = names.findIndex((name) => namesOf(inArea(area)).includes(name))
      expect(about, 'every listing about the topic is shown').not.toContain(-1)
      expect(firstThere, `listings in ${areaName} are shown too`).toBeGreaterThan(Math.max(...about))
      await page.close()
    },
  )

  test('names a word that matched nothing, and still shows what the other words found', async () => {
    expect(documents.some((doc) => JSON.stringify(doc).toLowerCase().includes('dementia'))).toBe(false)
    const page = await openSearch(site.context(), '?q=hearing+voices+and+dementia')
    expect((await resultNames(page)).length).toBeGreaterThan(0)
    const notes = page.locator('[data-notes]')
    expect(await notes.textContent()).toBe('No listing matched “dementia”.')
    await page.close()
  })

  test('"volunteer with young people" finds a volunteer role for young people first', async () => {
    const roles = searchable.filter(
      (doc) =>
        doc._type === 'opportunity' &&
        doc['kind'] === 'volunteer' &&
        ((doc['audiences'] as string[] | undefined) ?? []).includes('young-people'),
    )
    const page = await openSearch(site.context(), '?q=volunteer+with+young+people')
    const names = await resultNames(page)
    expect(roles.length, 'the sample has a volunteer role for young people').toBeGreaterThan(0)
    expect(namesOf(roles)).toContain(names[0])
    await page.close()
  })
})
