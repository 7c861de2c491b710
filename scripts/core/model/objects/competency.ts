import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'

/** A skill the occupation asks for, with what it means in practice. */
export const competency = defineObject({
  name: objectTypes.competency,
  keyed: true,
  nl: { title: 'Competentie' },
  en: { title: 'Competency' },
  fields: {
    name: field.string({
      required: true,
      nonEmpty: true,
      nl: { title: 'Competentie', description: 'Naam van de competentie of vaardigheid, zoals "Empathie".' },
      en: { title: 'Competency', description: 'The name of the competency or skill, such as "Empathy".' },
    }),
    explanation: field.string({
      rows: 2,
      nl: { title: 'Uitleg', description: 'Wat dit in het werk betekent, zoals "Je leeft mee met de klant".' },
      en: { title: 'Explanation', description: 'What it means in the work, such as "You feel for the customer".' },
    }),
  },
  preview: { select: { title: 'name', subtitle: 'explanation' } },
})
