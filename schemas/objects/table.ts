import { defineArrayMember, defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { previewText } from '../lib/previewText.ts'
import { text, typeTitle } from '../lib/text.ts'

/** A table from an imported article, kept as rows of plain-text cells (zod: Table). */
export const table = defineType({
  name: objectTypes.table,
  title: typeTitle('table'),
  type: 'object',
  fields: [
    defineField({
      name: 'rows',
      ...text('table.rows'),
      type: 'array',
      of: [defineArrayMember({ type: objectTypes.tableRow })],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { rows: 'rows' },
    prepare({ rows }) {
      const count = Array.isArray(rows) ? rows.length : 0
      return { title: previewText('preview.table'), subtitle: previewText('preview.rows', { count }) }
    },
  },
})
