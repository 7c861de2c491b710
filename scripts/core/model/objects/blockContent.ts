import { definePortableText } from '../declare/definePortableText.ts'
import { objectTypes } from '../objectTypes.ts'
import { PortableText } from '../portableText.ts'

/** Rich text of a job profile or vacancy: text blocks, and tables kept from imported articles so that no content is lost. */
export const blockContent = definePortableText({
  name: objectTypes.blockContent,
  words: { nl: { title: 'Tekst' }, en: { title: 'Text' } },
  tables: true,
  schema: PortableText,
})
