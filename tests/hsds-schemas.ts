import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/*
 * The official Open Referral HSDS 3.0 schemas (tests/fixtures/hsds-3.0/) as validators, for the
 * unit tests of the mappers and the build test of the files alike.
 */

const schemaDir = join(import.meta.dirname, 'fixtures', 'hsds-3.0')
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
const schema = (name: string) => readJson(join(schemaDir, name)) as Record<string, unknown>

/** Where openapi.json's `$ref`s point: the compiled schemas, as published for the 3.0 branch. */
const publishedAt = (name: string) =>
  `https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/${name}`

/**
 * The HSDS schemas describe their fields with keywords of their own (`constraints`, `core`, …)
 * beside JSON Schema's. Declaring them keeps Ajv strict about everything else, and formats (uuid,
 * uri, email, date-time) are checked, not ignored.
 */
function hsdsValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false })
  addFormats(ajv)
  ajv.addVocabulary([
    'name',
    'path',
    'core',
    'constraints',
    'example',
    'datapackage_metadata',
    'datapackage_type',
    'tabular_required',
  ])
  for (const name of ['service_list.json', 'organization_list.json', 'service.json', 'organization.json'])
    ajv.addSchema(schema(name), publishedAt(name))
  return ajv
}

type OpenApi = {
  paths: Record<
    '/services' | '/organizations',
    { get: { responses: { 200: { content: { 'application/json': { schema: object } } } } } }
  >
  components: { schemas: { Page: { properties: Record<string, unknown> } } }
}

/**
 * The schema of a page of a list, straight from openapi.json: its `Page` (every field required,
 * as the HSDS API reference says a list "must include" them) with `contents` of the list's entries.
 */
function pageSchema(openapi: OpenApi, path: '/services' | '/organizations'): AnySchema {
  const { Page } = openapi.components.schemas
  const response = structuredClone(openapi.paths[path].get.responses[200].content['application/json'].schema)
  return { ...response, allOf: [{ ...Page, required: Object.keys(Page.properties) }], required: ['contents'] }
}

/** A validator for each kind of HSDS file the site writes. */
export function hsdsValidators() {
  const ajv = hsdsValidator()
  const openapi = schema('openapi.json') as unknown as OpenApi
  return {
    service: ajv.compile(schema('service.json')),
    organization: ajv.compile(schema('organization.json')),
    servicesPage: ajv.compile(pageSchema(openapi, '/services')),
    organizationsPage: ajv.compile(pageSchema(openapi, '/organizations')),
  }
}

/** The schema's complaints about a file, one line each, or none. */
export function problems(validate: ValidateFunction, data: unknown, file: string): string[] {
  return validate(data)
    ? []
    : (validate.errors ?? []).map(
        (error) => `${file}${error.instancePath}: ${error.message ?? 'is not valid'}`,
      )
}
