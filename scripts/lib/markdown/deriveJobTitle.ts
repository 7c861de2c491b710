/**
 * How career article titles wrap the job title, Dutch and English. The job title is the
 * first capture group.
 */
const patterns: ReadonlyArray<RegExp> = [
  /^wat\s+(?:doet|verdient)(?:\s+en\s+(?:doet|verdient))?\s+(?:een|de)\s+(.+?)\s*\??$/iu,
  /^(?:werken\s+als|hoe\s+word\s+je|beroep|vacature)\s*:?\s+(?:een\s+)?(.+?)\s*[?.!]?$/iu,
  /^what\s+does\s+(?:an?|the)\s+(.+?)\s+do(?:\s+and\s+(?:earn|make))?\s*\??$/iu,
  /^what\s+(?:does|do)\s+(?:an?|the)\s+(.+?)\s+(?:earn|make)(?:\s+and\s+do)?\s*\??$/iu,
  /^(?:how\s+to\s+become|working\s+as|becoming)\s+(?:an?\s+)?(.+?)\s*[?.!]?$/iu,
  /^(.+?)\s*:\s*(?:wat|hoe|alles|what|how|everything|salary|salaris)\b/iu,
  /^(.+?)\s+(?:job\s+description|career\s+guide|salary\s+guide)$/iu,
]

/**
 * Derives the job title from an article's title: "Wat doet en verdient een customer
 * service medewerker?" → "Customer service medewerker", "What does a nurse do?" → "Nurse";
 * a title that matches no known pattern is the job title itself.
 * @param heading the article's title
 * @returns the job title with a capital first letter
 */
export function deriveJobTitle(heading: string): string {
  const text = heading.replace(/[\s\u00a0]+/gu, ' ').trim()
  const found = patterns.map((pattern) => pattern.exec(text)?.[1]).find((title) => title !== undefined && title.trim() !== '')
  const title = (found ?? text).trim().replace(/\?$/u, '')
  return title.charAt(0).toUpperCase() + title.slice(1)
}
