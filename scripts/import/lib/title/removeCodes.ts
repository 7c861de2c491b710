// A classification's code, with its name or alone at an edge of the heading: "ISCO 7212", "ISCO-08: 2221",
// "SOC 29-2052", "O*NET 29-2052.00", "NOC 72106", "ANZSCO 351311", "BRC 1234", "beroepscode 1234", "7212 Lasser", "47-2111 Electricians".
const namedCode = /\b(?:ISCO(?:-?08)?|SOC|NOC|ANZSCO|O\*NET(?:-SOC)?|BRC|ROA|SBC|ISCED|CNO|KldB|beroepscode|code)\s*[:#]?\s*\d[\d.-]*\d?\b/giu
const leadingCode = /^\s*(?:\d{2}-\d{4}(?:\.\d{2})?|\d{4,8}(?:[-.]\d{1,4})*)\s*[-–—:|]?\s*/u
const trailingCode = /\s*[-–—:|]?\s*(?:\d{2}-\d{4}(?:\.\d{2})?|\d{4,8}(?:[-.]\d{1,4})*)\s*$/u

/**
 * Removes the occupation codes headings carry for classifications (ISCO, SOC, NOC, ANZSCO, O*NET,
 * BRC, "beroepscode"): a code with its scheme's name anywhere, and a bare code of four digits or
 * more at either end of the heading.
 * @param heading the heading, notes in brackets already removed
 * @returns the heading without codes, spaces made single
 */
export function removeCodes(heading: string): string {
  return heading.replace(namedCode, ' ').replace(leadingCode, '').replace(trailingCode, '').replace(/\s+([–—-])\s+(?=[–—-]|$)/gu, ' ').replace(/[\s\u00a0]+/gu, ' ').replace(/^\s*[-–—:|]\s*/u, '').trim()
}
