import type { CompactVocabulary } from '../../core/vocabulary/CompactVocabulary.ts'

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** JSON with object keys in code-unit order at every depth, on one line. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => byCodeUnit(a, b))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Writes the compact vocabulary deterministically: sorted keys, one term per line, so that
 * a new schema.org release shows up in a review as one changed line per changed term.
 * @param vocabulary the derived vocabulary
 * @returns the file text, ending in a newline
 */
export function serializeVocabulary(vocabulary: CompactVocabulary): string {
  const sections = Object.entries(vocabulary).sort(([a], [b]) => byCodeUnit(a, b))
  const body = sections.map(([key, value]) => {
    if (value === null || typeof value !== 'object') return `  ${JSON.stringify(key)}: ${stableJson(value)}`
    const terms = Object.entries(value).sort(([a], [b]) => byCodeUnit(a, b))
    const lines = terms.map(([name, term]) => `    ${JSON.stringify(name)}: ${stableJson(term)}`)
    return `  ${JSON.stringify(key)}: {\n${lines.join(',\n')}\n  }`
  })
  return `{\n${body.join(',\n')}\n}\n`
}
