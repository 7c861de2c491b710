import { defineArrayMember, defineField, defineType } from 'sanity'

/** One row of an imported table: its cells as plain text (zod: Table.rows[]). */
export const tableRow = defineType({
  name: 'tableRow',
  title: 'Rij',
  type: 'object',
  fields: [
    defineField({
      name: 'cells',
      title: 'Cellen',
      description: 'De cellen van links naar rechts.',
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
