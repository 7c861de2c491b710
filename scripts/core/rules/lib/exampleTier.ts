/** An amount of the example tier, as the Studio stores it. */
const amount = (key: string, period: string, figures: Readonly<Record<string, unknown>>) => ({ _key: key, _type: 'jobldSalaryAmount', period, ...figures })

/**
 * The salary tier of the rules' examples: the seed's junior cook, gross euros, €14,50 an hour and
 * €2.450 a month, with what an example changes of it.
 * @param fields what the example changes (`amounts` as built by `exampleTier.amount`)
 * @returns the tier document
 */
export function exampleTier(fields: Readonly<Record<string, unknown>> = {}): Readonly<Record<string, unknown>> {
  return {
    _id: 'salaryTier.a',
    _type: 'salaryTier',
    level: 'Junior',
    rank: 1,
    basis: 'gross',
    currency: 'EUR',
    amounts: [amount('h', 'HOUR', { value: 14.5 }), amount('m', 'MONTH', { value: 2450 })],
    ...fields,
  }
}

/** One amount of an example tier: its key, period and figures. */
exampleTier.amount = amount
