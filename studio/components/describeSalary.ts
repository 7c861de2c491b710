import { wordAmount } from '../../schemas/lib/wordAmount.ts'
import { periodAbbreviations } from '../../schemas/lib/labels.ts'
import { SalaryTierDoc, VacancyDoc } from '../../scripts/lib/model/index.ts'
import type { RawDocument } from '../../scripts/lib/rawDocument.ts'
import { estimateSalary } from '../../scripts/lib/rules/estimateSalary.ts'
import { formatViolation } from '../../scripts/lib/rules/violation.ts'
import type { PreviewStatus } from './describePreview.ts'

/**
 * Says in Dutch what a vacancy's JobPosting states about pay, by the build's rules: the
 * employer's own salary as baseSalary, or the estimate its tier gives for its hours
 * (estimateSalary, worded as the build's notice), or why there is none.
 * @param documents the vacancy and the documents it references, as the JSON-LD view has them
 * @param vacancyId `_id` of the vacancy
 * @returns the tone and the sentence, or undefined when the vacancy does not pass the content model
 */
export function describeSalary(documents: ReadonlyArray<RawDocument>, vacancyId: string): PreviewStatus | undefined {
  const parsed = VacancyDoc.safeParse(documents.find((d) => d.value._id === vacancyId)?.value)
  if (!parsed.success) return undefined
  const vacancy = parsed.data
  if (vacancy.salary) {
    if (vacancy.salary.basis === 'net')
      return { tone: 'caution', text: 'Het eigen salaris is netto: de export publiceert het niet, want salarissen in schema.org zijn bruto.' }
    const worded = wordAmount(vacancy.salary, vacancy.salary.currency) ?? ''
    return {
      tone: 'positive',
      text: `Salaris van de werkgever: ${worded} ${periodAbbreviations[vacancy.salary.period]} (bruto). De export publiceert het als basissalaris (baseSalary).`,
    }
  }
  const tierRef = vacancy.salaryTier?._ref
  const tier = tierRef === undefined ? undefined : SalaryTierDoc.safeParse(documents.find((d) => d.value._id === tierRef)?.value)
  if (!tier?.success)
    return {
      tone: 'caution',
      text: 'Deze vacature noemt geen salaris: de JobPosting krijgt geen baseSalary, dat Google aanbeveelt. Vul een eigen salaris in, of kies een salarisniveau voor een schatting.',
    }
  const estimate = estimateSalary(tier.data, vacancy)
  if (!estimate)
    return { tone: 'caution', text: 'Het salarisniveau is netto: de export publiceert het niet, want salarissen in schema.org zijn bruto.' }
  return { tone: 'caution', text: formatViolation(estimate.violation, 'nl') }
}
