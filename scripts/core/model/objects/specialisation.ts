import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'

/** A kind of the occupation, such as "Inbound customer service medewerker". */
export const specialisation = defineObject({
  name: objectTypes.specialisation,
  keyed: true,
  nl: { title: 'Specialisatie' },
  en: { title: 'Specialisation' },
  fields: {
    name: field.string({
      required: true,
      nonEmpty: true,
      nl: { title: 'Naam', description: 'Naam van de specialisatie, zoals "Technisch customer service medewerker".' },
      en: { title: 'Name', description: 'The name of the specialisation, such as "Technisch customer service medewerker".' },
    }),
    description: field.string({
      rows: 3,
      nl: { title: 'Omschrijving', description: 'Wat deze specialisatie anders maakt, in een zin of twee.' },
      en: { title: 'Description', description: 'What sets this specialisation apart, in a sentence or two.' },
    }),
  },
  preview: { select: { title: 'name', subtitle: 'description' } },
})
