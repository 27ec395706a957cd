import { area } from './documents/area'
import { course } from './documents/course'
import { opportunity } from './documents/opportunity'
import { organisation } from './documents/organisation'
import { page } from './documents/page'
import { service } from './documents/service'
import { topic } from './documents/topic'
import { venue } from './documents/venue'
import { address } from './objects/address'
import { contact } from './objects/contact'
import { courseSession } from './objects/courseSession'
import { crisisContact } from './objects/crisisContact'
import { richText } from './objects/richText'
import { schedule } from './objects/schedule'
import { siteSettings } from './singletons/siteSettings'

/** Every schema type of the Studio: documents, then objects, then singletons. */
export const schemaTypes = [
  service,
  course,
  opportunity,
  organisation,
  venue,
  area,
  topic,
  page,
  address,
  contact,
  courseSession,
  crisisContact,
  richText,
  schedule,
  siteSettings,
]

/** Document types that hold exactly one document. */
export const singletonTypes = new Set(['siteSettings'])
