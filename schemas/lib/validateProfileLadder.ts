import { getPublishedId, type ValidationContext, type ValidationError } from 'sanity'
import { checkTierLadder } from '../../scripts/core/rules/lib/checkTierLadder.ts'
import { formatViolation } from '../../scripts/core/rules/formatViolation.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { ladderClientOptions, ladderPerspective, tierProjection } from './ladderApi.ts'
import { validationLanguage } from './studioLanguage.ts'
import { readTier, type TierLike } from '../../scripts/core/rules/lib/readTier.ts'

/** The tiers a profile lists. */
export const tiersByIdQuery = `*[_id in $ids]{${tierProjection}}`

/** `_ref` and `_key` of each reference in the array, skipping half-made items. */
function readRefs(value: unknown): { ref: string; key: string | undefined }[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item._ref === 'string'
      ? [{ ref: item._ref, key: typeof item._key === 'string' ? item._key : undefined }]
      : [],
  )
}

/**
 * Checks the ladder of the tiers a job profile lists (`jobProfile.salaryTiers`): the tiers are
 * fetched and `checkTierLadder` runs on them.
 * @param value the salaryTiers array (references)
 * @param context Sanity's validation context, for its client
 * @returns errors in the Studio's language on the offending reference item, or `true`
 */
export async function validateProfileLadder(value: unknown, context: ValidationContext): Promise<ValidationError[] | true> {
  const refs = readRefs(value)
  if (refs.length < 2) return true
  const client = context.getClient(ladderClientOptions).withConfig(ladderPerspective)
  const rows = await client.fetch<unknown>(tiersByIdQuery, { ids: refs.map((r) => r.ref) }, { signal: context.signal })
  const tiers = (Array.isArray(rows) ? rows : []).flatMap((row: unknown): TierLike[] => {
    if (!isRecord(row) || typeof row._id !== 'string') return []
    const tier = readTier(row, getPublishedId(row._id))
    return tier ? [tier] : []
  })
  const errors = checkTierLadder(tiers).map((v): ValidationError => {
    const index = refs.findIndex((r) => r.ref === v.docId)
    const key = refs[index]?.key
    const path = key ? [{ _key: key }] : index >= 0 ? [index] : []
    return { message: formatViolation(v, validationLanguage(context)), code: `custom.${v.code}`, path }
  })
  return errors.length > 0 ? errors : true
}
