import { defineField, defineType } from 'sanity'

/**
 * The agency's clients and itself. jobld uses this type for publishers and employers
 * (`organizationType: 'organization'`): it reads `name` (required), `url`, `logo` (a URL) and
 * `sameAs` (URLs); the agency's other fields stay its own.
 */
export const organization = defineType({
  name: 'organization',
  title: 'Organization',
  type: 'document',
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'url', title: 'Website', type: 'url' }),
    defineField({ name: 'description', title: 'Description', type: 'text' }),
  ],
})
