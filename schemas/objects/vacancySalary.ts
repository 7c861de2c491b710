import { defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { checkAmount } from '../../scripts/core/rules/checkAmount.ts'
import { checkCurrency } from '../../scripts/core/rules/checkCurrency.ts'
import type { Violation } from '../../scripts/core/rules/violation.ts'
import { isRecord } from '../lib/isRecord.ts'
import { readAmount } from '../lib/readAmount.ts'
import { amountFields, basisField, currencyField } from '../lib/salaryFields.ts'
import { validationLanguage } from '../lib/studioLanguage.ts'
import { typeTitle } from '../lib/text.ts'
import { toValidationErrors } from '../lib/toValidationErrors.ts'

/** The amount and currency rules on a vacancy's own salary, through the shared rule functions. */
function salaryViolations(salary: unknown): Violation[] {
  if (!isRecord(salary)) return []
  const amount = readAmount(salary)
  const out = amount ? checkAmount(amount, []) : []
  if (typeof salary.currency === 'string') {
    const currency = checkCurrency(salary.currency, ['currency'])
    if (currency) out.push(currency)
  }
  return out
}

/**
 * A vacancy's own salary, for when it does not point at a salary tier of its job profile
 * (zod: VacancySalary). Net amounts stay net.
 */
export const vacancySalary = defineType({
  name: objectTypes.vacancySalary,
  title: typeTitle('vacancySalary'),
  type: 'object',
  fields: [...amountFields, currencyField, basisField],
  validation: (rule) => rule.custom((salary, context) => toValidationErrors(salaryViolations(salary), salary, validationLanguage(context))).error(),
})
