import type { Position } from '../issue.ts'
import type {
  ContentDocument,
  FaqEntryDoc,
  JobProfileDoc,
  OrganizationDoc,
  SalaryTierDoc,
  VacancyDoc,
} from '../model/index.ts'

/** Where a document came from, for messages. */
export interface DocumentOrigin {
  position?: Position
  fieldPositions?: ReadonlyMap<string, Position>
}

/**
 * The valid documents of one export, looked up by `_id` (references resolve through this
 * map, never by scanning), with the pages to build in `_id` order.
 */
export interface ContentIndex {
  byId: ReadonlyMap<string, ContentDocument>
  origins: ReadonlyMap<string, DocumentOrigin>
  profiles: ReadonlyArray<JobProfileDoc>
  vacancies: ReadonlyArray<VacancyDoc>
}

/** Looks up a referenced document of one type; undefined when missing or of another type. */
export function lookup<T extends ContentDocument['_type']>(
  index: Pick<ContentIndex, 'byId'>,
  ref: { _ref: string } | undefined,
  type: T,
): Extract<ContentDocument, { _type: T }> | undefined {
  if (!ref) return undefined
  const doc = index.byId.get(ref._ref)
  return doc && doc._type === type ? (doc as Extract<ContentDocument, { _type: T }>) : undefined
}

/** The tiers, FAQ entries and publisher a profile references, resolved (missing ones left out). */
export function profileParts(index: Pick<ContentIndex, 'byId'>, profile: JobProfileDoc) {
  const tiers = (profile.salaryTiers ?? [])
    .map((r) => lookup(index, r, 'salaryTier'))
    .filter((t): t is SalaryTierDoc => t !== undefined)
  const faq = (profile.faq ?? []).map((r) => lookup(index, r, 'faqEntry')).filter((f): f is FaqEntryDoc => f !== undefined)
  const publisher: OrganizationDoc | undefined = lookup(index, profile.publisher, 'organization')
  return { tiers, faq, publisher }
}
