import { defineArrayMember, defineField, defineType } from 'sanity'
import { optionLists } from '../lib/labels.ts'

/** The fields of study that go with one education level (mbo: communicatie, administratie; hbo: bedrijfskunde). */
export const levelFields = defineType({
  name: 'levelFields',
  title: 'Studierichtingen per niveau',
  type: 'object',
  fields: [
    defineField({
      name: 'level',
      title: 'Opleidingsniveau',
      description: 'Het niveau waar deze richtingen bij horen.',
      type: 'string',
      options: { list: optionLists.educationLevels },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'fieldsOfStudy',
      title: 'Studierichtingen',
      description: 'De richtingen die bij dit niveau horen, bijvoorbeeld "communicatie".',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: { select: { title: 'level', subtitle: 'fieldsOfStudy' } },
})
