import { euPayTransparency } from '../rules/lib/payTransparencyDates.ts'
import type { PayTransparency } from '../rules/lib/checkPayTransparency.ts'
import { countryPattern } from '../constants.ts'

const isoDate = /^\d{4}-\d{2}-\d{2}$/


/**
 * Reads the `payTransparency` option: `eu` (the table of rules/lib/payTransparencyDates.ts), `off`
 * (no country), or `<CC>=<date>` pairs, comma-separated, each giving a country its own date (after
 * `eu`, they change or add to the table: `eu,NO=2027-06-01`); in code also an object `{ NL: '2027-01-01' }`.
 * @param value the option as given
 * @returns per country the day pay transparency applies, or the entry that is wrong
 */
export function parsePayTransparency(value: string | Readonly<Record<string, string>>): { dates: PayTransparency } | { error: string } {
  const entries = typeof value === 'string' ? value.split(',').map((entry) => entry.trim()) : Object.entries(value).map(([country, date]) => `${country}=${date}`)
  if (typeof value === 'string' && value.trim() === 'off') return { dates: {} }
  const dates: Record<string, string> = {}
  for (const entry of entries) {
    if (entry === 'eu') {
      Object.assign(dates, euPayTransparency)
      continue
    }
    const [country = '', date = '', ...rest] = entry.split('=')
    if (rest.length > 0 || !countryPattern.test(country) || !isoDate.test(date) || Number.isNaN(Date.parse(date)))
      return { error: `Unexpected --pay-transparency entry "${entry}", expected eu, off or <CC>=<date> pairs such as NL=2027-01-01` }
    dates[country] = date
  }
  return { dates }
}
