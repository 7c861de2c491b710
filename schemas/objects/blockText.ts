import { defineType } from 'sanity'
import { textBlock } from '../lib/textBlock.ts'

/** Rich text limited to text blocks, for FAQ answers (zod: BlockText). */
export const blockText = defineType({
  name: 'blockText',
  title: 'Tekst zonder tabellen',
  type: 'array',
  of: [textBlock],
})
