import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'
import { documentSchemas, isDocumentType } from '../scripts/core/model/index.ts'

const root = 'tests/fixtures/articles'
const update = process.env.UPDATE === '1'

/** Imports a fixture's input.md; the documents as NDJSON and the messages one per line. */
function importFixture(name: string) {
  const path = join(root, name, 'input.md')
  const file = new VFile({ path, value: readFileSync(path) })
  const { documents } = markdownToDocuments(file)
  const ndjson = documents.map((doc) => `${JSON.stringify(doc.value)}\n`).join('')
  const severity = (fatal: boolean | null | undefined) => (fatal ? 'error' : fatal === false ? 'warning' : 'info')
  const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const messages = sorted.map((m) => `${m.line}:${m.column} ${severity(m.fatal)} ${m.ruleId}: ${m.reason}\n`).join('')
  return { documents, ndjson, messages }
}

/** Compares with an expected file; only `UPDATE=1` writes it, for review in the diff: a missing one fails. */
function expectFile(actual: string, path: string) {
  if (update) writeFileSync(path, actual)
  expect(existsSync(path), `${path} is missing: write it with UPDATE=1 and review it`).toBe(true)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

// A fixture folder without input.md only holds an expected.json for `npm run fidelity` (the seed's input lives in content/).
const fixtures = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'input.md')))
  .sort()

describe('Markdown article fixtures', () => {
  for (const name of fixtures) {
    it(`imports ${name} as in expected.ndjson, with the messages in expected-messages.txt`, () => {
      const { ndjson, messages } = importFixture(name)
      expectFile(ndjson, join(root, name, 'expected.ndjson'))
      expectFile(messages, join(root, name, 'expected-messages.txt'))
    })

    it(`gives documents that pass the content model for ${name}`, () => {
      for (const doc of importFixture(name).documents) {
        const type = String(doc.value._type)
        expect(isDocumentType(type)).toBe(true)
        if (!isDocumentType(type)) continue
        const result = documentSchemas[type].safeParse(doc.value)
        expect(result.success ? [] : result.error.issues, String(doc.value._id)).toEqual([])
      }
    })
  }
})
