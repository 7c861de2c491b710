import type { AmountLike } from './readAmount.ts'

/**
 * The number that stands for an amount when amounts are compared: the value, else the
 * middle of the range, else whichever bound is given.
 * @param amount the amount
 * @returns the representative number, or undefined when nothing is given
 */
export function representativeValue(amount: Omit<AmountLike, 'period'>): number | undefined {
  if (amount.value !== undefined) return amount.value
  if (amount.minValue !== undefined && amount.maxValue !== undefined) return (amount.minValue + amount.maxValue) / 2
  return amount.minValue ?? amount.maxValue
}
