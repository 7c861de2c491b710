import { defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { text, typeTitle } from '../lib/text.ts'

/** A skill the occupation asks for, with what it means in practice. */
export const competency = defineType({
  name: objectTypes.competency,
  title: typeTitle('competency'),
  type: 'object',
  fields: [
    defineField({ name: 'name', ...text('competency.name'), type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'explanation', ...text('competency.explanation'), type: 'text', rows: 2 }),
  ],
  preview: { select: { title: 'name', subtitle: 'explanation' } },
})
