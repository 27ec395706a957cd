import {
  validateDocument,
  validateDocumentWithWorkspace,
  validationMarkerCodes,
  type DocumentValidationMarker,
  type ValidationClient,
} from '@sanity/validation'
import { getFallbackLocaleSource } from '@sanity/validation/_internal'
import { evaluate, parse } from 'groq-js'
import { createSchema, pathToString, type SanityClient, type SanityDocument } from 'sanity'
import { schemaTypes } from '../schemaTypes'

/**
 * Validates documents against the Studio schema as the Studio does, but offline: a fake client
 * answers GROQ from the documents a test hands over.
 *
 * Why two passes: `validateDocument({ document, schema, client })` runs in "cli" mode, which adds
 * an unknown-field check to every object-typed value with `.warning()` on the same rule, and that
 * turns every other failure of the rule into a warning too (a missing slug, a contact with no way
 * to get in touch, a duplicate slug). The Studio-mode pass gives the levels an editor sees; from
 * the cli pass only its own findings are kept: unknown fields and unknown document types.
 */

const schema = createSchema({ name: 'default', types: schemaTypes })

const schemaErrors = (schema._validation ?? []).flatMap((group) =>
  group.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${group.path.map((segment) => segment.name).join(' > ')}: ${problem.message}`),
)
if (schemaErrors.length > 0) {
  throw new Error(`The Studio schema does not compile:\n${schemaErrors.join('\n')}`)
}

/** The names of the document types the Studio defines. */
export const documentTypeNames: readonly string[] = schemaTypes
  .filter((type) => type.type === 'document')
  .map((type) => type.name)

function failNetwork(): never {
  throw new Error('The test client has no network: answer this request in studio/test/validate.ts')
}

/**
 * A client whose `fetch` evaluates GROQ (like the slug uniqueness query) over `dataset` with
 * groq-js, in the raw perspective the Studio uses for that check: drafts are documents too.
 */
function offlineClient(dataset: readonly SanityDocument[]) {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}): Promise<unknown> =>
      (await evaluate(parse(query, { params }), { dataset: [...dataset], params })).get(),
    getDataUrl: failNetwork,
    observable: { fetch: failNetwork, request: failNetwork },
    withConfig: () => client,
  }
  // A fake cannot match the real client's overloaded `fetch` and Observable signatures;
  // validation only calls `withConfig` and `fetch`, and anything else fails loudly above.
  return client as unknown as SanityClient & ValidationClient
}

const cliOnlyCodes = new Set<string>([
  validationMarkerCodes.objectUnknownField,
  validationMarkerCodes.documentUnknownType,
])

/**
 * Runs every rule of the schema on `document`, custom rules included. `otherDocuments` is the
 * rest of the dataset: slugs must be unique among them, and references must point at one of them.
 */
export async function validate(
  document: SanityDocument,
  otherDocuments: readonly SanityDocument[] = [],
): Promise<DocumentValidationMarker[]> {
  const dataset = [document, ...otherDocuments]
  const ids = new Set(dataset.map((doc) => doc._id))
  const client = offlineClient(dataset)
  const getDocumentExists = ({ id }: { id: string }) => Promise.resolve(ids.has(id))
  // The schema's custom rules are synchronous and local, so the default limit of 5 at a time
  // (shared by every validation of this schema) only makes whole-dataset runs slow.
  const maxCustomValidationConcurrency = 1000
  const [studioMarkers, cliResult] = await Promise.all([
    // Deprecated, but the only Studio-mode entry point (see the top of this file).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    validateDocumentWithWorkspace({
      document,
      workspace: { schema, getClient: () => client, i18n: getFallbackLocaleSource() },
      getDocumentExists,
      maxCustomValidationConcurrency,
    }),
    validateDocument({ document, schema, client, getDocumentExists, maxCustomValidationConcurrency }),
  ])
  if (cliResult.status === 'notEvaluated') {
    throw new Error(`Some rules on ${document._id} did not run: the test client must answer every check`)
  }
  return [...studioMarkers, ...cliResult.markers.filter((marker) => cliOnlyCodes.has(marker.code))]
}

/** A validation marker reduced to what a test asserts on. `path` reads like `contact.website`. */
export interface Marker {
  path: string
  level: DocumentValidationMarker['level']
  message: string
}

/** Validation markers as plain `{ path, level, message }` objects. */
export function simpleMarkers(markers: readonly DocumentValidationMarker[]): Marker[] {
  return markers.map(({ path, level, message }) => ({ path: pathToString(path), level, message }))
}

/** Only the error-level markers: the ones that stop a document being published. */
export function errorMarkers(markers: readonly DocumentValidationMarker[]): Marker[] {
  return simpleMarkers(markers).filter((marker) => marker.level === 'error')
}
