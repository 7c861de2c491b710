import { defineArrayMember, defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { text, typeTitle } from '../lib/text.ts'

/** One row of an imported table: its cells as plain text (zod: Table.rows[]). */
export const tableRow = defineType({
  name: objectTypes.tableRow,
  title: typeTitle('tableRow'),
  type: 'object',
  fields: [
    defineField({
      name: 'cells',
      ...text('tableRow.cells'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { cells: 'cells' },
    prepare({ cells }) {
      return { title: Array.isArray(cells) ? cells.join(' | ') : '' }
    },
  },
})
