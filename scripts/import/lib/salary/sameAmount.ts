/** The numbers of an amount. */
interface AmountNumbers {
  value?: number | undefined
  minValue?: number | undefined
  maxValue?: number | undefined
}

/**
 * Whether two amounts are the same value or range.
 * @param a one amount
 * @param b another
 * @returns true when value, minimum and maximum are equal
 */
export function sameAmount(a: AmountNumbers, b: AmountNumbers): boolean {
  return a.value === b.value && a.minValue === b.minValue && a.maxValue === b.maxValue
}
