import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asExpected, expectFixture, readFixture } from './support/jsonldFixture.ts'
import type { Issue } from '../scripts/core/issue.ts'
import { googleAnswerTags } from '../scripts/core/googleConstants.ts'
import type { IndexedNode } from '../scripts/core/rules/declare/jsonLdScope.ts'
import { jsonLdRules as validateGoogle } from '../scripts/core/rules/layers/jsonLdRules.ts'
import { validateJsonLd } from '../scripts/core/jsonld/validateJsonLd.ts'
import { formatIssue } from '../scripts/core/catalogue/formatIssue.ts'

// One fixture per failure mode: tests/fixtures/jsonld/google-<case>.json holds the JSON-LD
// `document` and the `expected` issues of validateGoogle on each node (severity, code, path, message) in order;
// valid-<case>.json holds a full example and everything validateJsonLd says about it.
// UPDATE=1 rewrites `expected` for review in the diff.
const root = 'tests/fixtures/jsonld'
const owner = { docId: 'vacancy.kok-utrecht', docType: 'vacancy' }



/** Runs validateGoogle on every node of a fixture's @graph, as validateJsonLd does. */
function validateGraph(document: unknown): Issue[] {
  const graph = typeof document === 'object' && document !== null && '@graph' in document ? document['@graph'] : []
  const nodes = (Array.isArray(graph) ? graph : []).map((node: unknown, i) => ({ node, path: ['@graph', i] }))
  const index = new Map<string, IndexedNode>()
  for (const { node, path } of nodes)
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && '@id' in node && typeof node['@id'] === 'string')
      index.set(node['@id'], { node: { ...node }, path })
  return nodes.flatMap(({ node, path }) => validateGoogle(node, owner, path, index))
}

describe('validateGoogle', () => {
  const cases = readdirSync(root).filter((name) => name.startsWith('google-') && name.endsWith('.json'))
  it('has fixtures to run', () => expect(cases.length).toBeGreaterThan(10))

  for (const name of cases.sort()) {
    it(`reports ${name.replace(/\.json$/, '')} exactly`, () => {
      expectFixture(join(root, name), owner, validateGraph)
    })
  }

  for (const name of readdirSync(root).filter((n) => n.startsWith('valid-')).sort()) {
    it(`passes the full example ${name.replace(/\.json$/, '')} with only pending-term notices`, () => {
      const issues = expectFixture(join(root, name), owner, (document) => validateJsonLd(document, owner))
      expect(issues.filter((i) => i.severity !== 'notice')).toEqual([])
      expect(validateGraph(readFixture(join(root, name)).document)).toEqual([])
    })
  }

  it('gives no issues for types Google has no rules for', () => {
    expect(validateGoogle({ '@type': 'Organization' }, owner, ['@graph', 0])).toEqual([])
    expect(validateGoogle('Kok', owner, ['@graph', 0])).toEqual([])
  })

  it('checks a node on its own, with the path it is given', () => {
    expect(validateGoogle({ '@type': 'JobPosting', title: 'Kok', description: 'Kookt', datePosted: '2026-11-01', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'NL' }, baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 3000, unitText: 'MONTH' } }, employmentType: 'FULL_TIME', identifier: 'K1', validThrough: '2027-01-01', directApply: true }, owner, ['@graph', 3])).toEqual([
      {
        ...owner,
        severity: 'error',
        code: 'google.required',
        path: ['@graph', 3, 'hiringOrganization'],
        message: 'Unexpected JobPosting without hiringOrganization, expected hiringOrganization (required by Google)',
        params: { type: 'JobPosting', property: 'hiringOrganization' },
      },
    ])
  })

  it("labels FAQPage and Occupation checks as schema.org and other consumers' guidance, in both languages", () => {
    const [issue] = validateGoogle({ '@type': 'FAQPage' }, owner, ['@graph', 3])
    expect(issue).toEqual({
      ...owner,
      severity: 'error',
      code: 'guidance.required',
      path: ['@graph', 3, 'mainEntity'],
      message: "Unexpected FAQPage without mainEntity, expected mainEntity (required by schema.org and other consumers' guidance, not a Google result)",
      messageId: 'google.required',
      params: { type: 'FAQPage', property: 'mainEntity', authority: 'guidance' },
    })
    expect(issue && formatIssue(issue, 'nl')).toBe('FAQPage zonder mainEntity: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt mainEntity')
    expect(validateGoogle({ '@type': 'Occupation', name: 'Kok' }, owner, []).map((i) => [i.code, i.message])).toEqual([
      ['guidance.recommended', "Unexpected Occupation without estimatedSalary, expected estimatedSalary (recommended by schema.org and other consumers' guidance, not a Google result)"],
      ['guidance.recommended', "Unexpected Occupation without occupationLocation, expected occupationLocation (recommended by schema.org and other consumers' guidance, not a Google result)"],
    ])
  })

  it('allows every tag of googleAnswerTags in an answer', () => {
    const text = googleAnswerTags.map((tag) => `<${tag}>x</${tag}>`).join('')
    const page = { '@type': 'FAQPage', mainEntity: { '@type': 'Question', name: 'Wat?', acceptedAnswer: { '@type': 'Answer', text } } }
    expect(validateGoogle(page, owner, [])).toEqual([])
  })
})

describe('validateJsonLd', () => {
  it('refuses a document that is not an object', () => {
    expect(validateJsonLd([], owner)).toEqual([
      {
        ...owner,
        severity: 'error',
        code: 'jsonld.not_object',
        path: [],
        message: 'Unexpected JSON-LD that is not an object, expected {"@context": "https://schema.org", "@graph": [...]}',
        params: {},
      },
    ])
  })

  it('refuses a missing or foreign @context and accepts the http form of schema.org', () => {
    const node = { '@type': 'Organization', name: 'Voorbeeld BV' }
    expect(validateJsonLd({ '@graph': [node] }, owner)).toMatchObject([
      { code: 'jsonld.context', path: ['@context'], message: 'Unexpected @context missing, expected "https://schema.org"' },
    ])
    expect(validateJsonLd({ '@context': 'https://example.org', '@graph': [node] }, owner)).toMatchObject([
      { code: 'jsonld.context', message: 'Unexpected @context "https://example.org", expected "https://schema.org"' },
    ])
    expect(validateJsonLd({ '@context': 'http://schema.org/', '@graph': [node] }, owner)).toEqual([])
  })

  it('checks a single node with its own @context', () => {
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'Occupation' }, owner).map((i) => i.path.join('.'))).toEqual([
      'name',
      'estimatedSalary',
      'occupationLocation',
    ])
  })

  it('reports a malformed date once, as a vocabulary error', () => {
    const posting = JSON.parse(readFileSync(join(root, 'valid-job-posting.json'), 'utf8')).document
    posting['@graph'][0].datePosted = '20-11-2026'
    const onDate = validateJsonLd(posting, owner).filter((i) => i.path.join('.') === '@graph.0.datePosted')
    expect(asExpected(onDate)).toEqual([
      {
        severity: 'error',
        code: 'vocab.unexpected_value',
        path: ['@graph', 0, 'datePosted'],
        message: 'Unexpected text "20-11-2026", expected Date or DateTime',
      },
    ])
  })
})
