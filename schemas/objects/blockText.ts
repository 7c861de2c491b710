import { defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { textBlock } from '../lib/textBlock.ts'
import { typeTitle } from '../lib/text.ts'

/** Rich text limited to text blocks, for FAQ answers (zod: BlockText). */
export const blockText = defineType({
  name: objectTypes.blockText,
  title: typeTitle('blockText'),
  type: 'array',
  of: [textBlock],
})
