import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'
import { levelFields } from './levelFields.ts'

/** The schooling an occupation asks for; each level maps to a Google credential category at export. */
export const education = defineObject({
  name: objectTypes.education,
  keyed: false,
  nl: { title: 'Opleiding' },
  en: { title: 'Education' },
  fields: {
    levels: field.choices('educationLevels', {
      nl: { title: 'Opleidingsniveaus', description: 'Alle niveaus waarmee je dit beroep kunt uitoefenen.' },
      en: { title: 'Education levels', description: 'Every level with which one can practise this occupation.' },
    }),
    fieldsOfStudy: field.strings({
      nonEmpty: true,
      tags: true,
      nl: {
        title: 'Studierichtingen',
        description: 'Richtingen die bij elk niveau horen, bijvoorbeeld "communicatie". Horen ze bij één niveau, vul dan "Studierichtingen per niveau" in.',
      },
      en: { title: 'Fields of study', description: 'Fields that go with every level, for example "communication". For fields of one level, fill in "Fields of study per level".' },
    }),
    /** Fields of study that belong to one level only (the mbo fields are not the hbo fields). */
    levelFields: field.objects(levelFields, {
      nl: { title: 'Studierichtingen per niveau', description: 'Richtingen die bij één niveau horen: bij mbo andere dan bij hbo.' },
      en: { title: 'Fields of study per level', description: 'Fields that go with one level: other ones for mbo than for hbo.' },
    }),
    note: field.string({
      rows: 3,
      nl: { title: 'Toelichting', description: 'Wat verder over de opleiding te zeggen is.' },
      en: { title: 'Note', description: 'Whatever else there is to say about the education.' },
    }),
  },
})
