import type { Issue, Position, Severity } from './issue.ts'
import { compareCodePoints } from './compareCodePoints.ts'
import { toDotPath } from './toDotPath.ts'

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/**
 * Characters that would act on the terminal rather than show in it: C0 and C1 controls (an ESC
 * can clear the screen or rewrite lines), line separators, bidi controls (they reorder what the
 * reader sees, "Trojan Source") and zero-width characters. Ids and quoted values come from
 * content, so the report writes these as visible `\uXXXX` escapes; the JSON report keeps them raw.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g

const visible = (line: string) =>
  line.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)

const where = (p: Position | undefined) => (p ? ` (${p.file}:${p.line}${p.column ? `:${p.column}` : ''})` : '')

/**
 * Sorts issues into a stable order: by document, then severity, then path, then message; text in
 * code point order, so that documents come in the content store's key order.
 * @param issues the issues, in any order
 * @returns a new, sorted array
 */
export function sortIssues(issues: ReadonlyArray<Issue>): Issue[] {
  return [...issues].sort(
    (a, b) =>
      compareCodePoints(a.docId, b.docId) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      compareCodePoints(toDotPath(a.path), toDotPath(b.path)) ||
      compareCodePoints(a.message, b.message),
  )
}

/**
 * Formats issues as the human report: one header per document (`<_type> → <_id> (file:line)`),
 * one line per issue with its dotted path, the message, and its own position when it differs;
 * control, bidi and zero-width characters from content are shown as `\uXXXX`.
 * @param issues the issues to report
 * @returns the report text, ending with a newline, or an empty string for no issues
 */
export function formatReport(issues: ReadonlyArray<Issue>): string {
  const groups = new Map<string, Issue[]>()
  for (const issue of sortIssues(issues)) {
    const key = `${issue.docType}\u0000${issue.docId}`
    groups.set(key, [...(groups.get(key) ?? []), issue])
  }
  let out = ''
  for (const group of groups.values()) {
    const first = group[0]
    if (!first) continue
    const docPosition = group.find((i) => i.path.length === 0)?.position ?? first.position
    const worst = group.some((i) => i.severity === 'error') ? 'error' : group.some((i) => i.severity === 'warning') ? 'warning' : 'notice'
    const verdict = worst === 'error' ? 'does not validate' : worst === 'warning' ? 'has warnings' : 'notices'
    out += `${visible(`${first.docType} → ${first.docId}${where(docPosition)}: ${verdict}.`)}\n`
    for (const issue of group) {
      const own = issue.position && issue.position !== docPosition ? where(issue.position) : ''
      const tag = issue.severity === 'error' ? '' : `${issue.severity}: `
      out += `${visible(`  ${toDotPath(issue.path)}: ${tag}${issue.message}${own}`)}\n`
    }
  }
  return out
}

/** Counts issues per severity. */
export function countIssues(issues: ReadonlyArray<Issue>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const issue of issues) counts[issue.severity]++
  return counts
}
