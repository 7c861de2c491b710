import { definePortableText } from '../declare/definePortableText.ts'
import { objectTypes } from '../objectTypes.ts'
import { BlockText } from '../portableText.ts'

/** Rich text limited to text blocks, for FAQ answers. */
export const blockText = definePortableText({
  name: objectTypes.blockText,
  words: { nl: { title: 'Tekst zonder tabellen' }, en: { title: 'Text without tables' } },
  tables: false,
  schema: BlockText,
})
