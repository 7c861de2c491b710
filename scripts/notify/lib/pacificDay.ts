// Google's Indexing API quota resets at midnight Pacific Time
// (https://developers.google.com/search/apis/indexing-api/v3/quota-pricing).
const PACIFIC = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' })

/**
 * The Pacific-time calendar day of a moment, the day Google counts a publish request against.
 * @param now the moment
 * @returns `YYYY-MM-DD`
 */
export function pacificDay(now: Date): string {
  return PACIFIC.format(now)
}
