import { textLimits } from '@findpeersupport/content-model/limits'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  areasField,
  audiencesField,
  contactField,
  deliveryField,
  descriptionField,
  languagesField,
  lastCheckedFields,
  nameField,
  slugField,
  statusFields,
  summaryField,
  topicsField,
  whoForField,
  costDetailsField,
} from '../fields'
import { accessRoutes, costTypes, serviceKinds } from '@findpeersupport/content-model/vocabulary'
import { needsVenueWhenInPerson } from '../venueRule'

/** A peer support offer: a group, a peer worker, a line, a community. */
export const service = defineType({
  name: 'service',
  title: 'Service',
  type: 'document',
  groups: [
    { name: 'about', title: 'About', default: true },
    { name: 'when', title: 'When and where' },
    { name: 'joining', title: 'Joining' },
    { name: 'checks', title: 'Status and checks' },
  ],
  fields: [
    { ...nameField('What people call it, like "Croydon Hearing Voices Group".'), group: 'about' },
    { ...slugField, group: 'about' },
    defineField({
      name: 'kind',
      title: 'Kind of support',
      type: 'string',
      options: { list: [...serviceKinds] },
      validation: (rule) => rule.required(),
      group: 'about',
    }),
    defineField({
      name: 'organisation',
      title: 'Run by',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required(),
      group: 'about',
    }),
    { ...summaryField, group: 'about' },
    { ...descriptionField, group: 'about' },
    { ...whoForField, group: 'about' },
    { ...audiencesField, group: 'about' },
    { ...topicsField, group: 'about' },
    defineField({
      name: 'peerLed',
      title: 'Peer-led',
      type: 'boolean',
      description: 'Run by people with their own lived experience of mental distress.',
      initialValue: true,
      group: 'about',
    }),
    defineField({
      name: 'coProduced',
      title: 'Co-produced',
      type: 'boolean',
      description: 'Designed and run together with the people who use it.',
      initialValue: false,
      group: 'about',
    }),
    { ...areasField, group: 'when' },
    { ...deliveryField, group: 'when' },
    defineField({
      name: 'venues',
      title: 'Venues',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'venue' }] })],
      description: 'Where it happens. Needed when it happens in person.',
      validation: (rule) => rule.unique().custom(needsVenueWhenInPerson),
      group: 'when',
    }),
    defineField({
      name: 'schedules',
      title: 'Meeting times',
      type: 'array',
      of: [defineArrayMember({ type: 'schedule' })],
      description: 'Regular times it meets or is open. Leave empty if it is by appointment.',
      group: 'when',
    }),
    defineField({
      name: 'availability',
      title: 'Other times',
      type: 'string',
      description:
        'For support without fixed times, like "By appointment, Monday to Friday" or "Online forum, open all the time".',
      validation: (rule) =>
        rule
          .min(textLimits.phrase.min)
          .max(textLimits.phrase.max)
          .custom((availability, context) =>
            !availability && !(context.document?.schedules as unknown[] | undefined)?.length
              ? 'Add a meeting time, or say when it is available in "Other times"'
              : true,
          ),
      group: 'when',
    }),
    defineField({
      name: 'onlineDetails',
      title: 'How to join online or by phone',
      type: 'string',
      description:
        'Like "On Zoom. Email for the link." Do not put meeting passwords here: this page is public.',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
      group: 'when',
    }),
    defineField({
      name: 'accessRoute',
      title: 'How to get in',
      type: 'string',
      description: 'Can people come along or contact you themselves, or do they need a referral?',
      options: { list: [...accessRoutes], layout: 'radio' },
      validation: (rule) => rule.required(),
      group: 'joining',
    }),
    defineField({
      name: 'howToJoin',
      title: 'How to join',
      type: 'text',
      rows: 3,
      description:
        'What to do first, in plain steps, like "Just turn up. Someone will meet you at the door."',
      validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
      group: 'joining',
    }),
    defineField({
      name: 'cost',
      title: 'Cost',
      type: 'string',
      options: { list: [...costTypes], layout: 'radio' },
      initialValue: 'free',
      validation: (rule) => rule.required(),
      group: 'joining',
    }),
    defineField({
      ...costDetailsField('Like "£2 towards tea and biscuits, free if you cannot pay".'),
      group: 'joining',
    }),
    { ...languagesField, group: 'joining' },
    defineField({
      name: 'accessibilityNotes',
      title: 'Accessibility',
      type: 'string',
      description: 'Optional. Like "Large print handouts" or "Captions on video calls".',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
      group: 'joining',
    }),
    { ...contactField, group: 'joining' },
    ...statusFields.map((field) => ({ ...field, group: 'checks' })),
    ...lastCheckedFields.map((field) => ({ ...field, group: 'checks' })),
  ],
  preview: { select: { title: 'name', subtitle: 'organisation.name' } },
})
