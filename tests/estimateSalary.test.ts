import { describe, expect, it } from 'vitest'
import { estimateSalary, type EstimateTierLike } from '../scripts/core/rules/lib/estimateSalary.ts'
import { formatViolation } from '../scripts/core/rules/formatViolation.ts'

/** The seed's Junior tier: averages of the career page, no hours stated (40 assumed). */
const junior: EstimateTierLike = {
  level: 'Junior',
  currency: 'EUR',
  basis: 'gross',
  amounts: [
    { period: 'HOUR', value: 14.5 },
    { period: 'MONTH', value: 2450 },
  ],
}

/** A tier that states its hours, as a collective agreement does. */
const medior38: EstimateTierLike = { ...junior, level: 'Medior', hoursPerWeek: 38, amounts: [{ period: 'MONTH', value: 2650 }] }

describe('estimateSalary', () => {
  it("gives a full-time vacancy without hours the tier's monthly amount as it is", () => {
    const estimate = estimateSalary(junior, { employmentTypes: ['FULL_TIME'] })
    expect(estimate).toMatchObject({ kind: 'estimate', method: 'tier', amount: { period: 'MONTH', value: 2450 }, statistic: 'average' })
    expect(estimate && formatViolation(estimate.violation, 'en')).toBe(
      'Estimated from salary tier "Junior": 2450 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer\'s own salary (the vacancy\'s salary) for baseSalary (recommended by Google)',
    )
  })

  it("prorates the monthly amount from the tier's 40 assumed hours to a part-time vacancy's 24", () => {
    const estimate = estimateSalary(junior, { employmentTypes: ['PART_TIME'], hoursPerWeek: 24 })
    expect(estimate).toMatchObject({ kind: 'estimate', method: 'prorated', amount: { period: 'MONTH', value: 1470 }, tierHours: 40, tierStatesHours: false })
    expect(estimate?.violation.path).toEqual(['salaryTier'])
    expect(estimate && formatViolation(estimate.violation, 'en')).toBe(
      'Estimated from salary tier "Junior": 2450 EUR per MONTH at 40 h/week (assumed: the tier states no hours) prorated to 24 h/week: 1470 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer\'s own salary (the vacancy\'s salary) for baseSalary (recommended by Google)',
    )
    expect(estimate && formatViolation(estimate.violation, 'nl')).toBe(
      'Geschat uit salarisniveau Junior: 2450 EUR per maand bij 40 uur per week (aangenomen: het niveau noemt geen uren), omgerekend naar 24 uur per week: 1470 EUR per maand (gemiddelde). De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.',
    )
  })

  it("respects the hours the tier states, in both directions, and rounds to cents", () => {
    expect(estimateSalary(medior38, { employmentTypes: ['PART_TIME'], hoursPerWeek: 24 })).toMatchObject({
      amount: { period: 'MONTH', value: 1673.68 },
      tierHours: 38,
      tierStatesHours: true,
    })
    expect(estimateSalary(medior38, { employmentTypes: ['FULL_TIME'], hoursPerWeek: 40 })).toMatchObject({ method: 'prorated', amount: { value: 2789.47 } })
    expect(estimateSalary(medior38, { employmentTypes: ['FULL_TIME'], hoursPerWeek: 38 })).toMatchObject({ method: 'tier', amount: { value: 2650 } })
  })

  it('prorates both ends of a range', () => {
    const tier: EstimateTierLike = { ...junior, amounts: [{ period: 'YEAR', minValue: 30000, maxValue: 36000 }] }
    expect(estimateSalary(tier, { employmentTypes: ['PART_TIME'], hoursPerWeek: 32 })).toMatchObject({
      method: 'prorated',
      amount: { period: 'YEAR', minValue: 24000, maxValue: 28800 },
    })
  })

  it('gives a part-time vacancy without hours the hourly amount, or the monthly one per hour', () => {
    expect(estimateSalary(junior, { employmentTypes: ['PART_TIME'] })).toMatchObject({ method: 'hourly', amount: { period: 'HOUR', value: 14.5 } })
    const monthlyOnly = estimateSalary({ ...junior, amounts: [{ period: 'MONTH', value: 2450 }] }, { employmentTypes: ['PART_TIME'] })
    // 2450 / (40 × 52 / 12) = 14.13
    expect(monthlyOnly).toMatchObject({ method: 'hourly', amount: { period: 'HOUR', value: 14.13 } })
    expect(monthlyOnly && formatViolation(monthlyOnly.violation, 'en')).toBe(
      'Estimated from salary tier "Junior" per HOUR, as the part-time vacancy states no hoursPerWeek: 2450 EUR per MONTH at 40 h/week (assumed: the tier states no hours) is 14.13 EUR per HOUR (average), published as estimatedSalary, not baseSalary; expected the employer\'s own salary (the vacancy\'s salary) for baseSalary (recommended by Google)',
    )
  })

  it('keeps an hourly rate at other hours, and gives no estimate from a daily one', () => {
    const hourly: EstimateTierLike = { ...junior, amounts: [{ period: 'HOUR', value: 14.5 }] }
    expect(estimateSalary(hourly, { employmentTypes: ['PART_TIME'], hoursPerWeek: 24 })).toMatchObject({ method: 'tier', amount: { period: 'HOUR', value: 14.5 } })
    const daily = estimateSalary({ ...junior, amounts: [{ period: 'DAY', value: 120 }] }, { employmentTypes: ['PART_TIME'], hoursPerWeek: 24 })
    expect(daily?.kind).toBe('none')
    expect(daily && formatViolation(daily.violation, 'en')).toBe(
      'Left out salary tier "Junior" as an estimate: its amounts per DAY do not follow this vacancy\'s hours, expected an amount per HOUR, WEEK, MONTH or YEAR',
    )
    // At the tier's own hours a daily amount is what it says.
    expect(estimateSalary({ ...junior, amounts: [{ period: 'DAY', value: 120 }] }, { employmentTypes: ['FULL_TIME'] })).toMatchObject({
      method: 'tier',
      amount: { period: 'DAY', value: 120 },
    })
  })

  it('keeps a median a median, and gives nothing for a net tier', () => {
    expect(estimateSalary({ ...junior, statistic: 'median' }, { employmentTypes: ['FULL_TIME'], hoursPerWeek: 20 })).toMatchObject({
      statistic: 'median',
      amount: { period: 'MONTH', value: 1225 },
    })
    expect(estimateSalary({ ...junior, basis: 'net' }, { employmentTypes: ['FULL_TIME'] })).toBeUndefined()
  })
})
