import type { SlimDocument } from '../../core/model/slimDocument.ts'
import { pagePath } from './pagePath.ts'

/** Which documents one page is built from: decided from slim documents, before any is rendered. */
export type PagePlan = {
  slug: string
  /** Path of the `.jsonld` file, relative to the output folder. */
  path: string
  /** As {@link Page.sourceIds}. */
  sourceIds: string[]
} & (
  | { kind: 'profile'; profile: string; tiers: string[]; faq: string[]; publisher: string | undefined }
  | { kind: 'vacancy'; vacancy: string; profile: string; tier: string | undefined; employer: string }
)

/**
 * Decides the pages of an export and the documents each is built from: every valid profile, and
 * every current vacancy whose references resolve. Reads slim documents only.
 * @param byId the valid documents (full or slim)
 * @param profileIds valid profiles in `_id` order
 * @param vacancyIds valid vacancies in `_id` order
 * @param expired vacancies that are left out
 * @returns the plans: profiles, then vacancies, each in `_id` order
 */
export function planPages(
  byId: ReadonlyMap<string, SlimDocument>,
  profileIds: ReadonlyArray<string>,
  vacancyIds: ReadonlyArray<string>,
  expired: ReadonlySet<string>,
): PagePlan[] {
  const find = (ref: { _ref: string } | undefined, type: SlimDocument['_type']) => {
    if (!ref) return undefined
    const doc = byId.get(ref._ref)
    return doc && doc._type === type ? doc._id : undefined
  }
  const plans: PagePlan[] = []
  for (const id of profileIds) {
    const profile = byId.get(id)
    if (profile?._type !== 'jobProfile') continue
    const tiers = (profile.salaryTiers ?? []).flatMap((r) => find(r, 'salaryTier') ?? [])
    const faq = (profile.faq ?? []).flatMap((r) => find(r, 'faqEntry') ?? [])
    const publisher = find(profile.publisher, 'organization')
    const slug = profile.slug.current
    plans.push({
      kind: 'profile',
      slug,
      path: pagePath('profile', slug),
      sourceIds: sortedUnique([id, ...tiers, ...faq, ...(publisher ? [publisher] : [])]),
      profile: id,
      tiers,
      faq,
      publisher,
    })
  }
  for (const id of vacancyIds) {
    const vacancy = byId.get(id)
    if (vacancy?._type !== 'vacancy' || expired.has(id)) continue
    const profile = find(vacancy.jobProfile, 'jobProfile')
    const employer = find(vacancy.hiringOrganization, 'organization')
    const tier = find(vacancy.salaryTier, 'salaryTier')
    if (!profile || !employer || (vacancy.salaryTier && !tier)) continue // checkAcrossDocuments reported why
    const slug = vacancy.slug.current
    plans.push({
      kind: 'vacancy',
      slug,
      path: pagePath('vacancy', slug),
      sourceIds: sortedUnique([id, profile, ...(tier ? [tier] : []), employer]),
      vacancy: id,
      profile,
      tier,
      employer,
    })
  }
  return plans
}

function sortedUnique(ids: ReadonlyArray<string>): string[] {
  return [...new Set(ids)].sort()
}
