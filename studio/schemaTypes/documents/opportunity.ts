import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import {
  areasField,
  contactField,
  deliveryField,
  descriptionField,
  lastCheckedFields,
  nameField,
  slugField,
  statusFields,
  summaryField,
  webAddressField,
  whoForField,
} from '../fields'
import { opportunityKinds } from '@findpeersupport/content-model/vocabulary'

/** A way to give peer support: a volunteer role, a paid post, or training to become a peer worker. */
export const opportunity = defineType({
  name: 'opportunity',
  title: 'Opportunity',
  type: 'document',
  fields: [
    nameField('The role or training, like "Volunteer Linkworker".'),
    slugField,
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: { list: [...opportunityKinds], layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'organisation',
      title: 'Offered by',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required(),
    }),
    summaryField,
    descriptionField,
    {
      ...whoForField,
      title: 'Who can apply',
      description: 'Like "People with their own experience of mental health services".',
    },
    areasField,
    deliveryField,
    defineField({
      name: 'commitment',
      title: 'Time needed',
      type: 'string',
      description: 'Like "Half a day a week for at least 6 months".',
      validation: (rule) => rule.required().min(textLimits.phrase.min).max(textLimits.phrase.max),
    }),
    defineField({
      name: 'pay',
      title: 'Pay',
      type: 'string',
      description:
        'For paid posts, like "£24,000 to £26,500 a year (NHS Band 4)". Volunteers: say which expenses are paid.',
      validation: (rule) => rule.min(textLimits.phrase.min).max(textLimits.phrase.max),
    }),
    defineField({
      name: 'trainingProvided',
      title: 'Training given',
      type: 'string',
      description:
        'The training and support people get, like "6-day peer support training and monthly supervision".',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
    defineField({
      name: 'howToApply',
      title: 'How to apply',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
    }),
    webAddressField('applyUrl', 'Application page'),
    defineField({
      name: 'closingDate',
      title: 'Closing date',
      type: 'date',
      description: 'Leave empty if you take applications all year.',
    }),
    contactField,
    ...statusFields,
    ...lastCheckedFields,
  ],
  preview: { select: { title: 'name', subtitle: 'kind' } },
})
