import { studioMessages } from '../../messages/studioMessages.ts'
import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'
import { tableRow } from './tableRow.ts'

/** A table from an imported article, kept as rows of plain-text cells so that no content is lost. */
export const table = defineObject({
  name: objectTypes.table,
  keyed: true,
  nl: { title: 'Tabel' },
  en: { title: 'Table' },
  fields: {
    rows: field.objects(tableRow, {
      required: true,
      nl: { title: 'Rijen', description: 'De eerste rij is de kop van de tabel.' },
      en: { title: 'Rows', description: 'The first row is the head of the table.' },
    }),
  },
  preview: {
    select: { rows: 'rows' },
    prepare: ({ rows }, language) => ({
      title: studioMessages['preview.table'][language]({}),
      subtitle: studioMessages['preview.rows'][language]({ count: Array.isArray(rows) ? rows.length : 0 }),
    }),
  },
})
