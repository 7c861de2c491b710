import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import { validateJsonLd } from '../scripts/core/jsonld/validateJsonLd.ts'
import { checkConfidentialLink } from '../scripts/core/rules/lib/checkConfidentialLink.ts'
import { formatViolation } from '../scripts/core/rules/formatViolation.ts'
import { vacancyToDocuments } from '../scripts/import/lib/vacancyToDocuments.ts'
import { previewPage } from '../scripts/export/lib/previewPage.ts'
import { formatIssue } from '../scripts/core/catalogue/formatIssue.ts'
import { toDotPath } from '../scripts/core/toDotPath.ts'
import type { RawDocument } from '../scripts/core/rawDocument.ts'

const now = new Date('2026-11-01T12:00:00Z')
/** The documents of the own-salary fixture, the employer with a website, a logo and profiles elsewhere. */
const fixture = readFileSync('tests/fixtures/validation/vacancy-own-salary/input.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line): Record<string, unknown> => JSON.parse(line))
const employer = {
  _id: 'organization.voorbeeld',
  _type: 'organization',
  name: 'Voorbeeld B.V.',
  url: 'https://www.voorbeeld.example.nl',
  logoUrl: 'https://cdn.voorbeeld.example.nl/logo.png',
  sameAs: ['https://www.linkedin.com/company/voorbeeld-bv'],
}

function documents(vacancy: Record<string, unknown>): RawDocument[] {
  return fixture.map((doc) => ({ value: doc._id === 'vacancy.kok-utrecht' ? { ...doc, ...vacancy } : doc._id === employer._id ? employer : doc }))
}

async function posting(vacancy: Record<string, unknown>) {
  const result = await buildPages(documents(vacancy), { now, baseUrl: 'https://www.bureau.example.nl' })
  expect(result.issues.filter((issue) => issue.severity !== 'notice')).toEqual([])
  const page = result.pages.find((p) => p.kind === 'vacancy')
  if (!page) throw new Error('Unexpected export without a vacancy page')
  expect(validateJsonLd(page.graph, { docId: 'vacancy.kok-utrecht', docType: 'vacancy' }).filter((issue) => issue.severity !== 'notice')).toEqual([])
  const plain: { '@graph': Array<Record<string, unknown>> } = JSON.parse(JSON.stringify(page.graph))
  return plain
}

describe('a confidential employer', () => {
  it('is hiringOrganization "confidential", and nothing in the graph names, links or shows the employer', async () => {
    const graph = await posting({ confidential: true, applyUrl: 'https://www.bureau.example.nl/solliciteer/vb-1' })
    const [node] = graph['@graph']
    expect(node?.hiringOrganization).toBe('confidential')
    expect(node?.identifier).toEqual({ '@type': 'PropertyValue', value: 'VB-1' })
    const text = JSON.stringify(graph)
    for (const revealing of ['Voorbeeld', 'voorbeeld.example.nl', 'linkedin.com', 'logo', '"@type":"Organization"']) expect(text).not.toContain(revealing)
  })

  it('is named in full when the vacancy is not confidential', async () => {
    const graph = await posting({})
    expect(graph['@graph'][0]?.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Voorbeeld B.V.', url: 'https://www.voorbeeld.example.nl', sameAs: ['https://www.linkedin.com/company/voorbeeld-bv'] })
  })

  it("refuses a link on the employer's website or under its profiles, in English and Dutch", () => {
    const on = (applyUrl: string, canonicalUrl?: string) => checkConfidentialLink({ confidential: true, applyUrl, canonicalUrl }, employer)
    expect(on('https://bureau.example.nl/vacature/1')).toEqual([])
    expect(on('https://www.linkedin.com/jobs/view/123')).toEqual([])
    const [site] = on('https://voorbeeld.example.nl/werken-bij/kok')
    expect(site && formatViolation(site, 'en')).toBe(
      'Unexpected applyUrl https://voorbeeld.example.nl/werken-bij/kok on the employer\'s own voorbeeld.example.nl in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")',
    )
    expect(site && formatViolation(site, 'nl')).toBe(
      'Deze vacature houdt de werkgever vertrouwelijk, maar de sollicitatielink https://voorbeeld.example.nl/werken-bij/kok staat op voorbeeld.example.nl van de werkgever en verraadt hem. Gebruik een link van het bureau',
    )
    expect(on('https://bureau.example.nl/vacature/1', 'https://www.linkedin.com/company/voorbeeld-bv/jobs/9')).toEqual([
      { code: 'vacancy.confidential_link', path: ['canonicalUrl'], params: { field: 'canonicalUrl', url: 'https://www.linkedin.com/company/voorbeeld-bv/jobs/9', place: 'https://www.linkedin.com/company/voorbeeld-bv' } },
    ])
    expect(checkConfidentialLink({ applyUrl: 'https://voorbeeld.example.nl/werken-bij/kok' }, employer)).toEqual([])
  })
})

describe("a confidential vacancy's own text", () => {
  it("is a warning when its title names the employer, in any case, in the build and in the Studio's JSON-LD view (Dutch), and the page is still written", async () => {
    const vacancy = { confidential: true, applyUrl: 'https://www.bureau.example.nl/solliciteer/vb-1', title: 'Kok bij voorbeeld b.v.' }
    const preview = await previewPage(documents(vacancy), 'vacancy.kok-utrecht', { now, baseUrl: 'https://www.bureau.example.nl' })
    expect(preview.status).toBe('written')
    expect(preview.issues.filter((i) => i.code === 'vacancy.confidential_name').map((i) => [toDotPath(i.path), i.severity, i.message, formatIssue(i, 'nl')])).toEqual([
      [
        '@graph[0].title',
        'warning',
        'Unexpected employer name "Voorbeeld B.V." in the title of a confidential vacancy, expected a text that does not name the employer (its JobPosting names it only as "confidential")',
        'Deze vacature houdt de werkgever vertrouwelijk, maar de titel noemt "Voorbeeld B.V.". Laat de naam van de werkgever weg',
      ],
    ])
    // Not confidential: the posting names its employer anyway, and nothing is said.
    expect((await previewPage(documents({ title: 'Kok bij Voorbeeld B.V.' }), 'vacancy.kok-utrecht', { now })).issues.filter((i) => i.code === 'vacancy.confidential_name')).toEqual([])
  })
})

describe('a canonical URL', () => {
  it("is the JobPosting's url when the vacancy is published elsewhere too; else the page's own", async () => {
    expect((await posting({ canonicalUrl: 'https://www.werkgever.example.nl/vacatures/kok' }))['@graph'][0]?.url).toBe('https://www.werkgever.example.nl/vacatures/kok')
    expect((await posting({}))['@graph'][0]?.url).toBe('https://www.bureau.example.nl/vacatures/kok-utrecht')
  })
})

describe('front matter', () => {
  it('reads confidential and canonicalUrl', () => {
    const file = new VFile({
      path: 'vacature.md',
      value: '---\ntype: vacancy\ntitle: Kok\nprofile: kok\norganization: Voorbeeld B.V.\ncountry: NL\nemploymentType: FULL_TIME\ndatePosted: 2026-01-15\nlanguage: nl\nconfidential: true\ncanonicalUrl: https://www.werkgever.example.nl/vacatures/kok\n---\n\nTekst.\n',
    })
    const vacancy = vacancyToDocuments(file).documents.find((doc) => doc.value._type === 'vacancy')?.value
    expect(vacancy).toMatchObject({ confidential: true, canonicalUrl: 'https://www.werkgever.example.nl/vacatures/kok' })
  })
})
