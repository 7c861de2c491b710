/**
 * Tells whether a vacancy has expired, by the build's rule: its `validThrough` lies before
 * the clock (a date alone expires at its start, UTC).
 * @param validThrough the vacancy's `validThrough`, if any
 * @param now the clock
 * @returns true when the export leaves the vacancy out as expired
 */
export function isExpired(validThrough: unknown, now: Date): boolean {
  return typeof validThrough === 'string' && Date.parse(validThrough) < now.getTime()
}
