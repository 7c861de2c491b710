import { defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { text, typeTitle } from '../lib/text.ts'

/** A kind of the occupation, such as "Inbound customer service medewerker". */
export const specialisation = defineType({
  name: objectTypes.specialisation,
  title: typeTitle('specialisation'),
  type: 'object',
  fields: [
    defineField({ name: 'name', ...text('specialisation.name'), type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'description', ...text('specialisation.description'), type: 'text', rows: 3 }),
  ],
  preview: { select: { title: 'name', subtitle: 'description' } },
})
