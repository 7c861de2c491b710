import { wordAmount } from '../../../scripts/core/model/preview/wordAmount.ts'
import { periodAbbreviations } from '../../../scripts/core/model/optionLists.ts'
import { studioMessages } from '../../../scripts/core/messages/studioMessages.ts'
import type { Language } from '../../../scripts/core/messages/wording.ts'
import { SalaryTierDoc, VacancyDoc } from '../../../scripts/core/model/index.ts'
import type { RawDocument } from '../../../scripts/core/rawDocument.ts'
import { estimateSalary } from '../../../scripts/core/rules/lib/estimateSalary.ts'
import { formatViolation } from '../../../scripts/core/rules/formatViolation.ts'
import type { PreviewStatus } from './describePreview.ts'

/**
 * Says what a vacancy's JobPosting states about pay, by the build's rules: the employer's own
 * salary as baseSalary, or the estimate its tier gives for its hours (estimateSalary, worded as
 * the build's notice), or why there is none.
 * @param documents the vacancy and the documents it references, as the JSON-LD view has them (jobld's type names)
 * @param vacancyId `_id` of the vacancy
 * @param language the Studio's language (Dutch by default)
 * @returns the tone and the sentence, or undefined when the vacancy does not pass the content model
 */
export function describeSalary(documents: ReadonlyArray<RawDocument>, vacancyId: string, language: Language = 'nl'): PreviewStatus | undefined {
  const say = (id: keyof typeof studioMessages, params = {}) => studioMessages[id][language](params)
  const parsed = VacancyDoc.safeParse(documents.find((d) => d.value._id === vacancyId)?.value)
  if (!parsed.success) return undefined
  const vacancy = parsed.data
  if (vacancy.salary) {
    if (vacancy.salary.basis === 'net') return { tone: 'caution', text: say('salary.net_own') }
    const worded = wordAmount(vacancy.salary, vacancy.salary.currency, language) ?? ''
    return { tone: 'positive', text: say('salary.own', { amount: `${worded} ${periodAbbreviations[language][vacancy.salary.period]}` }) }
  }
  const tierRef = vacancy.salaryTier?._ref
  const tier = tierRef === undefined ? undefined : SalaryTierDoc.safeParse(documents.find((d) => d.value._id === tierRef)?.value)
  if (!tier?.success) return { tone: 'caution', text: say('salary.none') }
  const estimate = estimateSalary(tier.data, vacancy)
  if (!estimate) return { tone: 'caution', text: say('salary.net_tier') }
  return { tone: 'caution', text: formatViolation(estimate.violation, language) }
}
