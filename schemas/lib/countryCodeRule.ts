import type { StringRule } from 'sanity'
import { countryPattern } from '../../scripts/lib/rules/constants.ts'

/**
 * The zod model's CountryCode as a Studio rule: two capitals (ISO 3166-1 alpha-2).
 * @param rule the field's rule
 * @returns the rule with the pattern and its Dutch message
 */
export function countryCodeRule(rule: StringRule): StringRule {
  return rule.regex(countryPattern, { name: 'landcode' }).error('Vul een landcode van twee hoofdletters in, zoals NL')
}
