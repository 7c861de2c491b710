/** The dollar of each country that calls its currency that, by ISO 3166-1 alpha-2 code. */
const dollars: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  JM: 'JMD',
  TT: 'TTD',
  BS: 'BSD',
  BB: 'BBD',
  BZ: 'BZD',
  FJ: 'FJD',
  NA: 'NAD',
  LR: 'LRD',
  TW: 'TWD',
}

/**
 * The currency a bare `$` stands for in an article about a country: Canadian pay in a Canadian
 * article, US dollars when the country has no dollar of its own.
 * @param country ISO 3166-1 alpha-2 code
 * @returns the ISO 4217 code
 */
export function dollarOf(country: string): string {
  return dollars[country] ?? 'USD'
}
