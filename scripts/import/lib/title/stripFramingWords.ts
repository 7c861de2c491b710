import { edgeFramingWords, framingWords, linkWords } from './framingWords.ts'

const words = (text: string) => text.split(/\s+/u).filter((w) => w !== '')
const key = (word: string) => word.toLowerCase().replace(/[.,;:!?'"“”‘’]+$/u, '')

/**
 * Whether a part of a heading says nothing about the occupation: only framing words ("salaris,
 * taken en opleiding", "Occupational Outlook Handbook", "job description").
 * @param part one part of a heading
 * @returns true when every word is framing
 */
export function isFramingPart(part: string): boolean {
  const list = words(part)
  return (list.length > 0 && list.every((w) => framingWords.has(key(w)))) || category.test(part)
}

// A group of occupations rather than one: "Beroepen in de zorg", "Jobs in hospitality", "Careers in finance".
const category = /^(?:beroepen|banen|vacatures|werken|jobs|careers|vacancies|working)\s+(?:in|bij)\b/iu

/**
 * Cuts the framing words off a job title: from the front ("Salaris verpleegkundige",
 * "Salarisschalen productiemedewerker", "Average Welder"), and from the first framing word that
 * follows the title on ("Schoonmaker salaris", "Orderpicker vacatures", "Accounts Assistant Salary
 * Guide", "Chef de partie pay in hotels").
 * @param part one part of a heading, without a question frame
 * @returns the title, or an empty string when only framing is left
 */
export function stripFramingWords(part: string): string {
  const list = words(part)
  let start = 0
  while (start < list.length && edgeFramingWords.has(key(list[start] ?? ''))) start++
  if (start > 0) while (start < list.length - 1 && linkWords.has(key(list[start] ?? ''))) start++
  let end = start
  while (end < list.length && !edgeFramingWords.has(key(list[end] ?? ''))) end++
  return list.slice(start, end).join(' ')
}
