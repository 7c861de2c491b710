import { getPublishedId, type ValidationContext, type ValidationError } from 'sanity'
import { defaultTypeNames, type DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import { checkTierLadder } from '../../scripts/core/rules/lib/checkTierLadder.ts'
import type { Violation } from '../../scripts/core/rules/declare/types.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { ladderClientOptions, ladderPerspective, tierProjection } from './ladderApi.ts'
import { readTier, type TierLike } from '../../scripts/core/rules/lib/readTier.ts'
import { validationLanguage } from './studioLanguage.ts'
import { toValidationErrors } from './toValidationErrors.ts'

/** Every job profile that lists the tier, with all its tiers (`$profileType`: the Studio's name of jobld's job profile). */
export const profilesOfTierQuery = `*[_type == $profileType && references($id)]{_id, "tiers": salaryTiers[]->{${tierProjection}}}`

/** The other tiers of one profile row of `profilesOfTierQuery`. */
function siblingTiers(profile: unknown, selfId: string): TierLike[] {
  if (!isRecord(profile) || !Array.isArray(profile.tiers)) return []
  return profile.tiers.flatMap((row: unknown): TierLike[] => {
    if (!isRecord(row) || typeof row._id !== 'string') return []
    const id = getPublishedId(row._id)
    const tier = id === selfId ? undefined : readTier(row, id)
    return tier ? [tier] : []
  })
}

/**
 * Checks that a salary tier, as being edited, still fits the ladder of every job profile
 * that lists it: the tiers of each profile are fetched, this tier's values replace its stored
 * ones, and `checkTierLadder` runs on the result.
 * @param doc the salaryTier document in the form
 * @param context Sanity's validation context, for its client
 * @param names the Studio's names of jobld's document types
 * @returns errors in the Studio's language on the offending amount or rank of this tier, or `true`
 */
export async function validateTierLadder(doc: unknown, context: ValidationContext, names: DocumentTypeNames = defaultTypeNames): Promise<ValidationError[] | true> {
  if (!isRecord(doc) || typeof doc._id !== 'string') return true
  const selfId = getPublishedId(doc._id)
  const self = readTier(doc, selfId)
  if (!self) return true
  const client = context.getClient(ladderClientOptions).withConfig(ladderPerspective)
  const profiles = await client.fetch<unknown>(profilesOfTierQuery, { id: selfId, profileType: names.jobProfile }, { signal: context.signal })
  const found = new Map<string, Violation>()
  for (const profile of Array.isArray(profiles) ? profiles : []) {
    for (const v of checkTierLadder([...siblingTiers(profile, selfId), self])) {
      // A tier listed by several profiles would otherwise get the same message once per profile.
      if (v.docId === selfId) found.set(`${v.code} ${v.path.join('.')} ${JSON.stringify(v.params)}`, v)
    }
  }
  return toValidationErrors([...found.values()], self, validationLanguage(context))
}
