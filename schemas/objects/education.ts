import { defineArrayMember, defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { optionLists } from '../../scripts/core/model/optionLists.ts'
import { text, typeTitle } from '../lib/text.ts'

/** The schooling an occupation asks for; each level maps to a Google credential category at export. */
export const education = defineType({
  name: objectTypes.education,
  title: typeTitle('education'),
  type: 'object',
  fields: [
    defineField({
      name: 'levels',
      ...text('education.levels', 'educationLevels'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionLists.educationLevels, layout: 'grid' },
    }),
    defineField({
      name: 'fieldsOfStudy',
      ...text('education.fieldsOfStudy'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'levelFields',
      ...text('education.levelFields'),
      type: 'array',
      of: [defineArrayMember({ type: objectTypes.levelFields })],
    }),
    defineField({ name: 'note', ...text('education.note'), type: 'text', rows: 3 }),
  ],
})
