import type { SlimTier, SlimVacancy } from '../../model/slimDocument.ts'
import type { AcrossView } from '../declare/acrossView.ts'

/**
 * The salary tier a vacancy names, when that is a valid salary tier.
 * @param vacancy the vacancy
 * @param view the dataset
 * @returns the tier, or undefined when it names none or the one it names is missing, invalid or of another type
 */
export function vacancyTier(vacancy: SlimVacancy, view: Pick<AcrossView, 'valid'>): SlimTier | undefined {
  const tier = vacancy.salaryTier ? view.valid(vacancy.salaryTier._ref) : undefined
  return tier?._type === 'salaryTier' ? tier : undefined
}
