import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'

/** One row of an imported table: its cells as plain text. */
export const tableRow = defineObject({
  name: objectTypes.tableRow,
  keyed: true,
  nl: { title: 'Rij' },
  en: { title: 'Row' },
  fields: {
    cells: field.strings({
      required: true,
      nl: { title: 'Cellen', description: 'De cellen van links naar rechts.' },
      en: { title: 'Cells', description: 'The cells from left to right.' },
    }),
  },
  preview: {
    select: { cells: 'cells' },
    prepare: ({ cells }) => ({ title: Array.isArray(cells) ? cells.join(' | ') : '' }),
  },
})
