import { defineField, defineType } from 'sanity'

/** A kind of the occupation, such as "Inbound customer service medewerker". */
export const specialisation = defineType({
  name: 'specialisation',
  title: 'Specialisatie',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Naam',
      description: 'Naam van de specialisatie, zoals "Technisch customer service medewerker".',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Omschrijving',
      description: 'Wat deze specialisatie anders maakt, in een zin of twee.',
      type: 'text',
      rows: 3,
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'description' } },
})
