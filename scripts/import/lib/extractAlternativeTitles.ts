const patterns: ReadonlyArray<RegExp> = [
  /\book\s+wel\s+(?:een\s+|de\s+)?([^,.;:()]+?)\s+genoemd\b/giu,
  /\b(?:ook\s+bekend\s+als|also\s+known\s+as|also\s+called|sometimes\s+called|aka)\s+(?:an?\s+|een\s+)?([^,.;:()]+)/giu,
]

/**
 * Finds the other names a text gives the job ("ook wel klantenservicemedewerker genoemd",
 * "also known as a care assistant").
 * @param text the article's summary
 * @param title the job title, which is not repeated
 * @returns the other names, each once
 */
export function extractAlternativeTitles(text: string, title: string): string[] {
  const out: string[] = []
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) {
      const name = match[1]?.trim()
      if (name && name.toLowerCase() !== title.toLowerCase() && !out.includes(name)) out.push(name)
    }
  return out
}
