/**
 * jobld's content model: every document and object type, each declared once in its own file
 * (declare/ holds the format). The zod model, the Studio's schema (schemas/), the slim forms
 * (core/model/slimDocument.ts), the reference fields, the importer's front matter and the
 * Studio's "Problemen" lists are derived from these declarations.
 */
import type { z } from 'zod'
import type { DocumentType } from './documentTypes.ts'
import { faqEntry } from './faqEntry.ts'
import { jobProfile } from './jobProfile.ts'
import { blockContent } from './objects/blockContent.ts'
import { blockText } from './objects/blockText.ts'
import { competency } from './objects/competency.ts'
import { education } from './objects/education.ts'
import { jobLocation } from './objects/jobLocation.ts'
import { levelFields } from './objects/levelFields.ts'
import { salaryAmount } from './objects/salaryAmount.ts'
import { specialisation } from './objects/specialisation.ts'
import { table } from './objects/table.ts'
import { tableRow } from './objects/tableRow.ts'
import { vacancySalary } from './objects/vacancySalary.ts'
import { workingConditions } from './objects/workingConditions.ts'
import { organization } from './organization.ts'
import { salaryTier } from './salaryTier.ts'
import { vacancy } from './vacancy.ts'

export * from './common.ts'
export * from './objectTypes.ts'
export * from './documentTypes.ts'
export * from './portableText.ts'

/** jobld's document types, keyed by name, in the order the Studio lists them. */
export const documentDeclarations = { jobProfile, salaryTier, faqEntry, organization, vacancy } as const satisfies Record<DocumentType, unknown>

/** jobld's object and rich text types, in the order the Studio registers them; each `_type` carries jobld's prefix. */
export const objectDeclarations = [
  salaryAmount,
  vacancySalary,
  specialisation,
  competency,
  education,
  levelFields,
  workingConditions,
  jobLocation,
  blockContent,
  blockText,
  table,
  tableRow,
] as const

/** A career page (schema.org Occupation): the zod model of jobProfile.ts. */
export const JobProfileDoc = jobProfile.schema
export type JobProfileDoc = z.infer<typeof JobProfileDoc>

/** One salary level of a job profile: the zod model of salaryTier.ts. */
export const SalaryTierDoc = salaryTier.schema
export type SalaryTierDoc = z.infer<typeof SalaryTierDoc>

/** One frequently asked question with its answer: the zod model of faqEntry.ts. */
export const FaqEntryDoc = faqEntry.schema
export type FaqEntryDoc = z.infer<typeof FaqEntryDoc>

/** A publisher or employer (schema.org Organization): the zod model of organization.ts. */
export const OrganizationDoc = organization.schema
export type OrganizationDoc = z.infer<typeof OrganizationDoc>

/** A real job opening (schema.org JobPosting): the zod model of vacancy.ts. */
export const VacancyDoc = vacancy.schema
export type VacancyDoc = z.infer<typeof VacancyDoc>

/** A vacancy's own salary: the zod model of objects/vacancySalary.ts. */
export const VacancySalary = vacancySalary.schema

/** One salary amount of a tier: the zod model of objects/salaryAmount.ts. */
export const SalaryAmount = salaryAmount.schema
export type SalaryAmount = z.infer<typeof SalaryAmount>

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
