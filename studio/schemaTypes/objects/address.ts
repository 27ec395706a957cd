import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { isUkPostcode } from '@findpeersupport/content-model/rules'

/** A UK postal address. */
export const address = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  fields: [
    defineField({
      name: 'line1',
      title: 'Address line 1',
      type: 'string',
      description: 'The building and street, like "14 Station Road".',
      validation: (rule) => rule.required().min(textLimits.line.min).max(textLimits.line.max),
    }),
    defineField({
      name: 'line2',
      title: 'Address line 2',
      type: 'string',
      description: 'Optional. More of the address, like "Back entrance, first floor".',
      validation: (rule) => rule.min(textLimits.line.min).max(textLimits.line.max),
    }),
    defineField({
      name: 'town',
      title: 'Town or city',
      type: 'string',
      description: 'Like "Croydon".',
      validation: (rule) => rule.required().min(textLimits.label.min).max(textLimits.label.max),
    }),
    defineField({
      name: 'postcode',
      title: 'Postcode',
      type: 'string',
      description: 'A full UK postcode, like CR0 1AB.',
      validation: (rule) =>
        rule
          .required()
          .custom((postcode) =>
            !postcode || isUkPostcode(postcode) ? true : 'Use a full UK postcode, like CR0 1AB',
          ),
    }),
  ],
})
