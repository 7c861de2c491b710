import type { PagesResult } from '../../export/lib/buildPages.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { periodDurations, salaryPeriods, type SalaryBasis, type SalaryPeriod } from '../../core/constants.ts'

/** An amount as it came out: one value (an average), a range, or a distribution (median, percentiles). */
export interface ActualAmount {
  value?: number
  min?: number
  max?: number
  p10?: number
  p25?: number
  median?: number
  p75?: number
  p90?: number
}

/** A salary tier as it came out of the export (gross: from the JSON-LD; net: from the accepted document). */
export interface ActualTier {
  level: string
  basis: SalaryBasis
  currency: string
  amounts: Partial<Record<SalaryPeriod, ActualAmount>>
}

/** What one article came out as: the exported career page, read back as plain facts. */
export interface ActualFacts {
  /** Occupation.name, when a career page was exported. */
  title: string | undefined
  tiers: ActualTier[]
  /** The FAQPage's questions with the text of their answers (tags removed). */
  faq: Array<{ question: string; answer: string }>
}

type Json = Record<string, unknown>
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const periodOfDuration = new Map<string, SalaryPeriod>(salaryPeriods.map((p) => [periodDurations[p], p]))
const isPeriod = (value: unknown): value is SalaryPeriod => typeof value === 'string' && (salaryPeriods as readonly string[]).includes(value)

/** The text of an answer's HTML: tags dropped, the few entities the sanitiser writes decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&#x27;/gu, "'")
    .replace(/&amp;/gu, '&')
}

/**
 * Reads an export's career page back as facts: the occupation's name, its salary tiers (gross
 * ones from `estimatedSalary`, net ones from the tier documents the page was built from, since
 * the export never shows net pay) and its questions and answers.
 * @param pages what the export produced
 * @param documents the documents the export was given
 * @returns the facts; empty when no career page was exported
 */
export function actualFacts(pages: PagesResult, documents: ReadonlyArray<RawDocument>): ActualFacts {
  const page = pages.pages.find((p) => p.kind === 'profile')
  if (!page) return { title: undefined, tiers: [], faq: [] }
  const nodes = asArray(page.graph['@graph']).filter(isRecord)
  const occupation = nodes.find((node) => node['@type'] === 'Occupation')
  const faqPage = nodes.find((node) => node['@type'] === 'FAQPage')

  const tiers: ActualTier[] = []
  for (const entry of asArray(occupation?.estimatedSalary).filter(isRecord)) {
    const level = str(entry.name) ?? ''
    const currency = str(entry.currency) ?? ''
    let tier = tiers.find((t) => t.level === level && t.currency === currency)
    if (!tier) {
      tier = { level, basis: 'gross', currency, amounts: {} }
      tiers.push(tier)
    }
    const quantity = isRecord(entry.value) ? entry.value : undefined
    const period = quantity ? quantity.unitText : periodOfDuration.get(str(entry.duration) ?? '')
    if (!isPeriod(period)) continue
    const amount: ActualAmount = quantity
      ? { ...opt('value', num(quantity.value)), ...opt('min', num(quantity.minValue)), ...opt('max', num(quantity.maxValue)) }
      : {
          ...opt('p10', num(entry.percentile10)),
          ...opt('p25', num(entry.percentile25)),
          ...opt('median', num(entry.median)),
          ...opt('p75', num(entry.percentile75)),
          ...opt('p90', num(entry.percentile90)),
        }
    tier.amounts[period] = amount
  }
  const byId = new Map(documents.map((doc) => [String(doc.value._id), doc.value]))
  for (const id of page.sourceIds) {
    const doc = byId.get(id)
    if (!doc || doc._type !== 'salaryTier' || doc.basis !== 'net') continue
    const amounts: ActualTier['amounts'] = {}
    const median = doc.statistic === 'median'
    for (const amount of asArray(doc.amounts).filter(isRecord)) {
      if (!isPeriod(amount.period)) continue
      amounts[amount.period] = {
        ...opt(median ? 'median' : 'value', num(amount.value)),
        ...opt('min', num(amount.minValue)),
        ...opt('max', num(amount.maxValue)),
        ...opt('p10', num(amount.percentile10)),
        ...opt('p25', num(amount.percentile25)),
        ...opt('p75', num(amount.percentile75)),
        ...opt('p90', num(amount.percentile90)),
      }
    }
    tiers.push({ level: str(doc.level) ?? '', basis: 'net', currency: str(doc.currency) ?? '', amounts })
  }

  const faq = asArray(faqPage?.mainEntity)
    .filter(isRecord)
    .map((question) => ({
      question: str(question.name) ?? '',
      answer: htmlText(str(isRecord(question.acceptedAnswer) ? question.acceptedAnswer.text : undefined) ?? ''),
    }))
  return { title: str(occupation?.name), tiers, faq }
}

function opt<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {}
  if (value !== undefined) out[key] = value
  return out
}
