import { studioMessages } from '../messages/studioMessages.ts'
import { defineDocument } from './declare/defineDocument.ts'
import { field } from './declare/field.ts'
import { basisField, currencyField } from './objects/amountFields.ts'
import { salaryAmount } from './objects/salaryAmount.ts'
import { formatTierAmounts } from './preview/formatTierAmounts.ts'

/**
 * Salarisniveau: one salary level of a job profile (junior, medior, senior, or the article's own
 * names) with the amounts the source gives per period. Net amounts stay net. `statistic` says what
 * the amounts are: averages (the default) or medians (core/constants.ts, salaryStatistics).
 */
export const salaryTier = defineDocument({
  name: 'salaryTier',
  nl: { title: 'Salarisniveau' },
  en: { title: 'Salary tier' },
  fields: {
    level: field.string({
      required: true,
      nonEmpty: true,
      slim: true,
      nl: { title: 'Niveau', description: 'Naam van het niveau, zoals Junior, Medior of Senior.' },
      en: { title: 'Level', description: 'The name of the level, such as Junior, Medior or Senior.' },
    }),
    rank: field.number({
      required: true,
      integer: true,
      min: 1,
      slim: true,
      nl: { title: 'Volgorde', description: 'Plek op de salarisladder: 1 is het laagste niveau. Elk niveau van een beroep krijgt een eigen plek.' },
      en: { title: 'Rank', description: 'The place on the salary ladder: 1 is the lowest level. Each level of a job profile gets a place of its own.' },
    }),
    amounts: field.objects(salaryAmount, {
      required: true,
      min: 1,
      slim: true,
      nl: { title: 'Bedragen', description: 'Eén bedrag per periode, zoals een uurloon en een maandsalaris.' },
      en: { title: 'Amounts', description: 'One amount per period, such as an hourly wage and a monthly salary.' },
    }),
    basis: basisField({ slim: true }),
    currency: currencyField({ slim: true }),
    statistic: field.choice('statistics', {
      layout: 'radio',
      initialValue: 'average',
      slim: true,
      nl: {
        title: 'Soort bedrag',
        description:
          'Wat de bron geeft: een gemiddelde (zoals "gemiddeld € 2.450") of de mediaan van een salarisonderzoek. Een gemiddelde wordt als bedrag gepubliceerd, een mediaan als verdeling; een mediaan is één bedrag per periode.',
      },
      en: {
        title: 'Kind of amount',
        description:
          'What the source gives: an average (such as "on average € 2,450") or the median of a salary survey. An average is published as an amount, a median as a distribution; a median is one amount per period.',
      },
    }),
    /** The hours a week the amounts are for (40 when absent); rule: hoursPerWeek (scripts/core/rules). */
    hoursPerWeek: field.number({
      initialValue: 40,
      slim: true,
      nl: {
        title: 'Uren per week',
        description: 'Waar de bedragen van uitgaan. Ermee wordt het maandbedrag tegen het uurloon gecontroleerd en de schatting voor een vacature met andere uren omgerekend.',
      },
      en: {
        title: 'Hours per week',
        description: 'The hours the amounts are for. They check the monthly amount against the hourly wage and convert the estimate for a vacancy with other hours.',
      },
    }),
    experienceMonths: field.number({
      integer: true,
      min: 0,
      nl: { title: 'Ervaring (maanden)', description: 'Hoeveel maanden ervaring bij dit niveau hoort, als de bron dat noemt.' },
      en: { title: 'Experience (months)', description: 'How many months of experience go with this level, when the source says.' },
    }),
    validFrom: field.date({
      nl: { title: 'Geldig vanaf', description: 'Datum waarop de bedragen gelden, zoals de peildatum van de bron.' },
      en: { title: 'Valid from', description: 'The date the amounts apply from, such as the reference date of the source.' },
    }),
    source: field.string({
      nl: { title: 'Bron', description: 'Waar de bedragen vandaan komen, zoals een cao of salarisonderzoek.' },
      en: { title: 'Source', description: 'Where the amounts come from, such as a collective agreement or a salary survey.' },
    }),
  },
  orderings: ['rankAsc', 'levelAsc'],
  preview: {
    select: { level: 'level', rank: 'rank', amounts: 'amounts', currency: 'currency', basis: 'basis', statistic: 'statistic' },
    prepare({ level, rank, amounts, currency, basis, statistic }, language) {
      const name = typeof level === 'string' && level !== '' ? level : studioMessages['preview.new_level'][language]({})
      const title = [typeof rank === 'number' ? `${rank}.` : undefined, name].filter(Boolean).join(' ')
      return { title, subtitle: formatTierAmounts({ amounts, currency, basis, statistic }, language) }
    },
  },
})
