import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import {
  areasField,
  audiencesField,
  contactField,
  deliveryField,
  descriptionField,
  lastCheckedFields,
  listingForm,
  nameField,
  organisationField,
  lastingSlugFields,
  statusFields,
  summaryField,
  topicsField,
  webAddressField,
  whoForField,
} from '../fields'
import { opportunityKinds, titleOf, type OpportunityKind } from '@findpeersupport/content-model/vocabulary'
import { listingPreview, listingPreviewSelect, type ListingSelection } from '../previews'

/** A way to give peer support: a volunteer role, a paid post, or training to become a peer worker. */
export const opportunity = defineType({
  name: 'opportunity',
  title: 'Opportunity',
  type: 'document',
  ...listingForm('How to apply', {
    about: [
      nameField('The role or training, like "Volunteer Linkworker".'),
      ...lastingSlugFields,
      defineField({
        name: 'kind',
        title: 'Kind',
        type: 'string',
        description: 'A volunteer role, a paid job, or training to become a peer worker.',
        options: { list: [...opportunityKinds], layout: 'radio' },
        // Most roles a small peer project offers are for volunteers.
        initialValue: 'volunteer',
        validation: (rule) => rule.required(),
      }),
      organisationField('Offered by'),
      summaryField,
      descriptionField,
      {
        ...whoForField,
        title: 'Who can apply',
        description: 'Like "People with their own experience of mental health services".',
      },
      {
        ...audiencesField,
        title: 'Groups of people it supports',
        description:
          'Who the role works with, like young people or carers. Tick all that apply. Used for search filters.',
      },
      {
        ...topicsField,
        description:
          'What the role is about, like hearing voices or carers. Recovery or general wellbeing if it is for anyone.',
      },
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
    ],
    when: [
      defineField({
        name: 'commitment',
        title: 'Time needed',
        type: 'string',
        description: 'Like "Half a day a week for at least 6 months".',
        validation: (rule) => rule.required().min(textLimits.phrase.min).max(textLimits.phrase.max),
      }),
      defineField({
        name: 'closingDate',
        title: 'Closing date',
        type: 'date',
        description: 'The last day to apply. Leave empty if you take applications all year.',
      }),
    ],
    where: [
      areasField,
      // Most roles are done in person; change it for a role done from home.
      { ...deliveryField, initialValue: ['in-person'] },
    ],
    joining: [
      defineField({
        name: 'howToApply',
        title: 'How to apply',
        type: 'text',
        rows: 3,
        description:
          'What to do, in plain steps, like "Send us a short email about yourself. We will call you for an informal chat."',
        validation: (rule) => rule.required().min(textLimits.howTo.min).max(textLimits.howTo.max),
      }),
      webAddressField(
        'applyUrl',
        'Application page',
        'Optional. The page with the application form or job advert, starting https://.',
      ),
    ],
    contact: [contactField],
    checks: [...statusFields, ...lastCheckedFields],
  }),
  preview: {
    select: { ...listingPreviewSelect, kind: 'kind' },
    prepare: ({ kind, ...selection }: ListingSelection & { kind?: OpportunityKind }) =>
      listingPreview(kind && titleOf(opportunityKinds, kind), selection),
  },
})
