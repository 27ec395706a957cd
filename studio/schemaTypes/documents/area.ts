import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { nameField, slugField } from '../fields'

/** A local authority or borough the directory covers, or "National and online". */
export const area = defineType({
  name: 'area',
  title: 'Area',
  type: 'document',
  fields: [
    nameField('The borough, city or county, like "Croydon".', textLimits.label),
    slugField,
    defineField({
      name: 'region',
      title: 'Region',
      type: 'string',
      description: 'The wider region, like "London" or "Yorkshire and the Humber".',
      validation: (rule) => rule.required().min(textLimits.label.min).max(textLimits.label.max),
    }),
    defineField({
      name: 'isNational',
      title: 'National and online',
      type: 'boolean',
      description: 'Tick for the one area that means "anyone in England can use it".',
      initialValue: false,
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'region' } },
})
