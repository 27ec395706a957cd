import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { phoneField, webAddressField } from '../fields'
import { isUkTextNumber } from '@findpeersupport/content-model/rules'

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
      validation: (rule) => rule.min(textLimits.line.min).max(textLimits.line.max),
    }),
    phoneField,
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
      description: 'Optional. An address someone reads, like hello@example.org.',
    }),
    webAddressField(
      'website',
      'Web page',
      'The page about this listing on your own website, starting https://.',
    ),
  ],
})
