import { defineField, defineType } from 'sanity'
import { timePattern } from '@findpeersupport/content-model/rules'

/** One dated session of a recovery college course. */
export const courseSession = defineType({
  name: 'courseSession',
  title: 'Session',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The day of this session.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'startsAt',
      title: 'Starts at',
      type: 'string',
      description: '24-hour clock, like 10:00.',
      validation: (rule) => rule.required().regex(timePattern, { name: '24-hour time, like 10:00' }),
    }),
    defineField({
      name: 'endsAt',
      title: 'Ends at',
      type: 'string',
      description: '24-hour clock, like 12:30.',
      validation: (rule) =>
        rule
          .required()
          .regex(timePattern, { name: '24-hour time, like 12:30' })
          .custom((endsAt, context) => {
            const startsAt = (context.parent as { startsAt?: string } | undefined)?.startsAt
            return endsAt && startsAt && endsAt <= startsAt
              ? `Ends at (${endsAt}) must be after starts at (${startsAt})`
              : true
          }),
    }),
  ],
  preview: {
    select: { date: 'date', startsAt: 'startsAt', endsAt: 'endsAt' },
    prepare: ({ date, startsAt, endsAt }: { date?: string; startsAt?: string; endsAt?: string }) => ({
      title: date ?? 'No date',
      subtitle: `${startsAt ?? ''}–${endsAt ?? ''}`,
    }),
  },
})
