import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { scheduleFrequencies, weeksOfMonth, weekdays } from '@findpeersupport/content-model/vocabulary'
import { timePattern } from '@findpeersupport/content-model/rules'
import { meetingTimePreview, type MeetingTimeSelection } from '../previews'

type ScheduleValue = {
  freq?: string
  byday?: string[]
  weeksOfMonth?: number[]
  opensAt?: string
  closesAt?: string
  validFrom?: string
  validTo?: string
}

/**
 * When a service meets, in the shape of an iCalendar rule (and the Open Referral
 * `schedule`): weekly or fortnightly on some days, or the nth weekday of the month.
 */
export const schedule = defineType({
  name: 'schedule',
  title: 'Meeting time',
  type: 'object',
  fields: [
    defineField({
      name: 'freq',
      title: 'How often',
      type: 'string',
      description: 'Every week (or every two weeks), or on certain weeks of the month.',
      options: { list: [...scheduleFrequencies], layout: 'radio' },
      initialValue: 'weekly',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'interval',
      title: 'Every how many weeks',
      type: 'number',
      description: '1 for every week, 2 for every other week. Leave at 1 for monthly meetings.',
      initialValue: 1,
      validation: (rule) => rule.required().integer().min(1).max(4),
    }),
    defineField({
      name: 'byday',
      title: 'Days',
      type: 'array',
      of: [{ type: 'string' }],
      description: 'The days it meets.',
      options: { list: [...weekdays], layout: 'grid' },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'weeksOfMonth',
      title: 'Weeks of the month',
      type: 'array',
      of: [{ type: 'number' }],
      description: 'For monthly meetings: for example 2nd and 4th for "2nd and 4th Thursday".',
      options: { list: weeksOfMonth.map((week) => ({ ...week })) },
      hidden: ({ parent }) => (parent as ScheduleValue | undefined)?.freq !== 'monthly',
      validation: (rule) =>
        rule.custom((weeks, context) => {
          const parent = context.parent as ScheduleValue | undefined
          return parent?.freq === 'monthly' && !weeks?.length
            ? 'Pick at least one week of the month, or change "How often" to every week'
            : true
        }),
    }),
    defineField({
      name: 'opensAt',
      title: 'Starts at',
      type: 'string',
      description: '24-hour clock, like 18:00 for 6pm.',
      validation: (rule) => rule.required().regex(timePattern, { name: '24-hour time, like 18:00' }),
    }),
    defineField({
      name: 'closesAt',
      title: 'Ends at',
      type: 'string',
      description: '24-hour clock, like 19:30 for 7:30pm.',
      validation: (rule) =>
        rule
          .required()
          .regex(timePattern, { name: '24-hour time, like 19:30' })
          .custom((closesAt, context) => {
            const opensAt = (context.parent as ScheduleValue | undefined)?.opensAt
            return closesAt && opensAt && closesAt <= opensAt
              ? `Ends at (${closesAt}) must be after starts at (${opensAt})`
              : true
          }),
    }),
    defineField({
      name: 'validFrom',
      title: 'First date',
      type: 'date',
      description:
        'The first date it meets on this pattern, for example the start of term. Needed for every-other-week meetings, so people know which weeks.',
      validation: (rule) =>
        rule.custom((validFrom, context) => {
          const interval = (context.parent as { interval?: number } | undefined)?.interval ?? 1
          return interval > 1 && !validFrom ? 'Add the first date, so people know which weeks it meets' : true
        }),
    }),
    defineField({
      name: 'validTo',
      title: 'Last date',
      type: 'date',
      description: 'Optional. The last date it meets on this pattern, for example the end of term.',
      validation: (rule) =>
        rule.custom((validTo, context) => {
          const validFrom = (context.parent as ScheduleValue | undefined)?.validFrom
          return validTo && validFrom && validTo < validFrom
            ? 'The last date must be after the first date'
            : true
        }),
    }),
    defineField({
      name: 'skipsBankHolidays',
      title: 'Not on bank holidays',
      type: 'boolean',
      description: 'Tick if it does not meet on bank holidays in England.',
      initialValue: false,
    }),
    defineField({
      name: 'notes',
      title: 'Notes',
      type: 'string',
      description: 'Anything else about when, in a few words. For example "Not in August".',
      validation: (rule) => rule.min(textLimits.phrase.min).max(textLimits.phrase.max),
    }),
  ],
  preview: {
    select: {
      freq: 'freq',
      interval: 'interval',
      byday: 'byday',
      weeksOfMonth: 'weeksOfMonth',
      opensAt: 'opensAt',
      closesAt: 'closesAt',
      validFrom: 'validFrom',
      validTo: 'validTo',
      skipsBankHolidays: 'skipsBankHolidays',
      notes: 'notes',
    },
    // The partner's own clock: the sentence then matches what the site says today.
    prepare: (selection: MeetingTimeSelection) => meetingTimePreview(selection, new Date()),
  },
})
