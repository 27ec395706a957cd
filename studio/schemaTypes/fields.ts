import { textLimits, type TextLimit } from '@findpeersupport/content-model/limits'
import { checkerName } from '../actions/markChecked'
import {
  defineArrayMember,
  defineField,
  getPublishedId,
  type FieldDefinition,
  type FieldGroupDefinition,
  type InitialValueResolver,
  type SlugIsUniqueValidator,
} from 'sanity'
import { apiVersion } from '../../site/lib/content/apiVersion'
import { isSafeUrl, isUkPhoneNumber, slugPattern, todayInUk } from '@findpeersupport/content-model/rules'
import {
  audiences,
  deliveryModes,
  languages,
  listingStatuses,
  type CostType,
} from '@findpeersupport/content-model/vocabulary'

/**
 * Fields that every kind of listing (service, course, opportunity) has, written once so
 * their descriptions and rules cannot drift apart.
 */

/**
 * A form on tabs: each field on its tab, the tabs in the order given with the first one open.
 * Only the tabs that have fields are shown, since an empty tab is a dead end.
 */
export function tabbedForm<Tab extends string>(
  tabs: readonly { name: Tab; title: string }[],
  fieldsByTab: Partial<Record<Tab, FieldDefinition[]>>,
): { groups: FieldGroupDefinition[]; fields: FieldDefinition[] } {
  const used = tabs.filter(({ name }) => fieldsByTab[name]?.length)
  return {
    groups: used.map((tab, index) => (index === 0 ? { ...tab, default: true } : tab)),
    fields: used.flatMap(({ name }) => (fieldsByTab[name] ?? []).map((field) => ({ ...field, group: name }))),
  }
}

type ListingTab = 'about' | 'when' | 'where' | 'joining' | 'contact' | 'accessibility' | 'checks'

/**
 * A listing's form, on tabs in the order a partner thinks about a listing: what it is, when,
 * where, how to join, contact, accessibility, checks. The joining tab is named for the listing:
 * "How to join", "How to enrol", "How to apply".
 */
export const listingForm = (
  joiningTitle: string,
  fieldsByTab: Partial<Record<ListingTab, FieldDefinition[]>>,
) =>
  tabbedForm<ListingTab>(
    [
      { name: 'about', title: 'About' },
      { name: 'when', title: 'When' },
      { name: 'where', title: 'Where' },
      { name: 'joining', title: joiningTitle },
      { name: 'contact', title: 'Contact' },
      { name: 'accessibility', title: 'Accessibility and languages' },
      { name: 'checks', title: 'Status and checks' },
    ],
    fieldsByTab,
  )

/** The name of a document, held to a listing's name limit unless another one fits better. */
export const nameField = (description: string, { min, max }: TextLimit = textLimits.name) =>
  defineField({
    name: 'name',
    title: 'Name',
    type: 'string',
    description,
    validation: (rule) => rule.required().min(min).max(max),
  })

export const slugField = defineField({
  name: 'slug',
  title: 'Web address',
  type: 'slug',
  description:
    'The last part of the page address. Press "Generate" to make it from the name. Do not change it once published.',
  options: { source: 'name', maxLength: 96 },
  validation: (rule) => rule.required(),
})

/**
 * No other document of this type uses the web address, now or as one of its earlier ones, which
 * still lead to that document. Sanity's own check (`defaultIsUnique`) with the earlier ones added.
 */
export const isSlugFree: SlugIsUniqueValidator = (slug, { document, getClient }) => {
  if (!document) throw new Error('The web address check needs the document it belongs to.')
  return getClient({ apiVersion })
    .withConfig({ perspective: 'raw' })
    .fetch<boolean>(
      `!defined(*[_type == $type && !sanity::versionOf($published) && (slug.current == $slug || $slug in previousSlugs)][0]._id)`,
      { type: document._type, published: getPublishedId(document._id), slug },
    )
}

/**
 * The web address of a page people keep links to (a listing or an organisation), and the earlier
 * ones it had. Publishing a new address keeps the old one (studio/actions/earlierSlugs.ts), and the
 * site sends anyone who follows an old link, a leaflet or a QR code on to the page.
 */
export const lastingSlugFields = [
  defineField({
    ...slugField,
    description:
      'The last part of the page address. Press "Generate" to make it from the name. You can change it: links to the old address keep working.',
    options: { ...slugField.options, isUnique: isSlugFree },
  }),
  defineField({
    name: 'previousSlugs',
    title: 'Earlier web addresses',
    type: 'array',
    of: [defineArrayMember({ type: 'string' })],
    description:
      'Old addresses of this page. The site sends anyone who uses one on to this page. Publishing adds the old address here when you change the web address. Remove one only if another page needs it.',
    hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
    validation: (rule) =>
      rule.unique().custom((earlier: string[] | undefined) => {
        const wrong = earlier?.find((slug) => !slugPattern.test(slug))
        return wrong === undefined
          ? true
          : `"${wrong}" is not a web address: use lower-case words joined by hyphens, or remove it`
      }),
  }),
]

export const summaryField = defineField({
  name: 'summary',
  title: 'Summary',
  type: 'text',
  rows: 3,
  description: 'One or two plain sentences that say what it is. Shown in search results.',
  validation: (rule) => rule.required().min(textLimits.summary.min).max(textLimits.summary.max),
})

export const descriptionField = defineField({
  name: 'description',
  title: 'Description',
  type: 'richText',
  description: 'What happens, what to expect the first time, anything a nervous newcomer would want to know.',
})

export const whoForField = defineField({
  name: 'whoFor',
  title: 'Who it is for',
  type: 'string',
  description: 'In a few words, like "Adults who hear voices or see visions".',
  validation: (rule) => rule.required().min(textLimits.phrase.min).max(textLimits.phrase.max),
})

export const audiencesField = defineField({
  name: 'audiences',
  title: 'Groups of people it is for',
  type: 'array',
  of: [defineArrayMember({ type: 'string' })],
  description: 'Tick all that apply. Used for search filters.',
  options: { list: [...audiences] },
  validation: (rule) => rule.unique(),
})

export const topicsField = defineField({
  name: 'topics',
  title: 'Topics',
  type: 'array',
  of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
  description: 'What it is about, like hearing voices or carers. General wellbeing if it is for anyone.',
  validation: (rule) => rule.required().min(1).unique(),
})

export const areasField = defineField({
  name: 'areas',
  title: 'Areas',
  type: 'array',
  of: [defineArrayMember({ type: 'reference', to: [{ type: 'area' }] })],
  description:
    'The boroughs or counties it serves. Choose "National and online" if anyone can join from anywhere.',
  validation: (rule) => rule.required().min(1).unique(),
})

export const deliveryField = defineField({
  name: 'delivery',
  title: 'How it happens',
  type: 'array',
  of: [defineArrayMember({ type: 'string' })],
  description: 'In person, online, by phone, or a mix.',
  options: { list: [...deliveryModes] },
  validation: (rule) => rule.required().min(1).unique(),
})

export const languagesField = defineField({
  name: 'languages',
  title: 'Languages',
  type: 'array',
  of: [defineArrayMember({ type: 'string' })],
  description: 'The languages it is offered in.',
  options: { list: [...languages] },
  initialValue: ['en'],
  validation: (rule) => rule.required().min(1).unique(),
})

export const contactField = defineField({
  name: 'contact',
  title: 'Contact',
  type: 'contact',
  description: 'At least one way to get in touch.',
  validation: (rule) =>
    rule.required().custom((contact) => {
      const { phone, text, email, website } = (contact ?? {}) as Record<string, unknown>
      return phone || text || email || website ? true : 'Add a phone number, text number, email or web page'
    }),
})

export const statusFields = [
  defineField({
    name: 'status',
    title: 'Status',
    type: 'string',
    description:
      'Running, paused for now, or closed. A closed listing stays online, marked closed, and leaves search.',
    options: { list: [...listingStatuses], layout: 'radio' },
    initialValue: 'running',
    validation: (rule) => rule.required(),
  }),
  defineField({
    name: 'alert',
    title: 'Notice',
    type: 'string',
    description: 'Optional. A short notice shown at the top, like "No group on 24 December".',
    validation: (rule) => rule.min(textLimits.phrase.min).max(textLimits.phrase.max),
  }),
]

/** Who last checked a listing, and when. Shown on every listing, so people know how fresh it is. */
export const lastCheckedFields = [
  defineField({
    name: 'lastChecked',
    title: 'Last checked on',
    type: 'date',
    description:
      'The date someone last confirmed these details with the project. Starts as today, because whoever writes a listing checks it as they go: change it if you copied it from an old leaflet. Listings not checked for a year show a warning.',
    // A function, so the date is the day the listing is written, not the day the Studio was opened.
    initialValue: () => todayInUk(),
    validation: (rule) =>
      rule
        .required()
        .custom((date) =>
          date && date > todayInUk() ? `The last checked date (${date}) cannot be in the future` : true,
        ),
  }),
  defineField({
    name: 'checkedBy',
    title: 'Checked by',
    type: 'string',
    description: 'Who checked it: a name or role, like "Sam, volunteer coordinator". Not shown on the site.',
    // The person writing a listing is checking it, named as "Mark as checked today" names them.
    // With nobody signed in the resolver gives
    // undefined and Sanity leaves the field empty, though its type only admits a string.
    initialValue: ((_params, { currentUser }) => checkerName(currentUser)) as InitialValueResolver<
      unknown,
      string
    >,
  }),
]

/** A link to a web page: https:// or http:// only, never javascript: or data:. */
export const webAddressField = (name: string, title: string, description?: string) =>
  defineField({
    name,
    title,
    type: 'url',
    ...(description ? { description } : {}),
    validation: (rule) =>
      rule
        .uri({ scheme: ['https', 'http'] })
        .custom((url) => (!url || isSafeUrl(url) ? true : 'Use a web address starting https://')),
  })

/** A UK phone number people can tap to call. */
export const phoneField = defineField({
  name: 'phone',
  title: 'Phone',
  type: 'string',
  description: 'A UK number, like 020 7946 0123.',
  validation: (rule) =>
    rule.custom((phone) =>
      !phone || isUkPhoneNumber(phone) ? true : 'Use a UK phone number, like 020 7946 0123 or 07700 900123',
    ),
})

/** The organisation that runs a listing and keeps it up to date; `title` says how, like "Run by". */
export const organisationField = (title: string) =>
  defineField({
    name: 'organisation',
    title,
    type: 'reference',
    to: [{ type: 'organisation' }],
    description: 'Your project or organisation. Start typing its name to find it.',
    validation: (rule) => rule.required(),
  })

/** Whether a listing is free, from the kinds of cost `list` allows for it. Free to start with. */
export const costField = (list: readonly { value: CostType; title: string }[], description: string) =>
  defineField({
    name: 'cost',
    title: 'Cost',
    type: 'string',
    description,
    options: { list: [...list], layout: 'radio' },
    initialValue: 'free',
    validation: (rule) => rule.required(),
  })

/** How much a listing costs; needed when it has a charge. */
export const costDetailsField = (description: string) =>
  defineField({
    name: 'costDetails',
    title: 'Cost details',
    type: 'string',
    description,
    validation: (rule) =>
      rule
        .min(textLimits.phrase.min)
        .max(textLimits.phrase.max)
        .custom((details, context) =>
          context.document?.cost === 'paid' && !details ? 'Say how much it costs' : true,
        ),
  })
