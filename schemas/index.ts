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
import { faqEntry } from './faqEntry.ts'
import { jobProfile } from './jobProfile.ts'
import { organization } from './organization.ts'
import { salaryTier } from './salaryTier.ts'
import { vacancy } from './vacancy.ts'

/** Every schema type of the Studio: the five document types, then the objects they use. */
export const schemaTypes = [
  jobProfile,
  salaryTier,
  faqEntry,
  organization,
  vacancy,
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
]
