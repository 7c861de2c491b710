/**
 * ISO 8601 shapes as schema.org's data types use them (https://schema.org/Date,
 * https://schema.org/DateTime, https://schema.org/Time, https://schema.org/Duration).
 * Calendar dates are checked for real days, so 2026-02-30 is refused.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/
const timePattern = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/
const durationPattern =
  /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const realDay = (year: string, month: string, day: string) => {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return d <= (m === 2 && leap ? 29 : (monthDays[m - 1] ?? 0))
}
const realTime = (hour: string | undefined, minute: string | undefined, second: string | undefined) =>
  Number(hour) < 24 && Number(minute) < 60 && (second === undefined || Number(second) <= 60)

/** A calendar date such as 2026-11-26. */
export function isIsoDate(text: string): boolean {
  const m = datePattern.exec(text)
  return m !== null && realDay(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}

/** A date and time such as 2026-11-26T09:30:00+01:00 (seconds and offset optional). */
export function isIsoDateTime(text: string): boolean {
  const m = dateTimePattern.exec(text)
  return m !== null && realDay(m[1] ?? '', m[2] ?? '', m[3] ?? '') && realTime(m[4], m[5], m[6])
}

/** A time of day such as 09:30 or 09:30:00Z. */
export function isIsoTime(text: string): boolean {
  const m = timePattern.exec(text)
  return m !== null && realTime(m[1], m[2], m[3])
}

/** A duration such as P1M, PT1H or P1Y2M10DT2H30M. */
export function isIsoDuration(text: string): boolean {
  return durationPattern.test(text)
}
