import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import { defaultTypeNames, type DocumentType } from '../scripts/core/model/documentTypes.ts'
import { problems, type Problem } from '../studio/plugin/problems.ts'

/*
 * The "Problemen" filters against the build's rules: for each filter, a document that must be
 * listed (the build refuses or flags it with one of the filter's codes) and a document that must
 * not (the build accepts it without them), each run through groq-js over the valid fixture's real
 * documents, and through the build. groq-js's now() is the clock, so the build gets it too.
 */

const now = new Date()
const day = 24 * 60 * 60 * 1000
const date = (offset: number) => new Date(now.getTime() + offset * day).toISOString().slice(0, 10)
const block = { _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'Ja.', marks: [] }] }

type Doc = Record<string, unknown>
type Change = (doc: Doc) => Doc

/** Per problem list: the change that makes a document of its type listed, and a change that must not. */
const cases: Record<string, { listed: Change; notListed: Change }> = {
  'beroepen-zonder-uitgever': { listed: ({ publisher: _, ...doc }) => doc, notListed: (doc) => ({ ...doc, title: 'Chef-kok' }) },
  'beroepen-onvolledig': { listed: ({ summary: _, ...doc }) => doc, notListed: ({ iscoCode: _, ...doc }) => doc },
  'salarisniveaus-zonder-bedragen': { listed: (doc) => ({ ...doc, amounts: [] }), notListed: (doc) => ({ ...doc, source: 'cao' }) },
  'vragen-zonder-vraagteken': {
    listed: (doc) => ({ ...doc, question: 'Wat doet een kok' }),
    notListed: (doc) => ({ ...doc, question: 'Wat doet een kok? Koken?' }),
  },
  'vragen-zonder-antwoord': { listed: (doc) => ({ ...doc, answer: [] }), notListed: (doc) => ({ ...doc, answer: [block] }) },
  'vacatures-verlopen': {
    listed: (doc) => ({ ...doc, datePosted: date(-30), validThrough: date(-1) }),
    notListed: (doc) => ({ ...doc, datePosted: date(-30), validThrough: date(30) }),
  },
  'vacatures-geldig-tot-voor-publicatie': {
    listed: (doc) => ({ ...doc, datePosted: date(60), validThrough: date(30) }),
    notListed: (doc) => ({ ...doc, datePosted: date(30), validThrough: date(60) }),
  },
  'vacatures-zonder-locatie': {
    listed: ({ location: _, ...doc }) => doc,
    notListed: ({ location: _, ...doc }) => ({ ...doc, remote: true, applicantCountries: ['NL'] }),
  },
  'vacatures-op-afstand-zonder-landen': {
    listed: (doc) => ({ ...doc, remote: true }),
    notListed: (doc) => ({ ...doc, remote: true, applicantCountries: ['NL', 'BE'] }),
  },
  'vacatures-met-twee-salarissen': {
    listed: (doc) => ({ ...doc, salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 2700, currency: 'EUR', basis: 'gross' } }),
    notListed: ({ salaryTier: _, ...doc }) => ({ ...doc, salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 2700, currency: 'EUR', basis: 'gross' } }),
  },
  'vacatures-onvolledig': { listed: (doc) => ({ ...doc, employmentTypes: [] }), notListed: (doc) => ({ ...doc, employmentTypes: ['PART_TIME'], hoursPerWeek: 24 }) },
}

/** The valid fixture with its vacancy open around the real clock (groq-js's now()). */
async function dataset(): Promise<Doc[]> {
  const { documents } = await readNdjson('tests/fixtures/validation/valid/input.ndjson')
  return documents.map(({ value }) => (value._type === 'vacancy' ? { ...value, datePosted: date(-10), validThrough: date(60) } : value))
}

async function listed(problem: Problem, documents: Doc[]): Promise<unknown> {
  return (await evaluate(parse(`*[${problem.filter}]._id`), { dataset: documents })).get()
}

/** The build's codes on one document. */
async function codes(documents: Doc[], id: string): Promise<string[]> {
  return (await buildPages(documents.map((value) => ({ value })), { now })).issues.filter((i) => i.docId === id).map((i) => i.code)
}

function changed(documents: Doc[], type: DocumentType, change: Change): { documents: Doc[]; id: string } {
  const target = documents.find((d) => d._type === type)
  if (!target || typeof target._id !== 'string') throw new Error(`Missing a ${type} in the valid fixture`)
  return { documents: documents.map((d) => (d === target ? change(d) : d)), id: target._id }
}

describe('Problemen filters, tested against the build', () => {
  const lists = problems(defaultTypeNames)

  it('has a case for every list', () => {
    expect(Object.keys(cases).sort()).toEqual(lists.map((p) => p.id).sort())
  })

  it('lists nothing in the valid dataset, which the build accepts', async () => {
    const documents = await dataset()
    for (const p of lists) expect(await listed(p, documents), p.id).toEqual([])
    expect((await buildPages(documents.map((value) => ({ value })), { now })).ok).toBe(true)
  })

  for (const p of problems(defaultTypeNames)) {
    it(`${p.id}: lists a document the build refuses or flags with ${p.codes.join(' or ')}, and not one it accepts`, async () => {
      const base = await dataset()
      const bad = changed(base, p.type, cases[p.id]?.listed ?? ((d) => d))
      expect(await listed(p, bad.documents)).toEqual([bad.id])
      expect((await codes(bad.documents, bad.id)).some((code) => p.codes.includes(code))).toBe(true)
      const good = changed(base, p.type, cases[p.id]?.notListed ?? ((d) => d))
      expect(await listed(p, good.documents)).toEqual([])
      expect((await codes(good.documents, good.id)).filter((code) => p.codes.includes(code))).toEqual([])
    })
  }

  it('filters under the Studio\'s type names', async () => {
    const names = { ...defaultTypeNames, vacancy: 'job' }
    const remote = problems(names).find((p) => p.id === 'vacatures-op-afstand-zonder-landen')
    const documents = (await dataset()).map((d) => (d._type === 'vacancy' ? { ...d, _type: 'job', remote: true } : d))
    expect(remote && (await listed(remote, documents))).toEqual(['vacancy.kok-utrecht'])
  })
})
