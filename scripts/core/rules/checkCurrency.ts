import type { Violation } from './violation.ts'

// The ISO 4217 list comes from the platform (ICU): Node and every browser the Studio runs in have it.
const supported = new Set(Intl.supportedValuesOf('currency'))

/**
 * Checks that a currency is an ISO 4217 code the platform knows.
 * @param currency the code
 * @param path where it sits in the document
 * @returns the violation, or nothing
 */
export function checkCurrency(currency: string, path: Violation['path'] = ['currency']): Violation | undefined {
  if (supported.has(currency)) return undefined
  return { code: 'currency.unsupported', path, params: { currency } }
}
