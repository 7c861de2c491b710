import type { Issue } from '../issue.ts'
import type { ContentDocument, JobProfileDoc, VacancyDoc } from '../model/index.ts'
import type { RawDocument } from '../rawDocument.ts'
import { checkAcrossDocuments } from './checkAcrossDocuments.ts'
import { checkDocument } from './checkDocument.ts'
import type { ContentIndex } from './contentIndex.ts'

/** Options of the document validation. */
export interface ValidateOptions {
  /** The clock: vacancies whose validThrough is before it are not exported. */
  now: Date
}

/** What validation returns: the index of valid documents and every issue found. */
export interface ValidationResult {
  index: ContentIndex
  issues: Issue[]
  /** Vacancies left out because they expired (reported as notices). */
  expired: ReadonlySet<string>
}

/**
 * Validates documents from any source in two layers: each against its zod schema
 * (checkDocument), then across documents (checkAcrossDocuments: references, duplicates, tier
 * ladders, vacancy rules). Every issue is collected; nothing throws.
 * @param raw the documents as the source gave them
 * @param options the clock
 * @returns the valid documents indexed by `_id`, the issues, and the expired vacancies
 */
export function validateDocuments(raw: ReadonlyArray<RawDocument>, options: ValidateOptions): ValidationResult {
  const entries = raw.map(({ value, position, fieldPositions }) => ({ check: checkDocument(value), position, fieldPositions }))
  const { issues, byId, origins, profileIds, vacancyIds, expired } = checkAcrossDocuments<ContentDocument>(entries, options)
  const profiles = profileIds.flatMap((id): JobProfileDoc[] => {
    const doc = byId.get(id)
    return doc?._type === 'jobProfile' ? [doc] : []
  })
  const vacancies = vacancyIds.flatMap((id): VacancyDoc[] => {
    const doc = byId.get(id)
    return doc?._type === 'vacancy' ? [doc] : []
  })
  return { index: { byId, origins, profiles, vacancies }, issues, expired }
}
