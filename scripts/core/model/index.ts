import type { z } from 'zod'
import type { DocumentType } from './documentTypes.ts'
import { faqEntry } from './faqEntry.ts'
import { JobProfileDoc } from './jobProfile.ts'
import { organization } from './organization.ts'
import { SalaryTierDoc } from './salaryTier.ts'
import { VacancyDoc } from './vacancy.ts'

/** A publisher or employer (schema.org Organization): the zod model of scripts/core/model/organization.ts. */
export const OrganizationDoc = organization.schema
export type OrganizationDoc = z.infer<typeof OrganizationDoc>

/** One frequently asked question with its answer: the zod model of scripts/core/model/faqEntry.ts. */
export const FaqEntryDoc = faqEntry.schema
export type FaqEntryDoc = z.infer<typeof FaqEntryDoc>

export * from './common.ts'
export * from './objectTypes.ts'
export * from './documentTypes.ts'
export * from './portableText.ts'
export { JobProfileDoc, SalaryTierDoc, VacancyDoc }

/** The zod schema of each document type jobld exports, keyed by `_type`. */
export const documentSchemas = {
  jobProfile: JobProfileDoc,
  salaryTier: SalaryTierDoc,
  faqEntry: FaqEntryDoc,
  organization: OrganizationDoc,
  vacancy: VacancyDoc,
} as const satisfies Record<DocumentType, z.ZodType>

/** Any valid jobld document, discriminated on `_type`. */
export type ContentDocument = JobProfileDoc | SalaryTierDoc | FaqEntryDoc | OrganizationDoc | VacancyDoc

/** True when `_type` is one of jobld's document types. */
export function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(documentSchemas, type)
}
