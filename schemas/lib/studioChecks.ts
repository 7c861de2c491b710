import type { ValidationContext, ValidationError } from 'sanity'
import type { StudioCheckId } from '../../scripts/core/rules/declare/types.ts'
import type { DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import { checkPayTransparency, type PayTransparency } from '../../scripts/core/rules/lib/checkPayTransparency.ts'
import { euPayTransparency } from '../../scripts/core/rules/lib/payTransparencyDates.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { validationLanguage } from './studioLanguage.ts'
import { toValidationErrors } from './toValidationErrors.ts'
import { validateProfileLadder } from './validateProfileLadder.ts'
import { validateTierLadder } from './validateTierLadder.ts'
import { validateConfidentialEmployer } from './validateConfidentialEmployer.ts'
import { validateTranslations } from './validateTranslations.ts'

/** A Studio-only validator: the value (a field's or the document's) and Sanity's context in, errors out. */
export type StudioValidator = (value: unknown, context: ValidationContext) => Promise<ValidationError[] | true>

/**
 * The validators of the content rules' Studio checks (scripts/core/rules/declare/types.ts, StudioCheckId):
 * rules that query the Content Lake or read an option of the plugin, which the build checks across
 * documents instead.
 * @param names the Studio's names of jobld's document types (the queries ask for them)
 * @param payTransparency the plugin's resolved `payTransparency` (the EU table by default)
 * @returns the validator of each rule
 */
export function studioChecks(names: DocumentTypeNames, payTransparency: PayTransparency = euPayTransparency): Record<StudioCheckId, StudioValidator> {
  return {
    profileLadder: validateProfileLadder,
    tierLadder: (doc, context) => validateTierLadder(doc, context, names),
    payTransparency: async (doc, context) => {
      const violation = isRecord(doc) ? checkPayTransparency(doc, payTransparency) : undefined
      return toValidationErrors(violation ? [violation] : [], doc, validationLanguage(context))
    },
    confidentialEmployer: validateConfidentialEmployer,
    translations: (doc, context) => validateTranslations(doc, context, names),
  }
}
