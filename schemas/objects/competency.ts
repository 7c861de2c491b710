import { defineField, defineType } from 'sanity'

/** A skill the occupation asks for, with what it means in practice. */
export const competency = defineType({
  name: 'competency',
  title: 'Competentie',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Competentie',
      description: 'Naam van de competentie of vaardigheid, zoals "Empathie".',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'explanation',
      title: 'Uitleg',
      description: 'Wat dit in het werk betekent, zoals "Je leeft mee met de klant".',
      type: 'text',
      rows: 2,
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'explanation' } },
})
