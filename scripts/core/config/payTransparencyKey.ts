import type { PayTransparency } from '../rules/lib/checkPayTransparency.ts'

/**
 * The resolved `payTransparency` option as one string, the same for the same dates whatever
 * their order: part of the content store's key, so that other dates mean checking every vacancy again.
 * @param dates per country, the day pay transparency applies
 * @returns `CC=YYYY-MM-DD` pairs in country order, joined by commas (empty when off)
 */
export function payTransparencyKey(dates: PayTransparency): string {
  return Object.keys(dates)
    .sort()
    .map((country) => `${country}=${dates[country] ?? ''}`)
    .join(',')
}
