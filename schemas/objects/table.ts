import { defineArrayMember, defineField, defineType } from 'sanity'

/** A table from an imported article, kept as rows of plain-text cells (zod: Table). */
export const table = defineType({
  name: 'table',
  title: 'Tabel',
  type: 'object',
  fields: [
    defineField({
      name: 'rows',
      title: 'Rijen',
      description: 'De eerste rij is de kop van de tabel.',
      type: 'array',
      of: [defineArrayMember({ type: 'tableRow' })],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { rows: 'rows' },
    prepare({ rows }) {
      const count = Array.isArray(rows) ? rows.length : 0
      return { title: 'Tabel', subtitle: count === 1 ? '1 rij' : `${count} rijen` }
    },
  },
})
