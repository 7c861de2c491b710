import { defineArrayMember, defineField, defineType } from 'sanity'
import { optionLists } from '../lib/labels.ts'

/** Where and when the work is done: shifts and workplaces. */
export const workingConditions = defineType({
  name: 'workingConditions',
  title: 'Werkomstandigheden',
  type: 'object',
  fields: [
    defineField({
      name: 'shiftWork',
      title: 'Onregelmatige diensten',
      description: 'Hoe vaak er in avond-, nacht- of weekenddiensten gewerkt wordt.',
      type: 'string',
      options: { list: optionLists.shiftWork, layout: 'radio', direction: 'horizontal' },
    }),
    defineField({
      name: 'workplaces',
      title: 'Werkplekken',
      description: 'Waar het werk gedaan wordt.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionLists.workplaces, layout: 'grid' },
    }),
    defineField({
      name: 'note',
      title: 'Toelichting',
      description: 'Bijvoorbeeld toeslagen voor avonden en weekenden.',
      type: 'text',
      rows: 3,
    }),
  ],
})
