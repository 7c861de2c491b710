import { percentileFields } from '../constants.ts'
import { text } from '../messages/params.ts'
import type { MessageParams } from '../messages/wording.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { onTier } from './lib/onTier.ts'
import { periodNamesNl } from './lib/periodNamesNl.ts'
import type { AmountLike } from './lib/readAmount.ts'
import { exampleTier } from './lib/exampleTier.ts'

type Code = 'tier.percentile_not_median' | 'tier.percentile_order'

/** A median or percentile field as Dutch editors name it: "de mediaan", "het 25e percentiel". */
const statisticNl = (p: MessageParams, key: string) => {
  const name = text(p, key)
  return name === 'median' ? 'de mediaan' : /^percentile\d+$/u.test(name) ? `het ${name.slice('percentile'.length)}e percentiel` : name
}
const capitalFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)

/** The first of p10 ≤ p25 ≤ median ≤ p75 ≤ p90 an amount breaks, as far as it gives them. */
function brokenOrder(amount: AmountLike, path: Violation['path']): Violation<Code>[] {
  const ordered: Array<[string, number | undefined]> = [
    ['percentile10', amount.percentile10],
    ['percentile25', amount.percentile25],
    ['value', amount.value],
    ['percentile75', amount.percentile75],
    ['percentile90', amount.percentile90],
  ]
  const given = ordered.filter((entry): entry is [string, number] => entry[1] !== undefined)
  const broken = given.findIndex(([, n], k) => k > 0 && n < (given[k - 1]?.[1] ?? n))
  const [lowKey, low] = given[broken - 1] ?? []
  const [highKey, high] = given[broken] ?? []
  if (broken <= 0 || lowKey === undefined || highKey === undefined) return []
  const name = (key: string) => (key === 'value' ? 'median' : key)
  return [
    {
      code: 'tier.percentile_order',
      path: [...path, highKey],
      params: { low: name(lowKey), lowValue: low ?? '', high: name(highKey), highValue: high ?? '', period: amount.period, periodNl: periodNamesNl[amount.period] },
    },
  ]
}

const tier = (statistic: string | undefined, amount: Record<string, number>) =>
  exampleTier({ level: 'Medior', rank: 2, ...(statistic ? { statistic } : {}), amounts: [exampleTier.amount('m', 'MONTH', amount)] })

/** A median tier may give the survey's percentiles beside its median, rising with the median in between. */
export const tierPercentiles = defineRule({
  name: 'tierPercentiles',
  doc: "Only a median tier's amount may give the survey's percentiles beside its median (`percentile10`, `percentile25`, `percentile75`, `percentile90`), rising with the median in between (p10 ≤ p25 ≤ median ≤ p75 ≤ p90).",
  severity: 'error',
  messages: {
    'tier.percentile_not_median': {
      en: (p) => `Unexpected percentiles per ${text(p, 'period')} in an average tier, expected them only beside a median (statistic "median")`,
      nl: (p) => `Percentielen (per ${text(p, 'periodNl')}) horen bij een mediaan: kies "Mediaan" of laat de percentielen leeg`,
    },
    'tier.percentile_order': {
      en: (p) =>
        `Unexpected ${text(p, 'high')} ${text(p, 'highValue')} below ${text(p, 'low')} ${text(p, 'lowValue')} per ${text(p, 'period')}, expected percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90`,
      nl: (p) =>
        `${capitalFirst(statisticNl(p, 'high'))} (${text(p, 'highValue')}) ligt onder ${statisticNl(p, 'low')} (${text(p, 'lowValue')}) per ${text(p, 'periodNl')}: percentielen lopen op, 10 ≤ 25 ≤ mediaan ≤ 75 ≤ 90`,
    },
  },
  document: [
    {
      type: 'salaryTier',
      check: onTier((t) =>
        t.amounts.flatMap((amount, i): Violation<Code>[] => {
          // Percentiles describe the spread around a median; beside an average they would claim a distribution the source did not give.
          const first = percentileFields.find((k) => amount[k] !== undefined)
          const notMedian: Violation<Code>[] =
            first && t.statistic !== 'median' ? [{ code: 'tier.percentile_not_median', path: ['amounts', i, first], params: { period: amount.period, periodNl: periodNamesNl[amount.period] } }] : []
          return [...notMedian, ...brokenOrder(amount, ['amounts', i])]
        }),
      ),
    },
  ],
  examples: {
    pass: [{ documents: [tier('median', { percentile10: 2200, percentile25: 2400, value: 2650, percentile75: 2900, percentile90: 2900 })] }],
    fail: [
      {
        documents: [tier('median', { percentile10: 2200, percentile25: 2700, value: 2650, percentile75: 2900 })],
        report: ['salaryTier.a amounts[0].value: Unexpected median 2650 below percentile25 2700 per MONTH, expected percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90'],
        nl: ['salaryTier.a amounts[0].value: De mediaan (2650) ligt onder het 25e percentiel (2700) per maand: percentielen lopen op, 10 ≤ 25 ≤ mediaan ≤ 75 ≤ 90'],
      },
      {
        documents: [tier(undefined, { value: 2650, percentile75: 2900 })],
        report: ['salaryTier.a amounts[0].percentile75: Unexpected percentiles per MONTH in an average tier, expected them only beside a median (statistic "median")'],
        nl: ['salaryTier.a amounts[0].percentile75: Percentielen (per maand) horen bij een mediaan: kies "Mediaan" of laat de percentielen leeg'],
      },
    ],
  },
})
