import { defineArrayMember, defineField, defineType } from 'sanity'
import { optionLists } from '../lib/labels.ts'

/** The schooling an occupation asks for; each level maps to a Google credential category at export. */
export const education = defineType({
  name: 'education',
  title: 'Opleiding',
  type: 'object',
  fields: [
    defineField({
      name: 'levels',
      title: 'Opleidingsniveaus',
      description: 'Alle niveaus waarmee je dit beroep kunt uitoefenen.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionLists.educationLevels, layout: 'grid' },
    }),
    defineField({
      name: 'fieldsOfStudy',
      title: 'Studierichtingen',
      description: 'Richtingen die bij elk niveau horen, bijvoorbeeld "communicatie". Horen ze bij één niveau, vul dan "Studierichtingen per niveau" in.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'levelFields',
      title: 'Studierichtingen per niveau',
      description: 'Richtingen die bij één niveau horen: bij mbo andere dan bij hbo.',
      type: 'array',
      of: [defineArrayMember({ type: 'levelFields' })],
    }),
    defineField({
      name: 'note',
      title: 'Toelichting',
      description: 'Wat verder over de opleiding te zeggen is.',
      type: 'text',
      rows: 3,
    }),
  ],
})
