import { defineArrayMember, defineType } from 'sanity'
import { isSafeUrl } from '@findpeersupport/content-model/rules'

/**
 * Rich text for descriptions: paragraphs, two heading levels, lists, bold, italic and
 * links. No images, no embeds and no raw HTML, so what a partner writes stays readable
 * and safe on a cheap phone.
 */
export const richText = defineType({
  name: 'richText',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Heading', value: 'h3' },
        { title: 'Small heading', value: 'h4' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbers', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
        annotations: [
          {
            name: 'link',
            type: 'object',
            title: 'Link',
            fields: [
              {
                name: 'href',
                type: 'url',
                title: 'Web address',
                description: 'Starts with https://, mailto: (email) or tel: (phone).',
                validation: (rule) =>
                  rule
                    .required()
                    .uri({ scheme: ['https', 'http', 'mailto', 'tel'] })
                    .custom((href) =>
                      typeof href !== 'string' || isSafeUrl(href)
                        ? true
                        : 'Use a link starting https://, mailto: or tel:',
                    ),
              },
            ],
          },
        ],
      },
    }),
  ],
})
