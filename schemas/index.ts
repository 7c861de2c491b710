import type { SchemaTypeDefinition } from 'sanity'
import { defaultTypeNames, type DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
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
import { jobProfile } from './jobProfile.ts'
import { salaryTier } from './salaryTier.ts'
import { vacancy } from './vacancy.ts'
import { faqEntry } from '../scripts/core/model/faqEntry.ts'
import { organization } from '../scripts/core/model/organization.ts'
import { studioChecks } from './lib/studioChecks.ts'
import { toSanityDocument } from './lib/toSanityDocument.ts'

/** How a Studio names jobld's document types, and whether the organisation type is its own. */
export interface SchemaNames {
  /** The Studio's name of each jobld document type. */
  names: DocumentTypeNames
  /** True when the Studio brings its own organisation type (named `names.organization`): jobld then registers none. */
  ownOrganization: boolean
}

/** jobld's object types: each name carries jobld's prefix (scripts/core/model/objectTypes.ts). */
export const objectSchemaTypes = [
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

/**
 * Every schema type jobld registers in a Studio: its document types under the Studio's names
 * (the organisation only when the Studio has none of its own), then its prefixed object types.
 * @param schema the Studio's names
 * @returns the type definitions
 */
export function jobldSchemaTypes({ names, ownOrganization }: SchemaNames): SchemaTypeDefinition[] {
  const context = { names, checks: studioChecks(names) }
  return [
    jobProfile(names),
    salaryTier(names),
    toSanityDocument(faqEntry, context),
    ...(ownOrganization ? [] : [toSanityDocument(organization, context)]),
    vacancy(names),
    ...objectSchemaTypes,
  ]
}

/** Every schema type under jobld's own names: the repo's Studio, TypeGen and the tests. */
export const schemaTypes = jobldSchemaTypes({ names: defaultTypeNames, ownOrganization: false })
