import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'

/** A plain content page: About, Accessibility statement, Privacy. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The heading at the top of the page, like "About this directory".',
      validation: (rule) => rule.required().min(textLimits.label.min).max(textLimits.label.max),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'about, accessibility or privacy.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'string',
      description: 'One sentence, used by search engines.',
      validation: (rule) => rule.required().min(textLimits.phrase.min).max(textLimits.phrase.max),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'richText',
      description: 'The page itself, in short paragraphs with headings.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed on',
      type: 'date',
      description:
        'The date someone last read the page through and checked it is still true. Shown on the page.',
      validation: (rule) => rule.required(),
    }),
  ],
})
