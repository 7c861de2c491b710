import type { Issue } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'

/**
 * An issue as worded at this clock: the one message that quotes the clock (a vacancy left out as
 * expired, "before <date>") is worded again, so that a vacancy that expired in an earlier run
 * need not be checked again each time the clock moves on. Any other issue is returned as it is.
 * @param issue an issue of the checks across documents
 * @param now the clock of the report
 * @returns the issue, worded for `now`
 */
export function atClock(issue: Issue, now: Date): Issue {
  if (issue.code !== 'vacancy.expired') return issue
  const today = now.toISOString().slice(0, 10)
  const params = issue.params ?? {}
  if (params.now === today) return issue
  const validThrough = typeof params.validThrough === 'string' ? params.validThrough : ''
  return { ...issue, ...issueText('vacancy.expired', { validThrough, now: today }) }
}
