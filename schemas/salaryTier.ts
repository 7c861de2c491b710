import { defineArrayMember, defineField, defineType, getPublishedId, type ValidationContext, type ValidationError } from 'sanity'
import type { DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { objectTypes } from '../scripts/core/model/objectTypes.ts'
import { checkTier } from '../scripts/core/rules/checkTier.ts'
import { isRecord } from './lib/isRecord.ts'
import { formatTierAmounts } from './lib/formatTierAmounts.ts'
import { importHashField } from './lib/importHashField.ts'
import { readTier } from './lib/readTier.ts'
import { optionLists } from '../scripts/core/model/optionLists.ts'
import { orderings } from './lib/orderings.ts'
import { previewText } from './lib/previewText.ts'
import { basisField, currencyField } from './lib/salaryFields.ts'
import { studioLanguage, validationLanguage } from './lib/studioLanguage.ts'
import { text, typeTitle } from './lib/text.ts'
import { toValidationErrors } from './lib/toValidationErrors.ts'
import { validateTierLadder } from './lib/validateTierLadder.ts'

/** The rules of one tier alone (currency, hours, each amount, median, monthly ≈ hourly), through checkTier. */
function validateTier(doc: unknown, context: ValidationContext): ValidationError[] | true {
  if (!isRecord(doc) || typeof doc._id !== 'string') return true
  const tier = readTier(doc, getPublishedId(doc._id))
  return tier ? toValidationErrors(checkTier(tier), tier, validationLanguage(context)) : true
}

/**
 * Salarisniveau: one salary level of a job profile (junior, medior, senior, or the article's own
 * names) with the amounts the source gives per period. Net amounts stay net.
 * @param names the Studio's names of jobld's document types
 * @returns the document type
 */
export function salaryTier(names: DocumentTypeNames) {
  return defineType({
    name: names.salaryTier,
    title: typeTitle('salaryTier'),
    type: 'document',
    fields: [
      defineField({ name: 'level', ...text('salaryTier.level'), type: 'string', validation: (rule) => rule.required() }),
      defineField({ name: 'rank', ...text('salaryTier.rank'), type: 'number', validation: (rule) => rule.required().integer().min(1) }),
      defineField({
        name: 'amounts',
        ...text('salaryTier.amounts'),
        type: 'array',
        of: [defineArrayMember({ type: objectTypes.salaryAmount })],
        validation: (rule) => rule.required().min(1),
      }),
      basisField,
      currencyField,
      defineField({
        name: 'statistic',
        ...text('salaryTier.statistic', 'statistics'),
        type: 'string',
        options: { list: optionLists.statistics, layout: 'radio', direction: 'horizontal' },
        initialValue: 'average',
      }),
      defineField({ name: 'hoursPerWeek', ...text('salaryTier.hoursPerWeek'), type: 'number', initialValue: 40 }),
      defineField({ name: 'experienceMonths', ...text('salaryTier.experienceMonths'), type: 'number', validation: (rule) => rule.integer().min(0) }),
      defineField({ name: 'validFrom', ...text('salaryTier.validFrom'), type: 'date' }),
      defineField({ name: 'source', ...text('salaryTier.source'), type: 'string' }),
      importHashField,
    ],
    validation: (rule) => [rule.custom(validateTier).error(), rule.custom((doc, context) => validateTierLadder(doc, context, names)).error()],
    orderings: [orderings.rankAsc(), orderings.levelAsc()],
    preview: {
      select: { level: 'level', rank: 'rank', amounts: 'amounts', currency: 'currency', basis: 'basis', statistic: 'statistic' },
      prepare({ level, rank, amounts, currency, basis, statistic }) {
        const title = [typeof rank === 'number' ? `${rank}.` : undefined, level || previewText('preview.new_level')].filter(Boolean).join(' ')
        return { title, subtitle: formatTierAmounts({ amounts, currency, basis, statistic }, studioLanguage()) }
      },
    },
  })
}
