import { defineObject } from '../declare/defineObject.ts'
import { objectTypes } from '../objectTypes.ts'
import { field } from '../declare/field.ts'
import { amountFields, basisField, currencyField } from './amountFields.ts'

/**
 * A vacancy's own salary: the employer's offer for this job, and the only source of a
 * JobPosting's baseSalary (a tier gives an estimatedSalary). Net amounts stay net. Its amount and
 * currency rules run with the vacancy's (the registry's rules of a vacancy, core/rules).
 */
export const vacancySalary = defineObject({
  name: objectTypes.vacancySalary,
  keyed: false,
  nl: { title: 'Salaris van deze vacature' },
  en: { title: "This vacancy's salary" },
  // No field is marked slim, so the slim form keeps the whole salary: the checks across documents
  // read its basis (net stays net) and its amount (pay transparency, translations that must agree).
  fields: {
    ...amountFields,
    currency: currencyField(),
    basis: basisField(),
    /** Whether the amount includes the holiday allowance (vakantiegeld, 8 % in the Netherlands); the JSON-LD says so (jsonld/salary.ts). */
    holidayAllowanceIncluded: field.boolean({
      nl: { title: 'Inclusief vakantiegeld', description: 'Aan als het bedrag het vakantiegeld al bevat, uit als het vakantiegeld erbovenop komt. Leeg: niet vermeld.' },
      en: { title: 'Holiday allowance included', description: 'On when the amount already includes the holiday allowance, off when it comes on top. Empty: not stated.' },
    }),
  },
})
