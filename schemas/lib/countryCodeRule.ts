import type { StringRule } from 'sanity'
import { countryPattern } from '../../scripts/core/rules/constants.ts'
import { localizedRegex } from './localizedRule.ts'

/**
 * The zod model's CountryCode as a Studio rule: two capitals (ISO 3166-1 alpha-2).
 * @param rule the field's rule
 * @returns the rule with the pattern and its message in the Studio's language
 */
export function countryCodeRule(rule: StringRule): StringRule {
  return localizedRegex(rule, countryPattern, 'landcode', 'studio.country_code')
}
