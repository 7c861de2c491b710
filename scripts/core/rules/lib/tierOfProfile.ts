import type { SlimVacancy } from '../../model/slimDocument.ts'
import type { AcrossView } from '../declare/acrossView.ts'

/**
 * Tells whether a vacancy's salary tier is one of its own profile's tiers (true when it names no
 * tier, or its profile is not there to ask).
 * @param vacancy the vacancy
 * @param view the dataset
 * @returns false only for a tier its profile does not list
 */
export function tierOfProfile(vacancy: SlimVacancy, view: Pick<AcrossView, 'valid'>): boolean {
  const profile = view.valid(vacancy.jobProfile._ref)
  if (!vacancy.salaryTier || !profile || profile._type !== 'jobProfile') return true
  const ref = vacancy.salaryTier._ref
  return (profile.salaryTiers ?? []).some((r) => r._ref === ref)
}
