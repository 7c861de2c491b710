// Where a heading's parts meet: " | ", " – ", " — ", " - ", ": " (also " : "), "? ", "! ", ", ".
const separators = /\s+[|–—-]\s+|\s*:\s+|[?!]\s+|,\s+/u

/**
 * Splits a heading into its parts, in order: "Kapper | Beroepsbeeld, salaris en opleiding" →
 * "Kapper", "Beroepsbeeld", "salaris en opleiding".
 * @param heading the heading without noise
 * @returns the parts, trimmed, without empty ones; a trailing question mark is dropped
 */
export function titleSegments(heading: string): string[] {
  return heading
    .split(separators)
    .map((part) => part.replace(/[?!.:]+$/u, '').trim())
    .filter((part) => part !== '')
}
