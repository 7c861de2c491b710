/**
 * The `_type` of every object jobld stores inside its documents. Each carries jobld's prefix, so
 * that a Studio with its own `table`, `education` or `blockContent` can add jobld beside them
 * (Sanity type names share one namespace). Sanity's own types (`block`, `span`, `slug`,
 * `reference`) and the Portable Text link mark keep their names.
 */
export const objectTypes = {
  salaryAmount: 'jobldSalaryAmount',
  vacancySalary: 'jobldVacancySalary',
  specialisation: 'jobldSpecialisation',
  competency: 'jobldCompetency',
  education: 'jobldEducation',
  levelFields: 'jobldLevelFields',
  workingConditions: 'jobldWorkingConditions',
  jobLocation: 'jobldJobLocation',
  table: 'jobldTable',
  tableRow: 'jobldTableRow',
  /** Array types: Studio names only, never a `_type` in a document. */
  blockContent: 'jobldBlockContent',
  blockText: 'jobldBlockText',
} as const
