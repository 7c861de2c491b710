import { defineArrayMember, defineField, defineType, getPublishedId, type ValidationError } from 'sanity'
import { checkTier } from '../scripts/lib/rules/checkTier.ts'
import { isRecord } from './lib/isRecord.ts'
import { formatTierAmounts } from './lib/formatTierAmounts.ts'
import { importHashField } from './lib/importHashField.ts'
import { readTier } from './lib/readTier.ts'
import { optionLists } from './lib/labels.ts'
import { basisField, currencyField } from './lib/salaryFields.ts'
import { toValidationErrors } from './lib/toValidationErrors.ts'
import { validateTierLadder } from './lib/validateTierLadder.ts'

/** The rules of one tier alone (currency, hours, each amount, median, monthly ≈ hourly), through checkTier. */
function validateTier(doc: unknown): ValidationError[] | true {
  if (!isRecord(doc) || typeof doc._id !== 'string') return true
  const tier = readTier(doc, getPublishedId(doc._id))
  return tier ? toValidationErrors(checkTier(tier), tier) : true
}

/**
 * Salarisniveau: one salary level of a job profile (junior, medior, senior, or the article's own
 * names) with the amounts the source gives per period. Net amounts stay net.
 */
export const salaryTier = defineType({
  name: 'salaryTier',
  title: 'Salarisniveau',
  type: 'document',
  fields: [
    defineField({
      name: 'level',
      title: 'Niveau',
      description: 'Naam van het niveau, zoals Junior, Medior of Senior.',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'rank',
      title: 'Volgorde',
      description: 'Plek op de salarisladder: 1 is het laagste niveau. Elk niveau van een beroep krijgt een eigen plek.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1),
    }),
    defineField({
      name: 'amounts',
      title: 'Bedragen',
      description: 'Eén bedrag per periode, zoals een uurloon en een maandsalaris.',
      type: 'array',
      of: [defineArrayMember({ type: 'salaryAmount' })],
      validation: (rule) => rule.required().min(1),
    }),
    basisField,
    currencyField,
    defineField({
      name: 'statistic',
      title: 'Soort bedrag',
      description:
        'Wat de bron geeft: een gemiddelde (zoals "gemiddeld € 2.450") of de mediaan van een salarisonderzoek. Een gemiddelde wordt als bedrag gepubliceerd, een mediaan als verdeling; een mediaan is één bedrag per periode.',
      type: 'string',
      options: { list: optionLists.statistics, layout: 'radio', direction: 'horizontal' },
      initialValue: 'average',
    }),
    defineField({
      name: 'hoursPerWeek',
      title: 'Uren per week',
      description:
        'Waar de bedragen van uitgaan. Ermee wordt het maandbedrag tegen het uurloon gecontroleerd en de schatting voor een vacature met andere uren omgerekend.',
      type: 'number',
      initialValue: 40,
    }),
    defineField({
      name: 'experienceMonths',
      title: 'Ervaring (maanden)',
      description: 'Hoeveel maanden ervaring bij dit niveau hoort, als de bron dat noemt.',
      type: 'number',
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'validFrom',
      title: 'Geldig vanaf',
      description: 'Datum waarop de bedragen gelden, zoals de peildatum van de bron.',
      type: 'date',
    }),
    defineField({
      name: 'source',
      title: 'Bron',
      description: 'Waar de bedragen vandaan komen, zoals een cao of salarisonderzoek.',
      type: 'string',
    }),
    importHashField,
  ],
  validation: (rule) => [rule.custom(validateTier).error(), rule.custom(validateTierLadder).error()],
  orderings: [
    { name: 'rankAsc', title: 'Volgorde (laag naar hoog)', by: [{ field: 'rank', direction: 'asc' }] },
    { name: 'levelAsc', title: 'Niveau A–Z', by: [{ field: 'level', direction: 'asc' }] },
  ],
  preview: {
    select: { level: 'level', rank: 'rank', amounts: 'amounts', currency: 'currency', basis: 'basis', statistic: 'statistic' },
    prepare({ level, rank, amounts, currency, basis, statistic }) {
      const title = [typeof rank === 'number' ? `${rank}.` : undefined, level || 'Nieuw niveau'].filter(Boolean).join(' ')
      return { title, subtitle: formatTierAmounts({ amounts, currency, basis, statistic }) }
    },
  },
})
