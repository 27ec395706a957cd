import { defineField, defineType } from 'sanity'
import { isSafeUrl, isUkPhoneNumber, isUkTextNumber } from '../rules'

/** How a person gets in touch about a listing. Shown as tap-to-call, email and web links. */
export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Contact name',
      type: 'string',
      description: 'Optional. A first name or role, like "Sam, group facilitator".',
      validation: (rule) => rule.max(120),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description: 'A UK number, like 020 7946 0123.',
      validation: (rule) =>
        rule.custom((phone) =>
          !phone || isUkPhoneNumber(phone)
            ? true
            : 'Use a UK phone number, like 020 7946 0123 or 07700 900123',
        ),
    }),
    defineField({
      name: 'text',
      title: 'Text message number',
      type: 'string',
      description: 'Optional. A mobile number or short code people can text.',
      validation: (rule) =>
        rule.custom((text) =>
          !text || isUkTextNumber(text) ? true : 'Use a UK mobile number or a 5-digit short code',
        ),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'email',
    }),
    defineField({
      name: 'website',
      title: 'Web page',
      type: 'url',
      description: 'The page about this listing on your own website, starting https://.',
      validation: (rule) =>
        rule
          .uri({ scheme: ['https', 'http'] })
          .custom((url) => (!url || isSafeUrl(url) ? true : 'Use a web address starting https://')),
    }),
  ],
})
