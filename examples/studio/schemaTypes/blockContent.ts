import { defineArrayMember, defineType } from 'sanity'

/** The agency's rich text (jobld's own is `jobldBlockContent`, so both live side by side). */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Block content',
  type: 'array',
  of: [defineArrayMember({ type: 'block' })],
})
