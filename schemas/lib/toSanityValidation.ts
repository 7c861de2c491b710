import type { Rule } from 'sanity'
import type { FieldRules } from '../../scripts/core/model/declare/types.ts'
import type { StudioCheckId } from '../../scripts/core/rules/declare/types.ts'
import { formatViolation } from '../../scripts/core/rules/formatViolation.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { localizedMessage } from './localizedMessage.ts'
import type { StudioValidator } from './studioChecks.ts'
import { validationLanguage } from './studioLanguage.ts'

/** A field's Studio validation, as Sanity's `validation` property takes it. */
export type SanityValidation = (rule: Rule) => Rule | Rule[]

/** The text a field's own rule reads, once there is one: a slug's `current`, or the (not blank) string. */
function checkedText(value: unknown, type: string): string | undefined {
  const text = type === 'slug' ? (isRecord(value) ? value.current : undefined) : value
  if (typeof text !== 'string') return undefined
  // A blank slug is refused by the slug rule; a blank text is only `required`'s to report.
  return (type === 'slug' ? text === '' : text.trim() === '') ? undefined : text
}

/**
 * A field's Studio validation from the facts the model declares: one chain of Sanity's own rules
 * (required, integer, min, unique, uri, then a Studio-only rule), and a rule each for the pattern
 * and the field's own rule, worded in the Studio's language.
 * @param rules the field's rules
 * @param type the field's Sanity type (a slug's own rule reads its `current`)
 * @param checks the validators of the Studio-only rules
 * @returns the validation, or undefined when the field has no rule
 */
export function toSanityValidation(rules: FieldRules, type: string, checks: Record<StudioCheckId, StudioValidator>): SanityValidation | undefined {
  const { required, integer, min, unique, uri, pattern, check, studioCheck } = rules
  const chained = required === true || integer === true || min !== undefined || unique === true || uri !== undefined || studioCheck !== undefined
  if (!chained && !pattern && !check) return undefined
  return (rule) => {
    const out: Rule[] = []
    if (chained) {
      let chain = rule
      if (required) chain = chain.required()
      if (integer) chain = chain.integer()
      if (min !== undefined) chain = chain.min(min)
      if (unique) chain = chain.unique()
      if (uri) chain = chain.uri({ scheme: [...uri.scheme], ...(uri.allowRelative ? { allowRelative: true } : {}) })
      if (studioCheck) chain = chain.custom((value, context) => checks[studioCheck](value, context)).error()
      out.push(chain)
    }
    if (pattern) out.push(rule.regex(pattern.regex, { name: pattern.name }).error(localizedMessage(pattern.studioMessage)))
    if (check)
      out.push(
        rule
          .custom((value, context) => {
            const text = checkedText(value, type)
            if (text === undefined) return true
            const [first, ...more] = check(text).map((v) => formatViolation(v, validationLanguage(context)))
            if (first === undefined) return true
            return more.length ? [first, ...more].map((message) => ({ message })) : first
          })
          .error(),
      )
    const [only] = out
    return out.length === 1 && only ? only : out
  }
}
