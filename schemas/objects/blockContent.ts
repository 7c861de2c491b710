import { defineArrayMember, defineType } from 'sanity'
import { textBlock } from '../lib/textBlock.ts'

/**
 * Rich text of a job profile or vacancy (zod: PortableText): text blocks, and tables kept
 * from imported articles so that no content is lost.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Tekst',
  type: 'array',
  of: [textBlock, defineArrayMember({ type: 'table' })],
})
