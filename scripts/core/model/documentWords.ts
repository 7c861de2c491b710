import { fieldText } from '../messages/fieldText.ts'
import type { Words } from './declare/types.ts'
import type { DocumentType } from './documentTypes.ts'
import { faqEntry } from './faqEntry.ts'
import { organization } from './organization.ts'

/** The title of each of jobld's document types, in Dutch and English, from its declaration. */
export const documentWords: Readonly<Record<DocumentType, Words>> = {
  jobProfile: fieldText.jobProfile,
  salaryTier: fieldText.salaryTier,
  faqEntry: faqEntry.words,
  organization: organization.words,
  vacancy: fieldText.vacancy,
}
