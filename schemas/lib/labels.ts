/**
 * Dutch titles for the values in scripts/lib/rules/constants.ts, as the Studio shows them.
 * Each table is checked against its constant, so a new value cannot go without a title.
 */
import type {
  EmploymentType,
  Language,
  SalaryBasis,
  SalaryPeriod,
  SalaryStatistic,
} from '../../scripts/lib/rules/constants.ts'
import {
  educationLevelKeys,
  educationLevels,
  employmentTypes,
  languages,
  salaryBases,
  salaryPeriods,
  salaryStatistics,
  shiftWorkValues,
  workplaceValues,
} from '../../scripts/lib/rules/constants.ts'

type ShiftWork = (typeof shiftWorkValues)[number]
type Workplace = (typeof workplaceValues)[number]

const periodTitles = {
  HOUR: 'Per uur',
  DAY: 'Per dag',
  WEEK: 'Per week',
  MONTH: 'Per maand',
  YEAR: 'Per jaar',
} as const satisfies Record<SalaryPeriod, string>

/** Short period suffixes for previews ("€ 2.450 p/m"). */
export const periodAbbreviations = {
  HOUR: 'p/u',
  DAY: 'p/d',
  WEEK: 'p/w',
  MONTH: 'p/m',
  YEAR: 'p/j',
} as const satisfies Record<SalaryPeriod, string>

/** Dutch names of what a tier's amounts are (average or median), for titles and previews. */
export const statisticTitles = { average: 'Gemiddelde', median: 'Mediaan' } as const satisfies Record<SalaryStatistic, string>

/** Dutch names of gross and net, for titles and previews. */
export const basisTitles = { gross: 'Bruto', net: 'Netto' } as const satisfies Record<SalaryBasis, string>

const employmentTypeTitles = {
  FULL_TIME: 'Voltijd',
  PART_TIME: 'Deeltijd',
  CONTRACTOR: 'Zzp / opdracht',
  TEMPORARY: 'Tijdelijk',
  INTERN: 'Stage',
  VOLUNTEER: 'Vrijwilligerswerk',
  PER_DIEM: 'Oproepbasis',
  OTHER: 'Anders',
} as const satisfies Record<EmploymentType, string>

const languageTitles = { nl: 'Nederlands', en: 'Engels' } as const satisfies Record<Language, string>

const shiftWorkTitles = { never: 'Nooit', sometimes: 'Soms', often: 'Vaak' } as const satisfies Record<ShiftWork, string>

const workplaceTitles = {
  onsite: 'Op locatie',
  hybrid: 'Hybride',
  remote: 'Op afstand',
} as const satisfies Record<Workplace, string>

const listOf = <V extends string>(values: readonly V[], titles: Record<V, string>) =>
  values.map((value) => ({ value, title: titles[value] }))

/** `options.list` entries for every enum field, in the order of the constants. */
export const optionLists = {
  periods: listOf(salaryPeriods, periodTitles),
  bases: listOf(salaryBases, basisTitles),
  statistics: listOf(salaryStatistics, statisticTitles),
  employmentTypes: listOf(employmentTypes, employmentTypeTitles),
  languages: listOf(languages, languageTitles),
  shiftWork: listOf(shiftWorkValues, shiftWorkTitles),
  workplaces: listOf(workplaceValues, workplaceTitles),
  educationLevels: educationLevelKeys.map((value) => ({ value, title: educationLevels[value].title })),
}
