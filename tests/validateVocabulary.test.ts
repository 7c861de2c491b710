import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectFixture, readFixture } from './support/jsonldFixture.ts'
import { validateVocabulary } from '../scripts/core/jsonld/validateVocabulary.ts'

// One fixture per failure mode: tests/fixtures/jsonld/vocab-<case>.json holds the JSON-LD
// `document` and the `expected` issues (severity, code, path, message) in order.
// UPDATE=1 rewrites `expected` for review in the diff.
const root = 'tests/fixtures/jsonld'
const owner = { docId: 'jobProfile.kok', docType: 'jobProfile' }


describe('validateVocabulary', () => {
  const cases = readdirSync(root).filter((name) => name.startsWith('vocab-') && name.endsWith('.json'))
  it('has fixtures to run', () => expect(cases.length).toBeGreaterThan(10))

  for (const name of cases.sort()) {
    it(`reports ${name.replace(/\.json$/, '')} exactly`, () => {
      expectFixture(join(root, name), owner, (document) => validateVocabulary(document, owner))
    })
  }

  for (const name of readdirSync(root).filter((n) => n.startsWith('valid-')).sort()) {
    it(`finds no error or warning in the full example ${name.replace(/\.json$/, '')}`, () => {
      const issues = validateVocabulary(readFixture(join(root, name)).document, owner)
      expect(issues.filter((i) => i.severity !== 'notice')).toEqual([])
      // What remains are the pending terms jobld uses on purpose (Google documents them).
      expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['vocab.pending_property', 'vocab.pending_type']))
    })
  }

  it('accepts a property inherited from Thing on an Occupation', () => {
    expect(validateVocabulary({ '@type': 'Occupation', name: 'Kok', url: 'https://www.example.nl/kok' }, owner)).toEqual([])
  })

  it('accepts Occupation.estimatedSalary and refuses it on a Person', () => {
    expect(validateVocabulary({ '@type': 'Occupation', estimatedSalary: 2400 }, owner)).toEqual([])
    expect(validateVocabulary({ '@type': 'Person', estimatedSalary: 2400 }, owner)).toEqual([
      {
        ...owner,
        severity: 'error',
        code: 'vocab.unexpected_property',
        path: ['estimatedSalary'],
        message: 'Unexpected property "estimatedSalary" on Person, expected it on JobPosting or Occupation',
        params: { name: 'estimatedSalary', types: ['Person'], domains: ['JobPosting', 'Occupation'] },
      },
    ])
  })

  it('accepts an Occupation, and a reference, as JobPosting.relevantOccupation', () => {
    const posting = (relevantOccupation: unknown) => ({ '@type': 'JobPosting', title: 'Kok', relevantOccupation })
    expect(validateVocabulary(posting({ '@type': 'Occupation', name: 'Kok' }), owner)).toEqual([])
    expect(validateVocabulary(posting({ '@id': 'urn:jobld:jobProfile.kok#occupation' }), owner)).toEqual([])
    expect(validateVocabulary(posting({ '@type': 'Person', name: 'Kok' }), owner)).toMatchObject([
      { code: 'vocab.unexpected_value', path: ['relevantOccupation'], message: 'Unexpected Person node, expected Occupation' },
    ])
  })

  it('accepts http and https schema.org IRIs as the same terms', () => {
    const doc = { '@type': 'http://schema.org/Occupation', 'https://schema.org/name': 'Kok', 'schema:description': 'Kookt' }
    expect(validateVocabulary(doc, owner)).toEqual([])
  })

  it('ignores JSON-LD keywords and null values', () => {
    const doc = { '@context': 'https://schema.org', '@id': '#kok', '@type': 'Occupation', '@reverse': {}, name: null, description: { '@value': 'Kookt', '@language': 'nl' } }
    expect(validateVocabulary(doc, owner)).toEqual([])
  })

  it('checks the items of an @list', () => {
    const doc = { '@type': 'Occupation', skills: { '@list': ['Koken', 5] } }
    expect(validateVocabulary(doc, owner)).toMatchObject([
      { code: 'vocab.unexpected_value', path: ['skills', '@list', 1], message: 'Unexpected number 5, expected DefinedTerm or Text' },
    ])
  })

  it('reports a pending term once per document', () => {
    const credential = { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' }
    const issues = validateVocabulary({ '@type': 'Occupation', educationRequirements: [credential, credential, credential] }, owner)
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'educationRequirements',
      'educationRequirements.0.@type',
      'educationRequirements.0.credentialCategory',
    ])
  })
})
