import { defineField } from 'sanity'

/**
 * Hidden fingerprint the importer writes, so it can tell an editor's change from its own
 * earlier import. Never edited in the Studio.
 */
export const importHashField = defineField({
  name: 'importHash',
  title: 'Importvingerafdruk',
  description: 'Wordt door de import gezet; niet aanpassen.',
  type: 'string',
  hidden: true,
  readOnly: true,
})
