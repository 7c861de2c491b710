import { defineObject } from '../declare/defineObject.ts'
import { objectTypes } from '../objectTypes.ts'
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
  // read its basis (net stays net) and its amount (pay transparency).
  fields: { ...amountFields, currency: currencyField(), basis: basisField() },
})
