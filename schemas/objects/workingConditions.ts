import { defineArrayMember, defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { optionLists } from '../../scripts/core/model/optionLists.ts'
import { text, typeTitle } from '../lib/text.ts'

/** Where and when the work is done: shifts and workplaces. */
export const workingConditions = defineType({
  name: objectTypes.workingConditions,
  title: typeTitle('workingConditions'),
  type: 'object',
  fields: [
    defineField({
      name: 'shiftWork',
      ...text('workingConditions.shiftWork', 'shiftWork'),
      type: 'string',
      options: { list: optionLists.shiftWork, layout: 'radio', direction: 'horizontal' },
    }),
    defineField({
      name: 'workplaces',
      ...text('workingConditions.workplaces', 'workplaces'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionLists.workplaces, layout: 'grid' },
    }),
    defineField({ name: 'note', ...text('workingConditions.note'), type: 'text', rows: 3 }),
  ],
})
