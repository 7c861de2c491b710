// Codes and signs, longest first: "CA$" is Canadian, a bare "$" is the article's country's dollar.
const currencies: ReadonlyArray<[string | 'dollar', RegExp]> = [
  ['EUR', /€|\bEUR\b|\beuros?\b/iu],
  ['USD', /US\$|\bUSD\b/iu],
  ['CAD', /\bCA?\$|\bCAD\b/u],
  ['AUD', /\bAU?\$|\bAUD\b/u],
  ['NZD', /\bNZ\$|\bNZD\b/u],
  ['dollar', /(?<![A-Z])\$|\bdollars?\b/iu],
  ['GBP', /£|\bGBP\b|\bpounds?\b/iu],
]

/**
 * Finds the currency a header or sentence names without an amount ("Maandsalaris (€)", "Figures in
 * CAD").
 * @param text the text
 * @param dollar the currency a bare `$` stands for (the article's country's dollar)
 * @returns the ISO 4217 code, or undefined when the text names none (or more than one)
 */
export function detectCurrency(text: string, dollar = 'USD'): string | undefined {
  const found = new Set(currencies.filter(([, pattern]) => pattern.test(text)).map(([code]) => (code === 'dollar' ? dollar : code)))
  return found.size === 1 ? [...found][0] : undefined
}
