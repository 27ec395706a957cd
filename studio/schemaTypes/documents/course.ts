import { textLimits } from '@findpeersupport/content-model/limits'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  areasField,
  audiencesField,
  contactField,
  descriptionField,
  lastCheckedFields,
  nameField,
  slugField,
  statusFields,
  summaryField,
  topicsField,
  webAddressField,
  whoForField,
} from '../fields'
import { courseFormats, enrolmentRoutes } from '@findpeersupport/content-model/vocabulary'
import { needsVenueWhenInPerson } from '../venueRule'

/** A recovery college course: a set of dated sessions in one term. */
export const course = defineType({
  name: 'course',
  title: 'Course',
  type: 'document',
  fields: [
    nameField('The course title, like "Understanding anxiety".'),
    slugField,
    defineField({
      name: 'college',
      title: 'Recovery college',
      type: 'reference',
      to: [{ type: 'organisation' }],
      options: { filter: 'kind == "recovery-college"' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'term',
      title: 'Term',
      type: 'string',
      description: 'Like "Spring 2027". Courses are grouped by term in the prospectus.',
      validation: (rule) =>
        rule.required().regex(/^(Spring|Summer|Autumn|Winter) \d{4}$/, { name: 'term, like Spring 2027' }),
    }),
    summaryField,
    descriptionField,
    whoForField,
    audiencesField,
    topicsField,
    areasField,
    defineField({
      name: 'sessions',
      title: 'Sessions',
      type: 'array',
      of: [defineArrayMember({ type: 'courseSession' })],
      description: 'Every session, with its date and times.',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'format',
      title: 'Format',
      type: 'string',
      options: { list: [...courseFormats], layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'venue',
      title: 'Venue',
      type: 'reference',
      to: [{ type: 'venue' }],
      description: 'Where it happens. Needed unless the course is online only.',
      validation: (rule) => rule.custom(needsVenueWhenInPerson),
    }),
    defineField({
      name: 'onlineDetails',
      title: 'How to join online',
      type: 'string',
      description: 'Like "On Zoom. We send the link when you enrol."',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
    defineField({
      name: 'peerTutor',
      title: 'Co-delivered by a peer tutor',
      type: 'boolean',
      description: 'Tick if a tutor with lived experience teaches it alongside a professional.',
      initialValue: true,
    }),
    defineField({
      name: 'enrolment',
      title: 'Who can enrol',
      type: 'string',
      description:
        'Can people enrol themselves, or do they need someone to refer them? Shown as "No referral needed".',
      options: { list: [...enrolmentRoutes], layout: 'radio' },
      initialValue: 'self-enrol',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'howToEnrol',
      title: 'How to enrol',
      type: 'text',
      rows: 3,
      description: 'Who can enrol and how, in plain steps.',
      validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
    }),
    webAddressField('enrolUrl', 'Enrolment page'),
    defineField({
      name: 'places',
      title: 'Places',
      type: 'number',
      description: 'How many people can take part.',
      validation: (rule) => rule.integer().min(1).max(500),
    }),
    defineField({
      name: 'cost',
      title: 'Cost',
      type: 'string',
      description: 'Most recovery college courses are free.',
      options: {
        list: [
          { title: 'Free', value: 'free' },
          { title: 'There is a charge', value: 'paid' },
        ],
        layout: 'radio',
      },
      initialValue: 'free',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'costDetails',
      title: 'Cost details',
      type: 'string',
      description: 'How much it costs, and whether there is help with the cost.',
      validation: (rule) =>
        rule
          .min(textLimits.phrase.min)
          .max(textLimits.phrase.max)
          .custom((details, context) =>
            context.document?.cost === 'paid' && !details ? 'Say how much it costs' : true,
          ),
    }),
    contactField,
    ...statusFields,
    ...lastCheckedFields,
  ],
  preview: { select: { title: 'name', subtitle: 'term' } },
})
