import { textLimits } from '@findpeersupport/content-model/limits'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  areasField,
  audiencesField,
  contactField,
  descriptionField,
  lastCheckedFields,
  listingForm,
  nameField,
  lastingSlugFields,
  statusFields,
  summaryField,
  topicsField,
  webAddressField,
  whoForField,
  costDetailsField,
  costField,
} from '../fields'
import { courseCostTypes, courseFormats, enrolmentRoutes } from '@findpeersupport/content-model/vocabulary'
import { listingPreview, listingPreviewSelect, type ListingSelection } from '../previews'
import { needsVenueWhenInPerson } from '../venueRule'

/** A recovery college course: a set of dated sessions in one term. */
export const course = defineType({
  name: 'course',
  title: 'Course',
  type: 'document',
  ...listingForm('How to enrol', {
    about: [
      nameField('The course title, like "Understanding anxiety".'),
      ...lastingSlugFields,
      defineField({
        name: 'college',
        title: 'Recovery college',
        type: 'reference',
        to: [{ type: 'organisation' }],
        description: 'The recovery college that runs it. Start typing its name to find it.',
        options: { filter: 'kind == "recovery-college"' },
        validation: (rule) => rule.required(),
      }),
      summaryField,
      descriptionField,
      whoForField,
      audiencesField,
      topicsField,
      defineField({
        name: 'peerTutor',
        title: 'Co-delivered by a peer tutor',
        type: 'boolean',
        description: 'Tick if a tutor with lived experience teaches it alongside a professional.',
        initialValue: true,
      }),
    ],
    when: [
      defineField({
        name: 'term',
        title: 'Term',
        type: 'string',
        description: 'Like "Spring 2027". Courses are grouped by term in the prospectus.',
        validation: (rule) =>
          rule.required().regex(/^(Spring|Summer|Autumn|Winter) \d{4}$/, { name: 'term, like Spring 2027' }),
      }),
      defineField({
        name: 'sessions',
        title: 'Sessions',
        type: 'array',
        of: [defineArrayMember({ type: 'courseSession' })],
        description: 'Every session, with its date and times. Add one for each week of the course.',
        validation: (rule) => rule.required().min(1),
      }),
    ],
    where: [
      areasField,
      defineField({
        name: 'format',
        title: 'Format',
        type: 'string',
        description: 'Whether people come to a room, join online, or some of each.',
        options: { list: [...courseFormats], layout: 'radio' },
        // Most recovery college courses meet in a room; the venue rule then asks which one.
        initialValue: 'in-person',
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: 'venue',
        title: 'Venue',
        type: 'reference',
        to: [{ type: 'venue' }],
        description:
          'Where it happens. Needed unless the course is online only. Start typing the venue’s name; if it is not there yet, create it here.',
        validation: (rule) => rule.custom(needsVenueWhenInPerson),
      }),
    ],
    joining: [
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
        description:
          'Who can enrol and how, in plain steps, like "Fill in the form on our website, or ring us and we will do it with you."',
        validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
      }),
      webAddressField(
        'enrolUrl',
        'Enrolment page',
        'Optional. The page where people enrol, starting https://.',
      ),
      defineField({
        name: 'onlineDetails',
        title: 'How to join online',
        type: 'string',
        description: 'Like "On Zoom. We send the link when you enrol."',
        validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
      }),
      defineField({
        name: 'places',
        title: 'Places',
        type: 'number',
        description: 'Optional. How many people can take part, like 12.',
        validation: (rule) => rule.integer().min(1).max(500),
      }),
      costField(courseCostTypes, 'Most recovery college courses are free.'),
      costDetailsField('How much it costs, and whether there is help with the cost.'),
    ],
    contact: [contactField],
    checks: [...statusFields, ...lastCheckedFields],
  }),
  preview: {
    select: { ...listingPreviewSelect, term: 'term' },
    prepare: ({ term, ...selection }: ListingSelection & { term?: string }) =>
      listingPreview(term ? `${term} course` : 'Course', selection),
  },
})
