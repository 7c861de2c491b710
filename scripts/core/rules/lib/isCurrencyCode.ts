// The ISO 4217 list comes from the platform (ICU): Node and every browser the Studio runs in have it.
const supported: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'))

/**
 * Tells an ISO 4217 code the platform knows from any other text.
 * @param currency the code
 * @returns true for a code such as EUR
 */
export function isCurrencyCode(currency: string): boolean {
  return supported.has(currency)
}
