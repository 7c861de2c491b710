import type { ValidationContext } from 'sanity'
import { checkLogo, type LogoFields } from '../../scripts/core/rules/checkLogo.ts'
import { formatViolation } from '../../scripts/core/rules/violation.ts'
import { isRecord } from './isRecord.ts'
import { validationLanguage } from './studioLanguage.ts'

/** The document's logo fields, as far as they have the shapes the rule reads. */
function logoFields(document: unknown): LogoFields {
  if (!isRecord(document)) return {}
  const { logo, logoUrl } = document
  return {
    ...(typeof logo === 'string' ? { logo } : isRecord(logo) ? { logo: { asset: isRecord(logo.asset) ? { _ref: logo.asset._ref } : undefined } } : {}),
    ...(typeof logoUrl === 'string' ? { logoUrl } : {}),
  }
}

/**
 * Google's logo rules (checkLogo) on one of the organisation's logo fields, worded in the Studio's
 * language: for `rule.custom(...).warning()`.
 * @param field `logo` or `logoUrl`
 * @param context Sanity's validation context (the document and the Studio's locale)
 * @returns the message, or true when the field is fine
 */
export function logoRule(field: 'logo' | 'logoUrl', context: ValidationContext): string | true {
  const language = validationLanguage(context)
  const messages = checkLogo(logoFields(context.document))
    .filter((v) => v.path[0] === field)
    .map((v) => formatViolation(v, language))
  return messages.length ? messages.join(' ') : true
}
