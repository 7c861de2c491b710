import { z } from 'zod'
import { checkTier } from '../rules/checkTier.ts'
import { salaryBases, salaryStatistics } from '../rules/constants.ts'
import { formatViolation } from '../rules/violation.ts'
import { SalaryAmount, systemFields } from './common.ts'

/**
 * One salary level of a job profile (junior, medior, senior, or the article's own names),
 * with the amounts the source gives per period. Net amounts stay net. `statistic` says what the
 * amounts are: averages (the default) or medians (rules/constants.ts, salaryStatistics).
 */
export const SalaryTierDoc = z
  .object({
    ...systemFields,
    /** Fingerprint the importer stores (hidden in the Studio). */
    importHash: z.string().optional(),
    _type: z.literal('salaryTier'),
    level: z.string().trim().min(1),
    rank: z.number().int().min(1),
    amounts: z.array(SalaryAmount).min(1),
    basis: z.enum(salaryBases),
    currency: z.string(),
    statistic: z.enum(salaryStatistics).optional(),
    /** The hours a week the amounts are for (40 when absent); rule: checkHoursPerWeek, through checkTier. */
    hoursPerWeek: z.number().optional(),
    experienceMonths: z.number().int().min(0).optional(),
    validFrom: z.iso.date().optional(),
    source: z.string().optional(),
  })
  .superRefine((tier, ctx) => {
    for (const v of checkTier(tier))
      ctx.addIssue({ code: 'custom', path: [...v.path], message: formatViolation(v, 'en'), params: { rule: v.code, values: v.params } })
  })
export type SalaryTierDoc = z.infer<typeof SalaryTierDoc>
