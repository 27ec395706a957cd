import { v5 as uuidv5 } from 'uuid'

/**
 * The namespace every open-data id is made in. It was generated once, at random, for this
 * directory and must never change: ids are UUID v5 hashes of a Sanity document's id under it, so
 * a listing keeps the same HSDS id in every build, and people who store our data can match it up.
 */
export const openDataNamespace = '9aeaed9b-8d0d-41f5-83dd-1d22a3764c53'

/** The kinds of Sanity document that get an HSDS id of their own. */
export type IdKind = 'service' | 'course' | 'opportunity' | 'organisation' | 'venue' | 'area' | 'topic'

/** The HSDS id of a Sanity document: the same document gets the same UUID in every build. */
export const documentId = (kind: IdKind, sanityId: string): string =>
  uuidv5(`${kind}:${sanityId}`, openDataNamespace)

/** The id of one of the directory's own taxonomies, by its code. */
export const taxonomyId = (code: string): string => uuidv5(`taxonomy:${code}`, openDataNamespace)

/**
 * The id of a record that lives inside another (a service's phone, schedule or address): stable
 * for as long as the record's `role` and `key` (its value or position) stay the same.
 */
export const partId = (parentId: string, role: string, key: string | number = ''): string =>
  uuidv5(`${parentId}/${role}/${key}`, openDataNamespace)
