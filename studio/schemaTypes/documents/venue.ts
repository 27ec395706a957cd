import { textLimits } from '@findpeersupport/content-model/limits'
import { defineField, defineType } from 'sanity'
import { nameField, slugField } from '../fields'
import { isInUk } from '@findpeersupport/content-model/rules'

/** A place where support happens, with the access details a disabled person needs before setting out. */
export const venue = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'document',
  // Two tabs: where the place is, then what a disabled person needs to know before setting out.
  groups: [
    { name: 'place', title: 'Where it is', default: true },
    { name: 'access', title: 'Access and getting there' },
  ],
  fields: [
    {
      ...nameField('The name on the door, like "St Chad’s Community Hall".', textLimits.line),
      group: 'place',
    },
    { ...slugField, group: 'place' },
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      description: 'The postal address, so people can find it on a map or in a taxi.',
      group: 'place',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'location',
      title: 'Map position',
      type: 'geopoint',
      description: 'Used for the map link and "near me". Drop the pin on the entrance.',
      group: 'place',
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
      description: 'The borough or county it is in, like "Croydon".',
      group: 'place',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'stepFree',
      title: 'Step-free access',
      type: 'boolean',
      description:
        'Can someone using a wheelchair get in and reach the room without steps? Leave empty if you do not know.',
      group: 'access',
    }),
    defineField({
      name: 'accessibleToilet',
      title: 'Accessible toilet',
      type: 'boolean',
      description: 'A toilet a wheelchair user can use. Leave empty if you do not know.',
      group: 'access',
    }),
    defineField({
      name: 'hearingLoop',
      title: 'Hearing loop',
      type: 'boolean',
      description: 'A loop in the room for people who use hearing aids. Leave empty if you do not know.',
      group: 'access',
    }),
    defineField({
      name: 'accessNotes',
      title: 'Access notes',
      type: 'string',
      description: 'Optional. Like "Ramp at the side door" or "Room is on the first floor, no lift".',
      group: 'access',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
    defineField({
      name: 'transport',
      title: 'Getting there',
      type: 'string',
      description:
        'Buses, trains, trams and parking, in a sentence or two, like "Bus 64 stops outside. No car park."',
      group: 'access',
      validation: (rule) => rule.min(textLimits.note.min).max(textLimits.note.max),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'address.postcode' } },
})
