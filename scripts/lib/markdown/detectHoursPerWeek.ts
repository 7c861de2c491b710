const pattern = /(\d{1,2}(?:[.,]5)?)\s*-?\s*(?:uur|urige?|hours?|hrs?|hour)\s*(?:per|a|in\s+de|in\s+a|\/)?\s*(?:werk)?week\b/iu

/**
 * Finds the working hours a salary is based on ("bij 40 uur per week", "a 36-hour week").
 * @param text a sentence or paragraph about salary
 * @returns hours per week, or undefined when the text states none
 */
export function detectHoursPerWeek(text: string): number | undefined {
  const match = pattern.exec(text)
  if (!match?.[1]) return undefined
  const hours = Number(match[1].replace(',', '.'))
  return hours > 0 && hours <= 80 ? hours : undefined
}
