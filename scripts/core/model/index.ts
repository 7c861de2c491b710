import type { z } from 'zod'
import { FaqEntryDoc } from './faqEntry.ts'
import { JobProfileDoc } from './jobProfile.ts'
import { OrganizationDoc } from './organization.ts'
import { SalaryTierDoc } from './salaryTier.ts'
import { VacancyDoc } from './vacancy.ts'

export * from './common.ts'
export * from './objectTypes.ts'
export * from './documentTypes.ts'
export * from './portableText.ts'
export { FaqEntryDoc, JobProfileDoc, OrganizationDoc, SalaryTierDoc, VacancyDoc }

/** The zod schema of each document type jobld exports, keyed by `_type`. */
export const documentSchemas = {
  jobProfile: JobProfileDoc,
  salaryTier: SalaryTierDoc,
  faqEntry: FaqEntryDoc,
  organization: OrganizationDoc,
  vacancy: VacancyDoc,
} as const satisfies Record<string, z.ZodType>

export type DocumentType = keyof typeof documentSchemas

/** Any valid jobld document, discriminated on `_type`. */
export type ContentDocument = JobProfileDoc | SalaryTierDoc | FaqEntryDoc | OrganizationDoc | VacancyDoc

/** True when `_type` is one of jobld's document types. */
export function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(documentSchemas, type)
}
