import { defineField, defineType } from 'sanity'

/** A writer of the agency's posts. */
export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'bio', title: 'Bio', type: 'text' }),
  ],
})
