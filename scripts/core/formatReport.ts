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

/** Warnings and notices the human report leaves out, and the documents they belong to. */
export interface Unlisted {
  warnings: number
  notices: number
  documents: number
}

/** The issues the human report lists, in report order, and what it leaves out. */
export interface BoundedReport {
  listed: Issue[]
  unlisted: Unlisted
}

/**
 * The part of the report the human format lists: every document with an error, whole, and of the
 * others (warnings and notices only) the first `limit` in report order; the rest is counted.
 * @param issues the issues, in any order
 * @param limit how many documents without errors are listed (Infinity: all)
 * @returns the listed issues, sorted, and the count of the rest
 */
export function boundReport(issues: ReadonlyArray<Issue>, limit: number): BoundedReport {
  const sorted = sortIssues(issues)
  const listed: Issue[] = []
  const unlisted: Unlisted = { warnings: 0, notices: 0, documents: 0 }
  let quiet = 0
  for (let start = 0; start < sorted.length; ) {
    const docId = sorted[start]?.docId
    let end = start
    while (sorted[end]?.docId === docId) end += 1
    const group = sorted.slice(start, end)
    start = end
    // Errors sort first within a document.
    if (group[0]?.severity === 'error' || quiet < limit) {
      if (group[0]?.severity !== 'error') quiet += 1
      listed.push(...group)
      continue
    }
    unlisted.documents += 1
    for (const issue of group) unlisted[issue.severity === 'warning' ? 'warnings' : 'notices'] += 1
  }
  return { listed, unlisted }
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

/**
 * The human report of a bounded part (boundReport): its issues, then a line on what it left out.
 * @param report the listed issues and the count of the rest
 * @param how the ways to list it all, as the caller words them
 * @returns the text, or an empty string for no issues
 */
export function formatBoundedReport(report: BoundedReport, how: string): string {
  return formatReport(report.listed) + formatUnlisted(report.unlisted, how)
}

/**
 * The line after a bounded report that says what it left out and how to see it.
 * @param unlisted what was left out
 * @param how the ways to list it all, as the caller words them
 * @returns the line, or an empty string when nothing was left out
 */
function formatUnlisted(unlisted: Unlisted, how: string): string {
  if (unlisted.documents === 0) return ''
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
  const what = [unlisted.warnings ? count(unlisted.warnings, 'warning', 'warnings') : '', unlisted.notices ? count(unlisted.notices, 'notice', 'notices') : ''].filter(Boolean).join(' and ')
  return `… not listed: ${what} in ${count(unlisted.documents, 'more document', 'more documents')} (${how}).\n`
}

/** Counts issues per severity. */
export function countIssues(issues: ReadonlyArray<Issue>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const issue of issues) counts[issue.severity]++
  return counts
}
