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
  listingForm,
  nameField,
  lastingSlugFields,
  statusFields,
  summaryField,
  topicsField,
  whoForField,
  costDetailsField,
  costField,
  organisationField,
} from '../fields'
import {
  accessRoutes,
  costTypes,
  serviceKinds,
  titleOf,
  type ServiceKind,
} from '@findpeersupport/content-model/vocabulary'
import { listingPreview, listingPreviewSelect, type ListingSelection } from '../previews'
import { needsVenueWhenInPerson } from '../venueRule'

/** A peer support offer: a group, a peer worker, a line, a community. */
export const service = defineType({
  name: 'service',
  title: 'Service',
  type: 'document',
  ...listingForm('How to join', {
    about: [
      nameField('What people call it, like "Croydon Hearing Voices Group".'),
      ...lastingSlugFields,
      defineField({
        name: 'kind',
        title: 'Kind of support',
        type: 'string',
        description: 'The one that fits best, like "Peer support group" for a group that meets regularly.',
        options: { list: [...serviceKinds] },
        validation: (rule) => rule.required(),
      }),
      organisationField('Run by'),
      summaryField,
      descriptionField,
      whoForField,
      audiencesField,
      topicsField,
      defineField({
        name: 'peerLed',
        title: 'Peer-led',
        type: 'boolean',
        description: 'Run by people with their own lived experience of mental distress.',
        initialValue: true,
      }),
      defineField({
        name: 'coProduced',
        title: 'Co-produced',
        type: 'boolean',
        description: 'Designed and run together with the people who use it.',
        initialValue: false,
      }),
    ],
    when: [
      defineField({
        name: 'schedules',
        title: 'Meeting times',
        type: 'array',
        of: [defineArrayMember({ type: 'schedule' })],
        description:
          'Regular times it meets or is open. Each one shows here as the site will say it, like "Every Tuesday, 6pm to 7:30pm". Leave empty if it is by appointment.',
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
      }),
    ],
    where: [
      areasField,
      // Most small projects meet in person; the venue rule then asks where.
      { ...deliveryField, initialValue: ['in-person'] },
      defineField({
        name: 'venues',
        title: 'Venues',
        type: 'array',
        of: [defineArrayMember({ type: 'reference', to: [{ type: 'venue' }] })],
        description:
          'Where it happens. Needed when it happens in person. Start typing the venue’s name; if it is not there yet, create it here.',
        validation: (rule) => rule.unique().custom(needsVenueWhenInPerson),
      }),
    ],
    joining: [
      // No starting value: whether people can just turn up is a fact to choose, never to guess.
      defineField({
        name: 'accessRoute',
        title: 'How to get in',
        type: 'string',
        description: 'Can people come along or contact you themselves, or do they need a referral?',
        options: { list: [...accessRoutes], layout: 'radio' },
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: 'howToJoin',
        title: 'How to join',
        type: 'text',
        rows: 3,
        description:
          'What to do first, in plain steps, like "Just turn up. Someone will meet you at the door."',
        validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
      }),
      defineField({
        name: 'onlineDetails',
        title: 'How to join online or by phone',
        type: 'string',
        description:
          'Like "On Zoom. Email for the link." Do not put meeting passwords here: this page is public.',
        validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
      }),
      costField(costTypes, 'Most peer support is free. "Pay what you can" means nobody is turned away.'),
      costDetailsField('Like "£2 towards tea and biscuits, free if you cannot pay".'),
    ],
    contact: [contactField],
    accessibility: [
      defineField({
        name: 'accessibilityNotes',
        title: 'Accessibility',
        type: 'string',
        description:
          'Optional. What helps people take part, like "Large print handouts" or "Captions on video calls". Step-free access and toilets go on the venue.',
        validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
      }),
      languagesField,
    ],
    checks: [...statusFields, ...lastCheckedFields],
  }),
  preview: {
    select: { ...listingPreviewSelect, kind: 'kind' },
    prepare: ({ kind, ...selection }: ListingSelection & { kind?: ServiceKind }) =>
      listingPreview(kind && titleOf(serviceKinds, kind), selection),
  },
})
