/**
 * The EU and EEA countries where the EU Pay Transparency Directive (Directive (EU) 2023/970) makes
 * a vacancy state its initial pay or pay range (Article 5: before the interview, in practice in the
 * vacancy notice), and the day that obligation applies in each: the transposition deadline of
 * Article 34(1), 7 June 2026, unless a later national date is documented. `payTransparency: eu`
 * (the default) applies this table; `--pay-transparency NL=2027-03-01` gives other dates.
 *
 * Sources:
 * - directive: Directive (EU) 2023/970 of 10 May 2023, Article 5 (pay transparency prior to
 *   employment) and Article 34(1) (transposition by 7 June 2026), OJ L 132, 17.5.2023,
 *   https://eur-lex.europa.eu/eli/dir/2023/970/oj
 * - nl: the Dutch government's bill implementing the directive (Ministerie van Sociale Zaken en
 *   Werkgelegenheid, "Wet implementatie EU-richtlijn loontransparantie"), planned to take effect
 *   on 1 January 2027.
 * - eea: the directive is marked "Text with EEA relevance"; for Iceland, Liechtenstein and Norway
 *   it applies once the EEA Joint Committee incorporates it; no later date is documented here, so
 *   the directive's date stands until one is given (`--pay-transparency NO=<date>`).
 */

/** Where a date in the table comes from (see the file's sources). */
export type PayTransparencySource = 'directive' | 'nl' | 'eea'

/** The directive's own date: the transposition deadline of Article 34(1). */
export const payTransparencyDirectiveDate = '2026-06-07'

const directive = { date: payTransparencyDirectiveDate, source: 'directive' } as const
const eea = { date: payTransparencyDirectiveDate, source: 'eea' } as const

/** Per country (ISO 3166-1 alpha-2): the day a vacancy there must state its pay, and the source of that day. */
export const payTransparencyDates = {
  AT: directive,
  BE: directive,
  BG: directive,
  CY: directive,
  CZ: directive,
  DE: directive,
  DK: directive,
  EE: directive,
  ES: directive,
  FI: directive,
  FR: directive,
  GR: directive,
  HR: directive,
  HU: directive,
  IE: directive,
  IT: directive,
  LT: directive,
  LU: directive,
  LV: directive,
  MT: directive,
  NL: { date: '2027-01-01', source: 'nl' },
  PL: directive,
  PT: directive,
  RO: directive,
  SE: directive,
  SI: directive,
  SK: directive,
  IS: eea,
  LI: eea,
  NO: eea,
} as const satisfies Record<string, { date: string; source: PayTransparencySource }>

/** The table's dates by country: what `payTransparency: eu` (the default) resolves to. */
export const euPayTransparency: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(payTransparencyDates).map(([country, { date }]) => [country, date]))
