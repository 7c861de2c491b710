import type { SlimDocument } from '../../core/model/slimDocument.ts'
import { pagePath } from './pagePath.ts'

/** Which documents one page is built from: decided from slim documents, before any is rendered. */
export type PagePlan = {
  slug: string
  /** Path of the `.jsonld` file, relative to the output folder. */
  path: string
  /** As {@link Page.sourceIds}. */
  sourceIds: string[]
  /** A page with translations: its language and, for a translation, its original's path (pageTranslation). */
  language?: string | undefined
  translationOf?: string | undefined
} & (
  | { kind: 'profile'; profile: string; tiers: string[]; faq: string[]; publisher: string | undefined }
  | { kind: 'vacancy'; vacancy: string; profile: string; tier: string | undefined; employer: string }
)

/**
 * Decides the page a document heads and the documents it is built from: a valid profile, or a
 * current vacancy whose references resolve to documents of the right type. Reads slim documents.
 * @param doc a valid document
 * @param find the valid document of an `_id`
 * @param expired whether the document is a vacancy that expired
 * @returns the plan, or undefined for no page
 */
export function planPage(doc: SlimDocument, find: (id: string) => SlimDocument | undefined, expired: boolean): PagePlan | undefined {
  const found = (ref: { _ref: string } | undefined, type: SlimDocument['_type']) => {
    if (!ref) return undefined
    const target = find(ref._ref)
    return target && target._type === type ? target._id : undefined
  }
  if (doc._type === 'jobProfile') {
    const tiers = (doc.salaryTiers ?? []).flatMap((r) => found(r, 'salaryTier') ?? [])
    const faq = (doc.faq ?? []).flatMap((r) => found(r, 'faqEntry') ?? [])
    const publisher = found(doc.publisher, 'organization')
    const slug = doc.slug.current
    return {
      kind: 'profile',
      slug,
      path: pagePath('profile', slug),
      sourceIds: sortedUnique([doc._id, ...tiers, ...faq, ...(publisher ? [publisher] : [])]),
      profile: doc._id,
      tiers,
      faq,
      publisher,
    }
  }
  if (doc._type !== 'vacancy' || expired) return undefined
  const profile = found(doc.jobProfile, 'jobProfile')
  const employer = found(doc.hiringOrganization, 'organization')
  const tier = found(doc.salaryTier, 'salaryTier')
  if (!profile || !employer || (doc.salaryTier && !tier)) return undefined // checkAcross reported why
  const slug = doc.slug.current
  return {
    kind: 'vacancy',
    slug,
    path: pagePath('vacancy', slug),
    sourceIds: sortedUnique([doc._id, profile, ...(tier ? [tier] : []), employer]),
    vacancy: doc._id,
    profile,
    tier,
    employer,
  }
}

function sortedUnique(ids: ReadonlyArray<string>): string[] {
  return [...new Set(ids)].sort()
}
