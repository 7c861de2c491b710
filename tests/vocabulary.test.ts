import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CompactVocabulary } from '../scripts/core/vocabulary/CompactVocabulary.ts'
import { deriveVocabulary } from '../scripts/dev/vocabulary/deriveVocabulary.ts'
import { schemaOrg } from '../scripts/core/vocabulary/schemaOrg.ts'
import { serializeVocabulary } from '../scripts/dev/vocabulary/serializeVocabulary.ts'

// The release file lives outside the repository (../shared, as `npm run vocab` reads it).
const releaseFile = '../shared/schemaorg/schemaorg-current-https.jsonld'
const committedFile = 'scripts/core/vocabulary/schemaorg.json'
const committedText = readFileSync(committedFile, 'utf8')

describe.skipIf(!existsSync(releaseFile))(`the committed vocabulary (skipped when ${releaseFile} is missing)`, () => {
  it('is exactly what build-vocabulary derives from the schema.org 30.0 release file', () => {
    const result = deriveVocabulary(JSON.parse(readFileSync(releaseFile, 'utf8')))
    if (!result.ok) throw new Error(result.message)
    expect(serializeVocabulary(result.vocabulary)).toBe(committedText)
  })
})

describe('the compact schema.org vocabulary', () => {
  const committed = CompactVocabulary.parse(JSON.parse(committedText))

  it('names its release, source and licence', () => {
    expect(committed.release).toBe('30.0')
    expect(committed.source).toContain('data/releases/30.0/schemaorg-current-https.jsonld')
    expect(committed.licence).toMatch(/^Apache-2\.0\. /)
    const notice = readFileSync('scripts/core/vocabulary/NOTICE.md', 'utf8')
    expect(notice).toContain('release 30.0')
    expect(notice).toContain('Apache License, Version 2.0')
  })

  it('has sorted keys and one term per line', () => {
    const sorted = (record: Record<string, unknown>) => Object.keys(record).every((k, i, all) => i === 0 || (all[i - 1] ?? '') < k)
    expect(sorted(committed.types) && sorted(committed.properties) && sorted(committed.members)).toBe(true)
    expect(serializeVocabulary(committed)).toBe(committedText)
  })

  it('knows Occupation.estimatedSalary, JobPosting.relevantOccupation and Thing.name', () => {
    expect(committed.properties.estimatedSalary?.domains).toEqual(['JobPosting', 'Occupation'])
    expect(committed.properties.relevantOccupation).toEqual({ domains: ['JobPosting'], ranges: ['Occupation'] })
    expect(committed.properties.name).toEqual({ domains: ['Thing'], ranges: ['Text'] })
  })

  it('keeps superseded and pending terms from the 30.0 data', () => {
    expect(committed.properties.benefits?.supersededBy).toBe('jobBenefits')
    expect(committed.types.DatedMoneySpecification?.supersededBy).toBe('MonetaryAmount')
    expect(committed.properties.directApply?.pending).toBe(true)
    expect(committed.types.EducationalOccupationalCredential?.pending).toBe(true)
    expect(committed.types.Occupation).toEqual({ parents: ['Intangible'] })
  })

  it('keeps data types and enumeration members', () => {
    expect(committed.types.Text).toEqual({ datatype: true, parents: [] })
    expect(committed.types.URL).toEqual({ parents: ['Text'] })
    expect(committed.members.EventScheduled).toEqual({ types: ['EventStatusType'] })
    expect(committed.members.True).toEqual({ types: ['Boolean'] })
  })

  it('drops classes the release names but never defines', () => {
    expect(committed.types.DeliveryTimeSettings).toBeUndefined()
    expect(committed.properties.isUnlabelledFallback?.domains).toEqual(['ShippingRateSettings'])
  })

  it('resolves inheritance through the lookup tables', () => {
    const country = schemaOrg.type('Country')
    expect(country && schemaOrg.isA(country, ['AdministrativeArea'])).toBe(true)
    expect(country && schemaOrg.isA(country, ['Organization'])).toBe(false)
    expect(schemaOrg.type('Duration')?.datatype).toBe(true)
    expect(schemaOrg.type('DayOfWeek')?.enumeration).toBe(true)
    expect(schemaOrg.localName('http://schema.org/Occupation')).toBe('Occupation')
  })
})

describe('deriveVocabulary', () => {
  const release = (schema: string) => ({
    '@context': { schema, rdfs: 'http://www.w3.org/2000/01/rdf-schema#', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' },
    '@graph': [
      { '@id': 'schema:Thing', '@type': 'rdfs:Class' },
      { '@id': 'schema:Text', '@type': ['schema:DataType', 'rdfs:Class'] },
      { '@id': 'schema:Occupation', '@type': 'rdfs:Class', 'rdfs:subClassOf': { '@id': 'schema:Thing' } },
      { '@id': 'schema:name', '@type': 'rdf:Property', 'schema:domainIncludes': { '@id': 'schema:Thing' }, 'schema:rangeIncludes': { '@id': 'schema:Text' } },
      { '@id': 'schema:skills', '@type': 'rdf:Property', 'schema:isPartOf': { '@id': 'https://pending.schema.org' }, 'schema:domainIncludes': [{ '@id': 'schema:Occupation' }], 'schema:rangeIncludes': { '@id': 'schema:Text' } },
      { '@id': 'dct:subject', '@type': 'rdf:Property' },
    ],
  })

  it('reads a release whose schema prefix is http://schema.org/ like one with https', () => {
    const https = deriveVocabulary(release('https://schema.org/'), '1.0')
    const http = deriveVocabulary(release('http://schema.org/'), '1.0')
    expect(http).toEqual(https)
    expect(https.ok && https.vocabulary.properties).toEqual({
      name: { domains: ['Thing'], ranges: ['Text'] },
      skills: { domains: ['Occupation'], pending: true, ranges: ['Text'] },
    })
    expect(https.ok && Object.keys(https.vocabulary.types)).toEqual(['Occupation', 'Text', 'Thing'])
  })

  it('refuses a file that is not a schema.org release', () => {
    expect(deriveVocabulary({ '@graph': [] })).toEqual({
      ok: false,
      message: 'Unexpected file shape at @context (Invalid input: expected record, received undefined), expected a schema.org release with @context and @graph',
    })
    expect(deriveVocabulary({ '@context': {}, '@graph': [] })).toEqual({
      ok: false,
      message: 'Unexpected release without the class Thing, expected the schema.org vocabulary',
    })
  })
})
