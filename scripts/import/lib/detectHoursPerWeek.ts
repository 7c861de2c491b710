const patterns = [
  /(\d{1,2}(?:[.,]5)?)\s*-?\s*(?:uur|urige?|hours?|hrs?|hour)\s*(?:per|a|in\s+de|in\s+a|\/)?\s*(?:werk)?week\b/iu,
  /(?:werkweek|working\s+week|work\s+week)\s+(?:van|of)\s+(\d{1,2}(?:[.,]5)?)\s*(?:uur|hours?)\b/iu,
]

/**
 * Finds the working hours a salary is based on ("bij 40 uur per week", "een werkweek van 38 uur", "a 36-hour week").
 * @param text a sentence or paragraph about salary
 * @returns hours per week, or undefined when the text states none
 */
export function detectHoursPerWeek(text: string): number | undefined {
  const match = patterns.map((pattern) => pattern.exec(text)).find((m) => m !== null)
  if (!match?.[1]) return undefined
  const hours = Number(match[1].replace(',', '.'))
  return hours > 0 && hours <= 80 ? hours : undefined
}
