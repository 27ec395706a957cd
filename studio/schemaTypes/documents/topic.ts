import { textLimits } from '@findpeersupport/content-model/limits'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { nameField, slugField } from '../fields'

/** What a listing is about, like hearing voices or carers. */
export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  fields: [
    nameField('As people say it, like "Hearing voices".', textLimits.label),
    slugField,
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One plain sentence, shown on the topic page.',
      validation: (rule) => rule.required().min(textLimits.note.min).max(textLimits.note.max),
    }),
    defineField({
      name: 'alsoKnownAs',
      title: 'Other words people use',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => rule.min(textLimits.label.min).max(textLimits.label.max),
        }),
      ],
      description:
        'Other words people search with, so search finds this topic: other names and spellings ("bi-polar", "PTSD") and everyday words ("my son", "drinking"). One word or short phrase each.',
      options: { layout: 'tags' },
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'description' } },
})
