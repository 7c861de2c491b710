const currencies: ReadonlyArray<[string, RegExp]> = [
  ['EUR', /€|\bEUR\b|\beuros?\b/iu],
  ['USD', /\$|\bUSD\b|\bdollars?\b/iu],
  ['GBP', /£|\bGBP\b|\bpounds?\b/iu],
]

/**
 * Finds the currency a header or sentence names without an amount ("Maandsalaris (€)").
 * @param text the text
 * @returns the ISO 4217 code, or undefined when the text names none (or more than one)
 */
export function detectCurrency(text: string): string | undefined {
  const found = currencies.filter(([, pattern]) => pattern.test(text))
  return found.length === 1 ? found[0]?.[0] : undefined
}
