/**
 * What the pretty report of a valid export says per page type before its summary line, written
 * out here (not derived from jobld's declaration) so that a change to it shows in the tests.
 */
export const googleBlock = [
  'What Google shows per page type today:',
  "  JobPosting: Google shows job search results (job postings, Indexing API); checked against Google's rules",
  "  Occupation: no Google result since 9 September 2025 (the Estimated Salary result); checked against schema.org and other consumers' guidance",
  "  FAQPage: no Google result since 7 May 2026 (FAQ rich results); checked against schema.org and other consumers' guidance",
  '',
].join('\n')

/**
 * The report part of a CLI run's stderr: without the per-type block and the summary line.
 * @param stderr what the CLI wrote
 * @returns the issues' report
 */
export function reportOf(stderr: string): string {
  return stderr.replace(googleBlock, '').replace(/^(?:Wrote .*|\d+ errors?: nothing written.*)\n$/m, '')
}
