import { isRecord } from '../../isRecord.ts'

/**
 * The text a rule of a single field reads: the string, or a slug's `current`.
 * @param value the field's value
 * @returns the text, or undefined when the field holds none
 */
export function fieldText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : isRecord(value) && typeof value.current === 'string' ? value.current : undefined
}
