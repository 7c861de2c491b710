/**
 * The JSON-LD fixture files of the validator tests: `tests/fixtures/jsonld/<case>.json` holds a
 * `document` and the `expected` issues (severity, code, path, message) in order.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Issue } from '../../scripts/core/issue.ts'

export const readFixture = (file: string): { document: unknown; expected: unknown } => {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (typeof parsed !== 'object' || parsed === null || !('document' in parsed) || !('expected' in parsed))
    throw new Error(`${file}: expected {"document", "expected"}`)
  return { document: parsed.document, expected: parsed.expected }
}

export const asExpected = (issues: Issue[]) => issues.map(({ severity, code, path, message }) => ({ severity, code, path, message }))

/**
 * Runs a validator on a fixture's document and compares with its expected issues; UPDATE=1
 * rewrites `expected` for review in the diff.
 * @param file the fixture file
 * @param owner the document every issue must name
 * @param run the validator
 * @returns the issues
 */
export function expectFixture(file: string, owner: { docId: string; docType: string }, run: (document: unknown) => Issue[]): Issue[] {
  const fixture = readFixture(file)
  const issues = run(fixture.document)
  for (const issue of issues) expect(issue).toMatchObject(owner)
  if (process.env.UPDATE) {
    fixture.expected = asExpected(issues)
    writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`)
  }
  expect(asExpected(issues)).toEqual(fixture.expected)
  return issues
}
