import { defineArrayMember, defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { optionLists } from '../../scripts/core/model/optionLists.ts'
import { text, typeTitle } from '../lib/text.ts'

/** The fields of study that go with one education level (mbo: communicatie, administratie; hbo: bedrijfskunde). */
export const levelFields = defineType({
  name: objectTypes.levelFields,
  title: typeTitle('levelFields'),
  type: 'object',
  fields: [
    defineField({
      name: 'level',
      ...text('levelFields.level', 'educationLevels'),
      type: 'string',
      options: { list: optionLists.educationLevels },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'fieldsOfStudy',
      ...text('levelFields.fieldsOfStudy'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: { select: { title: 'level', subtitle: 'fieldsOfStudy' } },
})
