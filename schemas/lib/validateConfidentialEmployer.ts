import { getPublishedId, type ValidationContext, type ValidationError } from 'sanity'
import { checkConfidentialLink } from '../../scripts/core/rules/lib/checkConfidentialLink.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { ladderClientOptions, ladderPerspective } from './ladderApi.ts'
import { validationLanguage } from './studioLanguage.ts'
import { toValidationErrors } from './toValidationErrors.ts'

/** The employer's website and profiles elsewhere, as the confidential rule reads them. */
export const employerSitesQuery = '*[_id == $id][0]{url, sameAs}'

/**
 * Checks that a confidential vacancy, as being edited, has no link on its employer's website or
 * profiles (the rule vacancyConfidentialLink): the employer it references is fetched from the Content Lake.
 * @param doc the vacancy in the form
 * @param context Sanity's validation context, for its client
 * @returns errors in the Studio's language on the link that reveals the employer, or `true`
 */
export async function validateConfidentialEmployer(doc: unknown, context: ValidationContext): Promise<ValidationError[] | true> {
  if (!isRecord(doc) || doc.confidential !== true || !isRecord(doc.hiringOrganization) || typeof doc.hiringOrganization._ref !== 'string') return true
  const client = context.getClient(ladderClientOptions).withConfig(ladderPerspective)
  const employer = await client.fetch<unknown>(employerSitesQuery, { id: getPublishedId(doc.hiringOrganization._ref) }, { signal: context.signal })
  return toValidationErrors(checkConfidentialLink(doc, isRecord(employer) ? employer : undefined), doc, validationLanguage(context))
}
