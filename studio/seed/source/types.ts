/**
 * The shapes the sample data is written in, derived from the document types `npm run typegen`
 * makes from the Studio schema, so a field added to the schema can be used here at once. They
 * are written for people: references are short ids ("croydon", not "area-croydon"), rich text
 * is a list of paragraphs, and the `_id`s, `_type`s, `_key`s and slugs Sanity needs are added
 * by scripts/build-sample-dataset.ts.
 */
import type {
  Area,
  Contact,
  Course,
  CourseSession,
  Opportunity,
  Organisation,
  Page,
  RichText,
  Schedule,
  Service,
  SiteSettings,
  Topic,
  Venue,
} from '../../../site/lib/content/sanity.types.ts'

/**
 * Rich text as paragraphs. A paragraph that starts with "- " is a bullet, "1. " a numbered
 * item, "### " a heading and "#### " a small heading. Inside a paragraph, **bold**, _italic_
 * and [links](https://example.org/...) work as in Markdown.
 */
export type RichTextInput = readonly string[]

/** Dates are `YYYY-MM-DD`, times `HH:MM` on the 24-hour clock. */
export type IsoDate = string
export type Time = string

/** What Sanity fills in, or the build makes from the short id. */
type Made = '_id' | '_type' | '_createdAt' | '_updatedAt' | '_rev' | '_key' | 'slug'

/** One field as people write it: a reference is the short id of what it points at. */
type FieldInput<Field> = Field extends { _ref: string }
  ? string
  : Field extends RichText
    ? RichTextInput
    : Field extends readonly (infer Item)[]
      ? readonly FieldInput<Item>[]
      : Field extends object
        ? ObjectInput<Field>
        : Field

/**
 * An object as people write it: its fields, without the ones Sanity or the build adds. A field
 * the schema leaves optional may also be given as `undefined`, which the build leaves out.
 */
type ObjectInput<Shape> = {
  [Key in keyof Shape as Key extends Made ? never : Key]: object extends Pick<Shape, Key>
    ? FieldInput<Shape[Key]> | undefined
    : FieldInput<Shape[Key]>
}

/** A document as people write it, with the short id its `_id` and slug are made from. */
type DocumentInput<Shape> = { id: string } & ObjectInput<Shape>

export type AreaInput = DocumentInput<Area>
export type TopicInput = DocumentInput<Topic>
export type OrganisationInput = DocumentInput<Organisation>
export type VenueInput = DocumentInput<Venue>
export type ContactInput = ObjectInput<Contact>
export type ScheduleInput = ObjectInput<Schedule>
export type ServiceInput = DocumentInput<Service>
export type SessionInput = ObjectInput<CourseSession>
/** Every course needs its term: the seed makes its id and web address from it. */
export type CourseInput = DocumentInput<Course> & { term: NonNullable<Course['term']> }
export type OpportunityInput = DocumentInput<Opportunity>
export type PageInput = DocumentInput<Page>
export type SiteSettingsInput = ObjectInput<SiteSettings>
