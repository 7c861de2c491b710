/**
 * Tidies a level label for use as a tier's name: drops a trailing note in brackets ("Starter
 * (0–1 jaar)" → "Starter"), a trailing colon or dash, and surrounding space.
 * @param label the label as written
 * @returns the level's name
 */
export function cleanLevelName(label: string): string {
  let name = label.replace(/[\s\u00a0]+/gu, ' ').trim()
  for (;;) {
    const next = name.replace(/\s*[([][^()[\]]*[)\]]\s*$/u, '').replace(/\s*[:–—-]\s*$/u, '').trim()
    if (next === name || next === '') break
    name = next
  }
  return name
}
