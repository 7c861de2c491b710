import { defineArrayMember, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { textBlock } from '../lib/textBlock.ts'
import { typeTitle } from '../lib/text.ts'

/**
 * Rich text of a job profile or vacancy (zod: PortableText): text blocks, and tables kept
 * from imported articles so that no content is lost.
 */
export const blockContent = defineType({
  name: objectTypes.blockContent,
  title: typeTitle('blockContent'),
  type: 'array',
  of: [textBlock, defineArrayMember({ type: objectTypes.table })],
})
