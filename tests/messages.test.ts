import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import type { Issue } from '../scripts/core/issue.ts'
import { jsonLdRules as validateGoogle } from '../scripts/core/rules/layers/jsonLdRules.ts'
import { validateJsonLd } from '../scripts/core/jsonld/validateJsonLd.ts'
import { validateVocabulary } from '../scripts/core/jsonld/validateVocabulary.ts'
import { catalogue, formatMessage } from '../scripts/core/catalogue/catalogue.ts'
import { documentDeclarations, objectDeclarations } from '../scripts/core/model/index.ts'
import type { Words } from '../scripts/core/model/declare/types.ts'
import { formatIssue } from '../scripts/core/catalogue/formatIssue.ts'
import { studioMessages } from '../scripts/core/messages/studioMessages.ts'
import { readFixture } from './support/jsonldFixture.ts'

/*
 * One message catalogue, two languages: every issue the Studio's JSON-LD view can show (the
 * build's issues for documents and their pages) carries its params, is worded in English exactly
 * as the build reports it, and in Dutch differently, with none of the English report's words.
 */

const now = new Date('2026-11-26T12:00:00Z')
const owner = { docId: 'vacancy.kok-utrecht', docType: 'vacancy' }

/** Words of the English report that no Dutch sentence of jobld has. */
const english = /\b(?:Unexpected|expected|Missing|Left out|Ignored|Estimated|required by|recommended by|without|the|of a|should|must)\b/

async function validationIssues(): Promise<Array<{ where: string; issue: Issue }>> {
  const root = 'tests/fixtures/validation'
  const out: Array<{ where: string; issue: Issue }> = []
  for (const name of readdirSync(root).sort()) {
    const source = await readNdjson(join(root, name, 'input.ndjson'))
    for (const issue of (await buildPages(source.documents, { now })).issues) out.push({ where: name, issue })
  }
  return out
}

function jsonLdIssues(): Array<{ where: string; issue: Issue }> {
  const root = 'tests/fixtures/jsonld'
  return readdirSync(root)
    .sort()
    .flatMap((file) => {
      const { document } = readFixture(join(root, file))
      // Both checks on their own too: validateJsonLd drops pending-term notices and doubles.
      const issues = [...validateJsonLd(document, owner), ...validateVocabulary(document, owner), ...validateGoogle(document, owner, [])]
      return issues.map((issue) => ({ where: file, issue }))
    })
}

describe('the message catalogue', () => {
  it('words every issue of every validation fixture in Dutch, with no English sentence, and in English as the report does', async () => {
    const all = await validationIssues()
    expect(all.length).toBeGreaterThan(60)
    const wrong = all.flatMap(({ where, issue }) => {
      const nl = formatIssue(issue, 'nl')
      const problems = [
        issue.params === undefined ? 'no params' : '',
        formatMessage(issue.messageId ?? issue.code, issue.params ?? {}, 'en') !== issue.message ? 'English differs from the report' : '',
        nl === issue.message ? 'Dutch is the English message' : '',
        english.test(nl) ? `English words in "${nl}"` : '',
      ].filter(Boolean)
      return problems.length ? [`${where} ${issue.code}: ${problems.join('; ')}`] : []
    })
    expect(wrong).toEqual([])
  })

  it("words every Google and vocabulary issue of the JSON-LD fixtures in Dutch", () => {
    const all = jsonLdIssues()
    const codes = new Set(all.map(({ issue }) => issue.messageId ?? issue.code))
    expect(codes.size).toBeGreaterThan(25)
    const wrong = all.flatMap(({ where, issue }) => {
      const nl = formatIssue(issue, 'nl')
      const en = formatMessage(issue.messageId ?? issue.code, issue.params ?? {}, 'en')
      if (issue.params === undefined || en !== issue.message || nl === issue.message || english.test(nl)) return [`${where} ${issue.code}: ${nl}`]
      return []
    })
    expect(wrong).toEqual([])
  })

  it('words a tier that breaks the ladder in Dutch in the Studio and in English in the report', async () => {
    const source = await readNdjson('tests/fixtures/validation/tier-order/input.ndjson')
    const issue = (await buildPages(source.documents, { now })).issues.find((i) => i.code === 'tier.order')
    expect(issue?.message).toBe('Unexpected 15 EUR per HOUR for Senior, expected at least 16 as at the lower level Medior')
    expect(issue && formatIssue(issue, 'nl')).toBe('Senior verdient 15 EUR per uur, minder dan het lagere niveau Medior (16); salarisniveaus moeten oplopen')
  })

  it('has both wordings for every message id, field title and Studio text', () => {
    const missing: string[] = []
    for (const [id, wording] of Object.entries(catalogue)) {
      if (typeof wording.nl !== 'function' || typeof wording.en !== 'function') missing.push(id)
      else if (wording.nl({}) === '' || wording.en({}) === '') missing.push(`${id} (empty)`)
    }
    for (const [id, wording] of Object.entries(studioMessages)) if (!wording.nl({}) || !wording.en({})) missing.push(id)
    const titled: Array<[string, Words]> = [...Object.values(documentDeclarations), ...objectDeclarations].flatMap((type) => [
      [type.name, type.words],
      ...('fields' in type ? Object.entries(type.fields).map(([name, declared]): [string, Words] => [`${type.name}.${name}`, declared.words]) : []),
    ])
    for (const [id, words] of titled) {
      if (!words.nl.title || !words.en.title) missing.push(`${id}.title`)
      if ((words.nl.description === undefined) !== (words.en.description === undefined)) missing.push(`${id}.description`)
    }
    expect(missing).toEqual([])
  })

  it('knows when it has no entry, so the tests above can fail', () => {
    expect(formatMessage('no.such_code', {}, 'nl')).toBeUndefined()
    const unknown: Issue = { severity: 'error', code: 'no.such_code', docId: 'x', docType: 'y', path: [], message: 'Unexpected x, expected y', params: {} }
    expect(formatIssue(unknown, 'nl')).toBe('Unexpected x, expected y')
    expect(english.test(formatIssue(unknown, 'nl'))).toBe(true)
  })
})
