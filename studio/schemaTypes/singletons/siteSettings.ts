import { textLimits } from '@findpeersupport/content-model/limits'
import { defineArrayMember, defineField, defineType } from 'sanity'

/** The one settings document: the site's name, crisis contacts and where update suggestions go. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'siteName',
      title: 'Site name',
      type: 'string',
      description: 'Shown at the top of every page and in the browser tab, like "Find Peer Support".',
      validation: (rule) => rule.required().min(textLimits.label.min).max(textLimits.label.max),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'string',
      description: 'One sentence about the site, for search engines and link previews.',
      validation: (rule) => rule.required().min(textLimits.phrase.min).max(textLimits.phrase.max),
    }),
    defineField({
      name: 'crisisContacts',
      title: 'Crisis contacts',
      type: 'array',
      of: [defineArrayMember({ type: 'crisisContact' })],
      description: 'Shown at the top of every page. Check these numbers often.',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'updatesEmail',
      title: 'Email for suggested updates',
      type: 'email',
      description: 'Where "Suggest an update" emails go.',
      validation: (rule) => rule.required(),
    }),
  ],
})
