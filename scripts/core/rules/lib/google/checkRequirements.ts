import type { Path } from '../../../issue.ts'
import { credentialCategories } from '../../../constants.ts'
import { googleNoRequirements } from '../../../googleConstants.ts'
import type { JsonObject } from '../../../jsonObject.ts'
import { expecting, forEach, found, required, type GoogleScope } from './googleScope.ts'

const credentialCategorySet: ReadonlySet<string> = new Set(credentialCategories)

/** Free text where Google wants a node: Google reads it as plain text (a warning, google.invalid_value.requirements). */
function asText(scope: GoogleScope, path: Path, property: string, value: unknown, node: string, needs: string) {
  scope.report('google.invalid_value.requirements', path, { property, ...found(value), node, needs, none: googleNoRequirements })
}

function checkEducation(scope: GoogleScope, value: unknown, path: Path) {
  if (value === googleNoRequirements) return
  const credential = scope.nodeOf(value, path)
  if (!credential) return asText(scope, path, 'educationRequirements', value, 'EducationalOccupationalCredential', 'credentialCategory')
  if (!required(scope, credential.node, credential.path, 'EducationalOccupationalCredential', 'credentialCategory')) return
  forEach(credential.node.credentialCategory, [...credential.path, 'credentialCategory'], (category, at) => {
    if (typeof category !== 'string' || !credentialCategorySet.has(category))
      scope.report('google.invalid_value', at, { property: 'credentialCategory', ...found(category), allowed: credentialCategories, quote: 1 })
  })
}

function checkExperience(scope: GoogleScope, value: unknown, path: Path) {
  if (value === googleNoRequirements) return
  const experience = scope.nodeOf(value, path)
  if (!experience) return asText(scope, path, 'experienceRequirements', value, 'OccupationalExperienceRequirements', 'monthsOfExperience')
  if (!required(scope, experience.node, experience.path, 'OccupationalExperienceRequirements', 'monthsOfExperience')) return
  const months = experience.node.monthsOfExperience
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 0)
    expecting(scope, [...experience.path, 'monthsOfExperience'], 'monthsOfExperience', months, 'months')
}

/**
 * Education and experience (JobPosting and Occupation): a credential with its category, an
 * experience with its months, or Google's "no requirements".
 * @param scope where to report
 * @param node the JobPosting or Occupation
 * @param path where it sits
 */
export function checkRequirements(scope: GoogleScope, node: JsonObject, path: Path): void {
  if (node.educationRequirements !== undefined)
    forEach(node.educationRequirements, [...path, 'educationRequirements'], (item, itemPath) => checkEducation(scope, item, itemPath))
  if (node.experienceRequirements !== undefined)
    forEach(node.experienceRequirements, [...path, 'experienceRequirements'], (item, itemPath) => checkExperience(scope, item, itemPath))
}
