import type { Path } from '../../../issue.ts'
import { googleSalaryUnits } from '../../../constants.ts'
import { isJsonObject, type JsonObject } from '../../../jsonObject.ts'
import { isIsoDuration } from '../../../isoDates.ts'
import { isCurrencyCode } from '../isCurrencyCode.ts'
import { expecting, found, given, required, type GoogleScope } from './googleScope.ts'
import { hasType } from './hasType.ts'

const salaryPeriodSet: ReadonlySet<string> = new Set(googleSalaryUnits)

/** The statistics of a distribution, in the order their values must ascend. */
const distributionKeys = ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'] as const

/** A currency is an ISO 4217 code. */
export function checkCurrencyCode(scope: GoogleScope, value: unknown, path: Path): void {
  if (typeof value === 'string' && isCurrencyCode(value)) return
  expecting(scope, path, 'currency', value, 'currency')
}

/** A unitText is one of the salary periods. */
export function checkUnitText(scope: GoogleScope, value: unknown, path: Path): void {
  if (typeof value === 'string' && salaryPeriodSet.has(value)) return
  scope.report('google.invalid_value', path, { property: 'unitText', ...found(value), allowed: googleSalaryUnits })
}

/** A QuantitativeValue holds a value, or a minimum and/or maximum, as numbers with min ≤ max. */
export function checkQuantity(scope: GoogleScope, quantity: JsonObject, path: Path): void {
  const { value, minValue, maxValue } = quantity
  if (!given(value) && !given(minValue) && !given(maxValue)) {
    scope.report('google.required.quantity', [...path, 'value'], {})
    return
  }
  for (const [key, amount] of [['value', value], ['minValue', minValue], ['maxValue', maxValue]] as const)
    if (given(amount) && (typeof amount !== 'number' || !Number.isFinite(amount))) expecting(scope, [...path, key], key, amount, 'number')
  if (typeof minValue === 'number' && typeof maxValue === 'number' && minValue > maxValue)
    scope.report('google.invalid_value.min_above_max', [...path, 'minValue'], { min: minValue, max: maxValue })
}

/** A MonetaryAmountDistribution states at least one statistic; each is a number, in ascending order. */
function checkDistribution(scope: GoogleScope, node: JsonObject, path: Path) {
  const present = distributionKeys.filter((key) => given(node[key]))
  if (present.length === 0) {
    scope.report('google.required.distribution', [...path, 'median'], { keys: distributionKeys })
    return
  }
  let previous: { key: string; value: number } | undefined
  for (const key of present) {
    const value = node[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      expecting(scope, [...path, key], key, value, 'number')
      continue
    }
    if (previous && value < previous.value)
      scope.report('google.invalid_value.below', [...path, key], { key, value, previousKey: previous.key, previousValue: previous.value, keys: distributionKeys })
    previous = { key, value }
  }
}

/** One salary estimate (JobPosting and Occupation): a currency, the period it covers (duration, or unitText on the amount) and an amount. */
export function checkEstimatedSalary(scope: GoogleScope, value: unknown, path: Path): void {
  const estimate = scope.nodeOf(value, path)
  if (!estimate) {
    expecting(scope, path, 'estimatedSalary', value, 'estimatedSalary')
    return
  }
  const { node } = estimate
  if (required(scope, node, estimate.path, 'estimatedSalary', 'currency')) checkCurrencyCode(scope, node.currency, [...estimate.path, 'currency'])
  const quantity = isJsonObject(node.value) ? node.value : undefined
  if (given(node.duration)) {
    if (typeof node.duration !== 'string' || !isIsoDuration(node.duration)) expecting(scope, [...estimate.path, 'duration'], 'duration', node.duration, 'duration')
  } else if (given(node.unitText)) checkUnitText(scope, node.unitText, [...estimate.path, 'unitText'])
  else if (quantity && given(quantity.unitText)) checkUnitText(scope, quantity.unitText, [...estimate.path, 'value', 'unitText'])
  else scope.report('google.required.estimate_period', [...estimate.path, 'duration'], {})
  if (hasType(node, 'MonetaryAmountDistribution')) checkDistribution(scope, node, estimate.path)
  else if (quantity) checkQuantity(scope, quantity, [...estimate.path, 'value'])
  else if (!given(node.value)) scope.report('google.required.estimate_value', [...estimate.path, 'value'], {})
}
