import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { isUkTextNumber } from '@findpeersupport/content-model/rules'

/** A crisis line shown on every page. */
export const crisisContact = defineType({
  name: 'crisisContact',
  title: 'Crisis contact',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Who answers, like "Samaritans" or "NHS". Shown just before the number.',
      validation: (rule) => rule.required().min(textLimits.label.min).max(textLimits.label.max),
    }),
    defineField({
      name: 'number',
      title: 'Number',
      type: 'string',
      description: 'The number to call or text, like 116 123.',
      validation: (rule) =>
        rule
          .required()
          .custom((number) =>
            !number || isUkTextNumber(number) ? true : 'Use a UK phone number or short code',
          ),
    }),
    defineField({
      name: 'method',
      title: 'Call or text',
      type: 'string',
      description: 'Whether people ring this number or send it a text message.',
      options: {
        list: [
          { title: 'Call', value: 'call' },
          { title: 'Text', value: 'text' },
        ],
        layout: 'radio',
      },
      initialValue: 'call',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'textBody',
      title: 'Word to text',
      type: 'string',
      description: 'For text lines only: the word to send, like SHOUT.',
      validation: (rule) => rule.min(textLimits.keyword.min).max(textLimits.keyword.max),
    }),
    defineField({
      name: 'when',
      title: 'When to use it',
      type: 'string',
      description:
        'A few plain words shown after the number, like "free, any time" or "option 2, for urgent mental health help".',
      validation: (rule) => rule.required().min(textLimits.line.min).max(textLimits.line.max),
    }),
  ],
})
