import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { documentTypeNames, simpleMarkers, validate, type Marker } from './validate'

const datasetUrl = new URL('../seed/sample.ndjson', import.meta.url)
const datasetPath = 'studio/seed/sample.ndjson'

/** The sample dataset, one document per line as `sanity dataset export` writes it. */
function loadSampleDataset(): SanityDocument[] {
  if (!existsSync(datasetUrl)) {
    const where = fileURLToPath(datasetUrl)
    throw new Error(`No sample dataset at ${where}: run \`npm run seed\` to write ${datasetPath}`)
  }
  return readFileSync(datasetUrl, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return []
      try {
        return [JSON.parse(line) as SanityDocument]
      } catch (cause) {
        throw new Error(`${datasetPath} line ${index + 1} is not JSON: fix or remove it`, { cause })
      }
    })
}

const isPublished = (doc: SanityDocument) => !doc._id.startsWith('drafts.')

interface Finding {
  level: Marker['level']
  /** `_id path: message`, so the fix is easy to find. */
  text: string
}

let findings: Promise<Finding[]> | undefined

/**
 * Every marker on every published document, each validated against the rest of the dataset
 * (drafts included, as the Studio's slug check sees them). Computed once for all the tests.
 */
function sampleFindings(): Promise<Finding[]> {
  findings ??= (async () => {
    const documents = loadSampleDataset()
    const queue = documents.filter(isPublished)
    const found: Finding[] = []
    const validateNext = async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) {
        const { _id } = doc
        const others = documents.filter((other) => other._id !== _id)
        const markers = simpleMarkers(await validate(doc, others))
        found.push(
          ...markers.map(({ level, path, message }) => ({
            level,
            text: `${_id} ${path || '(document)'}: ${message}`,
          })),
        )
      }
    }
    // A few at a time: with hundreds at once, the validator's shared timers and limiters make
    // the whole run several times slower.
    await Promise.all(Array.from({ length: 4 }, validateNext))
    return found.sort((a, b) => a.text.localeCompare(b.text))
  })()
  return findings
}

async function findingsAt(level: Marker['level']): Promise<string[]> {
  return (await sampleFindings()).filter((finding) => finding.level === level).map((finding) => finding.text)
}

describe('the sample dataset', () => {
  test(`exists at ${datasetPath} and holds documents with an _id and a _type`, () => {
    const documents = loadSampleDataset()
    expect(documents.length).toBeGreaterThan(0)
    const malformed = documents
      .map((doc, index) => ({ doc, line: index + 1 }))
      .filter(({ doc }) => typeof doc._id !== 'string' || typeof doc._type !== 'string')
      .map(({ line }) => `document ${line} needs an _id and a _type`)
    expect(malformed).toEqual([])
  })

  test('has only document types the Studio defines', () => {
    const unknown = loadSampleDataset()
      .filter((doc) => !documentTypeNames.includes(doc._type) && !doc._type.startsWith('sanity.'))
      .map((doc) => `${doc._id}: the Studio has no document type '${doc._type}'`)
    expect(unknown).toEqual([])
  })

  test('has no validation errors in any published document', { timeout: 60_000 }, async () => {
    expect(await findingsAt('error')).toEqual([])
  })

  test('has no warnings either, such as fields the Studio does not know', { timeout: 60_000 }, async () => {
    expect(await findingsAt('warning')).toEqual([])
  })
})
