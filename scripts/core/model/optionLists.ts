/**
 * The titles of the values in scripts/core/core/constants.ts, in Dutch and English, as the Studio shows them.
 * Each table is checked against its constant, so a new value cannot go without a title.
 */
import type {
  EducationLevel,
  EmploymentType,
  Language,
  SalaryBasis,
  SalaryPeriod,
  SalaryStatistic,
} from '../constants.ts'
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
} from '../constants.ts'
import type { Wording } from '../messages/wording.ts'

type ShiftWork = (typeof shiftWorkValues)[number]
type Workplace = (typeof workplaceValues)[number]

const periodTitles = {
  nl: { HOUR: 'Per uur', DAY: 'Per dag', WEEK: 'Per week', FOUR_WEEKS: 'Per 4 weken', MONTH: 'Per maand', YEAR: 'Per jaar' },
  en: { HOUR: 'Per hour', DAY: 'Per day', WEEK: 'Per week', FOUR_WEEKS: 'Per 4 weeks', MONTH: 'Per month', YEAR: 'Per year' },
} as const satisfies Wording<Record<SalaryPeriod, string>>

/** Short period suffixes for previews ("€ 2.450 p/m", "€2,450 /mo"), per language. */
export const periodAbbreviations = {
  nl: { HOUR: 'p/u', DAY: 'p/d', WEEK: 'p/w', FOUR_WEEKS: 'p/4w', MONTH: 'p/m', YEAR: 'p/j' },
  en: { HOUR: '/h', DAY: '/day', WEEK: '/wk', FOUR_WEEKS: '/4 wk', MONTH: '/mo', YEAR: '/yr' },
} as const satisfies Wording<Record<SalaryPeriod, string>>

/** Names of what a tier's amounts are (average or median), for titles and previews, per language. */
export const statisticTitles = {
  nl: { average: 'Gemiddelde', median: 'Mediaan' },
  en: { average: 'Average', median: 'Median' },
} as const satisfies Wording<Record<SalaryStatistic, string>>

/** Names of gross and net, for titles and previews, per language. */
export const basisTitles = {
  nl: { gross: 'Bruto', net: 'Netto' },
  en: { gross: 'Gross', net: 'Net' },
} as const satisfies Wording<Record<SalaryBasis, string>>

const employmentTypeTitles = {
  nl: {
    FULL_TIME: 'Voltijd',
    PART_TIME: 'Deeltijd',
    CONTRACTOR: 'Zzp / opdracht',
    TEMPORARY: 'Tijdelijk',
    INTERN: 'Stage',
    VOLUNTEER: 'Vrijwilligerswerk',
    PER_DIEM: 'Oproepbasis',
    OTHER: 'Anders',
  },
  en: {
    FULL_TIME: 'Full time',
    PART_TIME: 'Part time',
    CONTRACTOR: 'Contractor',
    TEMPORARY: 'Temporary',
    INTERN: 'Internship',
    VOLUNTEER: 'Volunteer',
    PER_DIEM: 'On call',
    OTHER: 'Other',
  },
} as const satisfies Wording<Record<EmploymentType, string>>

const languageTitles = {
  nl: { nl: 'Nederlands', en: 'Engels' },
  en: { nl: 'Dutch', en: 'English' },
} as const satisfies Wording<Record<Language, string>>

const shiftWorkTitles = {
  nl: { never: 'Nooit', sometimes: 'Soms', often: 'Vaak' },
  en: { never: 'Never', sometimes: 'Sometimes', often: 'Often' },
} as const satisfies Wording<Record<ShiftWork, string>>

const workplaceTitles = {
  nl: { onsite: 'Op locatie', hybrid: 'Hybride', remote: 'Op afstand' },
  en: { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' },
} as const satisfies Wording<Record<Workplace, string>>

// Education levels are Dutch school types (vmbo, mbo, hbo, …): their names are the same in both languages.
const educationTitles = {
  vmbo: educationLevels.vmbo.title,
  havo: educationLevels.havo.title,
  vwo: educationLevels.vwo.title,
  mbo: educationLevels.mbo.title,
  ad: educationLevels.ad.title,
  hbo: educationLevels.hbo.title,
  wo: educationLevels.wo.title,
  master: educationLevels.master.title,
} satisfies Record<EducationLevel, string>

const listOf = <V extends string>(values: readonly V[], titles: Wording<Record<V, string>>) => ({
  nl: values.map((value) => ({ value, title: titles.nl[value] })),
  en: values.map((value) => ({ value, title: titles.en[value] })),
})

/** `options.list` entries for every enum field, in the order of the constants, per language. */
export const localizedLists = {
  periods: listOf(salaryPeriods, periodTitles),
  bases: listOf(salaryBases, basisTitles),
  statistics: listOf(salaryStatistics, statisticTitles),
  employmentTypes: listOf(employmentTypes, employmentTypeTitles),
  languages: listOf(languages, languageTitles),
  shiftWork: listOf(shiftWorkValues, shiftWorkTitles),
  workplaces: listOf(workplaceValues, workplaceTitles),
  educationLevels: listOf(educationLevelKeys, { nl: educationTitles, en: educationTitles }),
}

/** The name of one of the option lists. */
export type OptionListId = keyof typeof localizedLists

/** `options.list` entries with the Dutch titles the schema carries (the list input shows the Studio's language). */
export const optionLists = {
  periods: localizedLists.periods.nl,
  bases: localizedLists.bases.nl,
  statistics: localizedLists.statistics.nl,
  employmentTypes: localizedLists.employmentTypes.nl,
  languages: localizedLists.languages.nl,
  shiftWork: localizedLists.shiftWork.nl,
  workplaces: localizedLists.workplaces.nl,
  educationLevels: localizedLists.educationLevels.nl,
} satisfies Record<OptionListId, ReadonlyArray<{ value: string; title: string }>>

/** The values of each option list, in the order of the constants: what the zod model accepts. */
export const optionValues = {
  periods: salaryPeriods,
  bases: salaryBases,
  statistics: salaryStatistics,
  employmentTypes,
  languages,
  shiftWork: shiftWorkValues,
  workplaces: workplaceValues,
  // Object.keys keeps the levels' declared order; the list is never empty.
  educationLevels: educationLevelKeys as [EducationLevel, ...EducationLevel[]],
} satisfies Record<OptionListId, readonly [string, ...string[]]>

/** One value of an option list. */
export type OptionValue<L extends OptionListId> = (typeof optionValues)[L][number]
