/**
 * How articles name each pay period, after an amount and in a table header, Dutch and English,
 * four-weekly pay (a Dutch collective agreement's "per 4 weken") included.
 */
import type { Language } from '../../../scripts/core/constants.ts'

/** The periods an article can state pay in. */
export const fuzzPeriods = ['HOUR', 'DAY', 'WEEK', 'FOUR_WEEKS', 'MONTH', 'YEAR'] as const
export type FuzzPeriod = (typeof fuzzPeriods)[number]

/** Words after an amount, and table headers, per period. */
export const periodWords: Record<Language, Record<FuzzPeriod, { after: string[]; header: string[] }>> = {
  nl: {
    HOUR: { after: ['per uur', 'p/u', 'per uur'], header: ['Per uur', 'Uurloon'] },
    DAY: { after: ['per dag'], header: ['Per dag', 'Dagloon'] },
    WEEK: { after: ['per week', 'p/w'], header: ['Per week', 'Weekloon'] },
    FOUR_WEEKS: { after: ['per 4 weken', 'per vier weken', 'per periode van vier weken'], header: ['Per 4 weken', 'Vierwekelijks'] },
    MONTH: { after: ['per maand', 'p/m', 'per mnd'], header: ['Per maand', 'Maandsalaris', 'Maandloon'] },
    YEAR: { after: ['per jaar', 'op jaarbasis', 'per jaar inclusief vakantiegeld', 'jaarlijks'], header: ['Per jaar', 'Jaarsalaris', 'Jaarloon'] },
  },
  en: {
    HOUR: { after: ['an hour', 'per hour', '/hr', '/hour'], header: ['Hourly', 'Per hour', 'Hourly rate'] },
    DAY: { after: ['a day', 'per day', '/day'], header: ['Daily', 'Per day'] },
    WEEK: { after: ['a week', 'per week', 'pw', '/wk'], header: ['Weekly', 'Per week'] },
    FOUR_WEEKS: { after: ['every four weeks', 'per four weeks', 'per 4 weeks'], header: ['Four-weekly', 'Per 4 weeks'] },
    MONTH: { after: ['a month', 'per month', '/mo', 'pcm'], header: ['Monthly', 'Per month'] },
    YEAR: { after: ['a year', 'per year', 'p.a.', 'pa', 'per annum', 'annually', '/yr', 'a year including holiday pay'], header: ['Annual', 'Per year', 'Annual salary', 'Per annum'] },
  },
}

/** Gross and net, as a word before the period and as a sentence about all amounts. */
export const basisWords: Record<Language, Record<'gross' | 'net', { word: string[]; sentence: string[] }>> = {
  nl: {
    gross: { word: ['bruto'], sentence: ['Alle bedragen zijn bruto.', 'De genoemde bedragen zijn brutobedragen.'] },
    net: { word: ['netto'], sentence: ['Alle bedragen zijn netto.', 'De bedragen zijn wat je netto overhoudt.'] },
  },
  en: {
    gross: { word: ['gross', 'before tax'], sentence: ['All figures are gross.', 'Figures are before tax.'] },
    net: { word: ['net', 'after tax'], sentence: ['All figures are net, after tax.', 'Figures are take-home pay.'] },
  },
}
