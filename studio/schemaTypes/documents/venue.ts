import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { nameField, slugField } from '../fields'
import { isInUk } from '@findpeersupport/content-model/rules'

/** A place where support happens, with the access details a disabled person needs before setting out. */
export const venue = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'document',
  fields: [
    nameField('The name on the door, like "St Chad’s Community Hall".', textLimits.line),
    slugField,
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'location',
      title: 'Map position',
      type: 'geopoint',
      description: 'Used for the map link and "near me". Drop the pin on the entrance.',
      validation: (rule) =>
        rule
          .required()
          .custom((point) =>
            !point || isInUk(point as { lat: number; lng: number })
              ? true
              : 'Put the pin on the venue, in the UK',
          ),
    }),
    defineField({
      name: 'area',
      title: 'Area',
      type: 'reference',
      to: [{ type: 'area' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'stepFree',
      title: 'Step-free access',
      type: 'boolean',
      description:
        'Can someone using a wheelchair get in and reach the room without steps? Leave empty if you do not know.',
    }),
    defineField({
      name: 'accessibleToilet',
      title: 'Accessible toilet',
      type: 'boolean',
      description: 'Leave empty if you do not know.',
    }),
    defineField({
      name: 'hearingLoop',
      title: 'Hearing loop',
      type: 'boolean',
      description: 'Leave empty if you do not know.',
    }),
    defineField({
      name: 'accessNotes',
      title: 'Access notes',
      type: 'string',
      description: 'Optional. Like "Ramp at the side door" or "Room is on the first floor, no lift".',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
    defineField({
      name: 'transport',
      title: 'Getting there',
      type: 'string',
      description: 'Buses, trains, trams and parking, in a sentence or two.',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'address.postcode' } },
})
