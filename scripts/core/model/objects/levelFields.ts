import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'

/** The fields of study that go with one education level (mbo: communicatie, administratie; hbo: bedrijfskunde). */
export const levelFields = defineObject({
  name: objectTypes.levelFields,
  keyed: true,
  nl: { title: 'Studierichtingen per niveau' },
  en: { title: 'Fields of study per level' },
  fields: {
    level: field.choice('educationLevels', {
      required: true,
      nl: { title: 'Opleidingsniveau', description: 'Het niveau waar deze richtingen bij horen.' },
      en: { title: 'Education level', description: 'The level these fields go with.' },
    }),
    fieldsOfStudy: field.strings({
      required: true,
      nonEmpty: true,
      min: 1,
      tags: true,
      nl: { title: 'Studierichtingen', description: 'De richtingen die bij dit niveau horen, bijvoorbeeld "communicatie".' },
      en: { title: 'Fields of study', description: 'The fields that go with this level, for example "communication".' },
    }),
  },
  preview: { select: { title: 'level', subtitle: 'fieldsOfStudy' } },
})
