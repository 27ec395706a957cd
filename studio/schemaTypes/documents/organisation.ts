import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  areasField,
  descriptionField,
  lastCheckedFields,
  nameField,
  phoneField,
  lastingSlugFields,
  summaryField,
  tabbedForm,
  webAddressField,
} from '../fields'
import { organisationKinds } from '@findpeersupport/content-model/vocabulary'

/** A provider: a peer project, charity, NHS trust, user-led network or recovery college. */
export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  ...tabbedForm(
    [
      { name: 'about', title: 'About' },
      { name: 'contact', title: 'Contact' },
      { name: 'editors', title: 'Editors' },
      { name: 'checks', title: 'Checks' },
    ],
    {
      about: [
        nameField('The name people know you by.'),
        ...lastingSlugFields,
        defineField({
          name: 'kind',
          title: 'Kind of organisation',
          type: 'string',
          description:
            'The one that fits best, like "Charity" or "NHS trust". Choose "Recovery college" if you run courses, so your courses can name you.',
          options: { list: [...organisationKinds] },
          validation: (rule) => rule.required(),
        }),
        summaryField,
        descriptionField,
        areasField,
        defineField({
          name: 'charityNumber',
          title: 'Charity number',
          type: 'string',
          description: 'Optional. Your number with the Charity Commission.',
          validation: (rule) => rule.regex(/^\d{6,8}(-\d+)?$/, { name: 'charity number, like 1123456' }),
        }),
      ],
      contact: [
        webAddressField('website', 'Website', 'Your home page, starting https://.'),
        defineField({
          name: 'email',
          title: 'Email',
          type: 'email',
          description:
            'Optional. An address people can write to, like hello@example.org. Shown on your organisation’s page.',
        }),
        phoneField,
      ],
      editors: [
        defineField({
          name: 'editors',
          title: 'Editors',
          type: 'array',
          // The Studio checks each entry is an email address: that is built into the email type.
          of: [defineArrayMember({ type: 'email' })],
          description:
            'The email addresses partners sign in to the Studio with, one for each person who keeps this organisation’s listings up to date. They see those listings under "My organisation’s listings". Not shown on the site.',
          validation: (rule) =>
            rule.custom((emails: string[] | undefined) => {
              // Sign-in addresses are not case-sensitive, so Jo@example.org and jo@example.org are one person.
              const lowered = (emails ?? []).map((email) => email.toLowerCase())
              const repeated = lowered.find((email, index) => lowered.indexOf(email) !== index)
              return repeated ? `${repeated} is listed twice: remove one` : true
            }),
        }),
      ],
      checks: lastCheckedFields,
    },
  ),
  preview: { select: { title: 'name', subtitle: 'kind' } },
})
