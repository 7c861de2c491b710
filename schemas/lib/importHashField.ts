import { defineField } from 'sanity'
import { text } from './text.ts'

/**
 * Hidden fingerprint the importer writes, so it can tell an editor's change from its own
 * earlier import. Never edited in the Studio.
 */
export const importHashField = defineField({
  name: 'importHash',
  ...text('shared.importHash'),
  type: 'string',
  hidden: true,
  readOnly: true,
})
