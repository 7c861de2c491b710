import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'

/** Where and when the work is done: shifts and workplaces. */
export const workingConditions = defineObject({
  name: objectTypes.workingConditions,
  keyed: false,
  nl: { title: 'Werkomstandigheden' },
  en: { title: 'Working conditions' },
  fields: {
    shiftWork: field.choice('shiftWork', {
      layout: 'radio',
      nl: { title: 'Onregelmatige diensten', description: 'Hoe vaak er in avond-, nacht- of weekenddiensten gewerkt wordt.' },
      en: { title: 'Irregular shifts', description: 'How often the work is in evening, night or weekend shifts.' },
    }),
    workplaces: field.choices('workplaces', {
      nl: { title: 'Werkplekken', description: 'Waar het werk gedaan wordt.' },
      en: { title: 'Workplaces', description: 'Where the work is done.' },
    }),
    note: field.string({
      rows: 3,
      nl: { title: 'Toelichting', description: 'Bijvoorbeeld toeslagen voor avonden en weekenden.' },
      en: { title: 'Note', description: 'For example allowances for evenings and weekends.' },
    }),
  },
})
