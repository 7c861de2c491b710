import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createClient, type SanityClient } from '@sanity/client'
import { validateDocumentWithWorkspace } from '@sanity/validation'
import { getFallbackLocaleSource } from '@sanity/validation/_internal'
import { evaluate, parse } from 'groq-js'
import { createSchema, pathToString, type SanityDocument } from 'sanity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobldSchemaTypes, schemaTypes } from '../schemas/index.ts'
import { resolveJobldOptions } from '../studio/plugin/options.ts'
import { problems } from '../studio/plugin/problems.ts'
import { defaultTypeNames } from '../scripts/core/model/documentTypes.ts'

/*
 * The Studio's validation, run offline as the Studio runs it: Sanity's document validation on the
 * compiled schema, in the "studio" environment. (In the "cli" environment that plain
 * validateDocument uses, Sanity adds an unknown-fields check to every rule of an object type and
 * turns the whole rule into a warning, so document-, slug- and object-level errors would read
 * as warnings.) Custom validators query the Content Lake (tier ladder, slug uniqueness); here a
 * real @sanity/client talks to a local stand-in that answers GROQ with groq-js over the
 * documents a test puts in it.
 */

const schema = createSchema({ name: 'jobld', types: schemaTypes })

const system = { _createdAt: '2026-01-05T09:00:00Z', _updatedAt: '2026-01-05T09:00:00Z', _rev: 'seed' }

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

/** A salary tier of the seed article ("Customer service medewerker"). */
function tier(level: string, rank: number, hourly: number, monthly: number): SanityDocument {
  return {
    ...system,
    _id: `salaryTier.customer-service-medewerker.${level.toLowerCase()}`,
    _type: 'salaryTier',
    level,
    rank,
    amounts: [
      { _key: 'hour', _type: 'jobldSalaryAmount', period: 'HOUR', value: hourly },
      { _key: 'month', _type: 'jobldSalaryAmount', period: 'MONTH', value: monthly },
    ],
    basis: 'gross',
    currency: 'EUR',
    statistic: 'average',
    hoursPerWeek: 40,
  }
}

const junior = tier('Junior', 1, 14.5, 2450)
const medior = tier('Medior', 2, 16, 2800)
const senior = tier('Senior', 3, 17.5, 3100)

const tierRefs = [ref(junior._id, 't1'), ref(medior._id, 't2'), ref(senior._id, 't3')]

const organization: SanityDocument = {
  ...system,
  _id: 'organization.jobdigger',
  _type: 'organization',
  name: 'Jobdigger',
  url: 'https://www.jobdigger.nl',
}

const faq: SanityDocument = {
  ...system,
  _id: 'faqEntry.customer-service-medewerker.1',
  _type: 'faqEntry',
  question: 'Wat verdient een customer service medewerker?',
  answer: [block('a1', 'Gemiddeld € 2.675 bruto per maand.')],
  language: 'nl',
}

const profile: SanityDocument = {
  ...system,
  _id: 'jobProfile.customer-service-medewerker',
  _type: 'jobProfile',
  title: 'Customer service medewerker',
  slug: { _type: 'slug', current: 'customer-service-medewerker' },
  summary: 'Het aanspreekpunt voor klanten met een vraag, klacht of compliment.',
  body: [block('b1', 'De customer service medewerker is hét aanspreekpunt voor klanten.')],
  specialisations: [{ _key: 's1', _type: 'jobldSpecialisation', name: 'Inbound customer service medewerker' }],
  tasks: ['Telefoon aannemen, e-mails of chats beantwoorden'],
  competencies: [{ _key: 'c1', _type: 'jobldCompetency', name: 'Empathie', explanation: 'Je leeft mee met de klant' }],
  education: { _type: 'jobldEducation', levels: ['mbo', 'hbo'], fieldsOfStudy: ['communicatie'] },
  iscoCode: '4222',
  country: 'NL',
  language: 'nl',
  salaryTiers: tierRefs,
  faq: [ref(faq._id, 'f1')],
  publisher: ref(organization._id),
}

const vacancy: SanityDocument = {
  ...system,
  _id: 'vacancy.klantenservicemedewerker-utrecht',
  _type: 'vacancy',
  title: 'Klantenservicemedewerker',
  slug: { _type: 'slug', current: 'klantenservicemedewerker-utrecht' },
  jobProfile: ref(profile._id),
  salaryTier: ref(junior._id),
  hiringOrganization: ref(organization._id),
  employmentTypes: ['FULL_TIME', 'PART_TIME'],
  hoursPerWeek: 32,
  location: { _type: 'jobldJobLocation', country: 'NL', locality: 'Utrecht' },
  datePosted: '2026-03-01',
  validThrough: '2026-04-30T17:00:00Z',
  language: 'nl',
}

const seed = [organization, junior, medior, senior, faq, profile, vacancy]

/** The documents the stand-in Content Lake holds for the running test. */
let dataset: SanityDocument[] = seed
let server: Server
let client: SanityClient

async function readBody(req: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of req) body += String(chunk)
  return body
}

/** Answers `/data/query/<dataset>` (GET and POST) with groq-js; nothing else. */
async function answerQuery(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let query = url.searchParams.get('query') ?? ''
  let params: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
  if (req.method === 'POST') {
    const body: unknown = JSON.parse(await readBody(req))
    if (typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string') {
      query = body.query
      if ('params' in body && typeof body.params === 'object' && body.params !== null) params = { ...body.params }
    }
  }
  if (!url.pathname.includes('/data/query/')) {
    res.writeHead(404).end()
    return
  }
  const result = await (await evaluate(parse(query), { dataset, params })).get()
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result, ms: 1, query }))
}

beforeAll(async () => {
  server = createServer((req, res) => {
    answerQuery(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('Expected the stand-in Content Lake on a TCP port')
  const { port } = address
  client = createClient({
    projectId: 'jobld-test',
    dataset: 'test',
    apiHost: `http://127.0.0.1:${port}`,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
  })
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Sanity's own words (English), under the locale of a Dutch or an English Studio: jobld's rules follow the locale. */
const localeSource = (id: 'nl-NL' | 'en-US') => ({ ...getFallbackLocaleSource(), currentLocale: { id, title: id } })

/** Every marker the Studio shows for a document, one line each: level, field path, message. */
async function studioMarkers(document: SanityDocument, stored: SanityDocument[] = seed, locale: 'nl-NL' | 'en-US' = 'nl-NL', studioSchema = schema): Promise<string[]> {
  dataset = stored
  const markers = await validateDocumentWithWorkspace({
    document,
    workspace: { schema: studioSchema, getClient: ({ apiVersion }) => client.withConfig({ apiVersion }), i18n: localeSource(locale) },
    environment: 'studio',
    getDocumentExists: async ({ id }) => stored.some((d) => d._id === id),
  })
  return markers.map((m) => `${m.level} ${pathToString(m.path)}: ${m.message}`)
}

/** The Studio's error markers for a document: field path, colon, message. */
async function studioErrors(document: SanityDocument, stored: SanityDocument[] = seed, locale: 'nl-NL' | 'en-US' = 'nl-NL', studioSchema = schema): Promise<string[]> {
  const markers = await studioMarkers(document, stored, locale, studioSchema)
  return markers.filter((m) => m.startsWith('error ')).map((m) => m.slice('error '.length))
}

describe('Studio validation of seed-like documents', () => {
  for (const document of seed) {
    it(`accepts ${document._id} without a single marker`, async () => {
      expect(await studioMarkers(document)).toEqual([])
    })
  }
})

describe('Studio validation messages (Dutch, from the shared rules)', () => {
  it('rejects a question without a question mark', async () => {
    const document = { ...faq, question: 'Wat verdient een customer service medewerker' }
    expect(await studioErrors(document)).toEqual(['question: Een vraag eindigt met een vraagteken (?)'])
  })

  it("warns about a logo Google would not show, on the field that holds it, in the Studio's language", async () => {
    const image = (ref: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: ref } })
    // The uploaded files: Sanity checks that an image's asset exists.
    const assets = ['image-abc123-300x100-png', 'image-abc123-400x400-tiff', 'image-abc123-400x200-png'].map((id) => ({ ...system, _id: id, _type: 'sanity.imageAsset' }))
    const stored = [...seed, ...assets]
    expect(await studioMarkers({ ...organization, logo: image('image-abc123-300x100-png') }, stored)).toEqual([
      'warning logo: Het logo is 300×100 pixels; Google toont een logo van minstens 112×112 pixels',
    ])
    expect(await studioMarkers({ ...organization, logo: image('image-abc123-400x400-tiff') }, stored, 'en-US')).toEqual([
      'warning logo: Unexpected logo format tiff, expected one Google Images reads: jpg, jpeg, png, gif, webp, svg, bmp, avif',
    ])
    expect(await studioMarkers({ ...organization, logo: image('image-abc123-400x200-png'), logoUrl: 'https://www.voorbeeld.nl/logo.png' }, stored)).toEqual([
      'warning logoUrl: Er is al een logo; de export gebruikt dat en laat deze logo-URL weg. Kies een van de twee',
    ])
    expect(await studioMarkers({ ...organization, logoUrl: 'https://www.voorbeeld.nl/logo.gif' })).toEqual([])
  })

  it('words the same rule in English in an English Studio, as the build does', async () => {
    const document = { ...faq, question: 'Wat verdient een customer service medewerker' }
    expect(await studioErrors(document, seed, 'en-US')).toEqual([
      'question: Unexpected question "Wat verdient een customer service medewerker", expected it to end with "?"',
    ])
    expect(await studioErrors({ ...vacancy, location: { _type: 'jobldJobLocation', country: 'nl' } }, seed, 'en-US')).toEqual([
      'location.country: Enter a country code of two capitals, such as NL',
    ])
  })

  it('rejects a slug with spaces and capitals, suggesting the slugified one', async () => {
    const document = { ...profile, slug: { _type: 'slug', current: 'Customer Service medewerker' } }
    expect(await studioErrors(document)).toEqual([
      'slug: De slug "Customer Service medewerker" mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld "customer-service-medewerker"',
    ])
  })

  it('rejects a negative amount on its field', async () => {
    const document = tier('Junior', 1, -14.5, 2450)
    expect(await studioErrors(document)).toEqual(['amounts[_key=="hour"].value: Bedrag -14.5 moet groter zijn dan 0'])
  })

  it('rejects a monthly amount that does not match the hourly one', async () => {
    const document = tier('Medior', 2, 16, 3800)
    expect(await studioErrors(document)).toEqual([
      'amounts[_key=="month"].value: Maandbedrag 3800 past niet bij het uurloon: verwacht ongeveer 2773.33 (uurloon 16 × 173.33 uur per maand bij 40 uur per week, ±10%)',
    ])
  })

  it('rejects a vacancy that closes before it was posted', async () => {
    const document = { ...vacancy, validThrough: '2026-02-01T17:00:00Z' }
    expect(await studioErrors(document)).toEqual([
      'validThrough: "Geldig tot" (2026-02-01T17:00:00Z) moet na de publicatiedatum (2026-03-01) liggen',
    ])
  })

  it('rejects a vacancy without a location that is not remote, as the build does', async () => {
    const document = { ...vacancy, location: undefined }
    expect(await studioErrors(document)).toEqual([
      'location: Geef een werklocatie op, of geef aan dat de vacature volledig op afstand is',
    ])
  })

  it('rejects a remote vacancy without applicant countries, and a tier beside an own salary', async () => {
    const salary = { _type: 'jobldVacancySalary', period: 'MONTH', value: 2450, currency: 'EUR', basis: 'gross' }
    const document = { ...vacancy, location: undefined, remote: true, salary }
    expect(await studioErrors(document)).toEqual([
      'applicantCountries: Een vacature op afstand noemt minstens één land waar sollicitanten mogen wonen',
      'salary: Kies een salarisniveau of een eigen salaris, niet allebei',
    ])
  })

  it('rejects implausible hours per week on a vacancy and on a tier, with the rule the build uses', async () => {
    expect(await studioErrors({ ...vacancy, hoursPerWeek: 90 })).toEqual([
      'hoursPerWeek: 90 uur per week kan niet: vul een aantal uren in boven 0 en hoogstens 80',
    ])
    expect(await studioErrors({ ...junior, hoursPerWeek: 0 })).toEqual([
      'hoursPerWeek: 0 uur per week kan niet: vul een aantal uren in boven 0 en hoogstens 80',
    ])
  })

  it('rejects a range in a median tier on its field', async () => {
    const document = {
      ...medior,
      statistic: 'median',
      amounts: [
        { _key: 'hour', _type: 'jobldSalaryAmount', period: 'HOUR', value: 16 },
        { _key: 'month', _type: 'jobldSalaryAmount', period: 'MONTH', minValue: 2500, maxValue: 2800 },
      ],
    }
    expect(await studioErrors(document)).toEqual([
      'amounts[_key=="month"].minValue: Een mediaan is één bedrag, geen bereik (2500–2800 per maand): vul één bedrag in, of kies "Gemiddelde" als de bron een bereik geeft',
    ])
  })

  it('rejects percentiles in an average tier, and percentiles out of order, on their fields', async () => {
    const month = { _key: 'month', _type: 'jobldSalaryAmount', period: 'MONTH', percentile25: 2400, value: 2650, percentile75: 2900 }
    expect(await studioErrors({ ...medior, amounts: [month] })).toEqual(['amounts[_key=="month"].percentile25: Percentielen (per maand) horen bij een mediaan: kies "Mediaan" of laat de percentielen leeg'])
    expect(await studioErrors({ ...medior, statistic: 'median', amounts: [{ ...month, percentile25: 2700 }] })).toEqual([
      'amounts[_key=="month"].value: De mediaan (2650) ligt onder het 25e percentiel (2700) per maand: percentielen lopen op, 10 ≤ 25 ≤ mediaan ≤ 75 ≤ 90',
    ])
  })

  it("rejects an unknown currency on a vacancy's own salary", async () => {
    const salary = { _type: 'jobldVacancySalary', period: 'MONTH', value: 2450, currency: 'EURO', basis: 'gross' }
    const document = { ...vacancy, salaryTier: undefined, salary }
    expect(await studioErrors(document)).toEqual(['salary.currency: "EURO" is geen ISO 4217-valutacode (bijvoorbeeld EUR)'])
  })
})

describe('pay transparency in the Studio', () => {
  const posted2027 = { ...vacancy, datePosted: '2027-01-15', validThrough: '2027-04-30T17:00:00Z' }

  it('refuses a vacancy in NL posted in 2027 that only names a tier, on its salary, in Dutch and English', async () => {
    expect(await studioErrors(posted2027)).toEqual([
      'salary: Deze vacature in NL (gepubliceerd op 2027-01-15) noemt geen eigen salaris: in NL geldt vanaf 2027-01-01 loontransparantie (EU-richtlijn loontransparantie 2023/970, artikel 5). Vul het salaris of de salarisschaal van de werkgever in; een schatting uit een salarisniveau telt niet',
    ])
    expect(await studioErrors(posted2027, seed, 'en-US')).toEqual([
      "salary: Unexpected vacancy in NL posted on 2027-01-15 without its own pay, expected the employer's own salary or range: pay transparency applies in NL from 2027-01-01 (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)",
    ])
  })

  it("accepts it with the employer's own range, and without one when the plugin's payTransparency is off", async () => {
    const ranged = { ...posted2027, salaryTier: undefined, salary: { _type: 'jobldVacancySalary', period: 'MONTH', minValue: 2500, maxValue: 2900, currency: 'EUR', basis: 'gross' } }
    expect(await studioErrors(ranged)).toEqual([])
    const off = createSchema({ name: 'jobld', types: jobldSchemaTypes({ ...resolveJobldOptions({ payTransparency: 'off' }) }) })
    expect(await studioErrors(posted2027, seed, 'nl-NL', off)).toEqual([])
  })
})

describe('a confidential employer in the Studio', () => {
  const confidential = { ...vacancy, confidential: true }

  it("refuses an application link on the employer's website, on that field, in Dutch and English", async () => {
    const onSite = { ...confidential, applyUrl: 'https://jobdigger.nl/vacatures/1' }
    expect(await studioErrors(onSite)).toEqual([
      'applyUrl: Deze vacature houdt de werkgever vertrouwelijk, maar de sollicitatielink https://jobdigger.nl/vacatures/1 staat op jobdigger.nl van de werkgever en verraadt hem. Gebruik een link van het bureau',
    ])
    expect(await studioErrors(onSite, seed, 'en-US')).toEqual([
      'applyUrl: Unexpected applyUrl https://jobdigger.nl/vacatures/1 on the employer\'s own jobdigger.nl in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")',
    ])
  })

  it("accepts the agency's own link, and the employer's when the vacancy is not confidential", async () => {
    expect(await studioErrors({ ...confidential, applyUrl: 'https://www.bureau.example.nl/vacatures/1' })).toEqual([])
    expect(await studioErrors({ ...vacancy, applyUrl: 'https://www.jobdigger.nl/vacatures/1' })).toEqual([])
  })
})

describe('translations in the Studio', () => {
  const english: SanityDocument = {
    ...vacancy,
    _id: 'vacancy.customer-service-employee-utrecht',
    title: 'Customer service employee',
    slug: { _type: 'slug', current: 'customer-service-employee-utrecht' },
    language: 'en',
  }
  /** The two linked as @sanity/document-internationalization stores it. */
  const metadata: SanityDocument = {
    ...system,
    _id: 'translation.metadata.utrecht',
    _type: 'translation.metadata',
    translations: [vacancy, english].map((doc) => ({
      _key: String(doc.language),
      _type: 'internationalizedArrayReferenceValue',
      value: { _type: 'reference', _ref: doc._id, _weak: true },
    })),
  }
  const stored = [...seed, english, metadata]

  it('refuses a translation that states other hours than its original, on that field, in Dutch and English, as the build does', async () => {
    const edited = { ...english, _id: `drafts.${english._id}`, hoursPerWeek: 40 }
    expect(await studioErrors(edited, stored)).toEqual([
      'hoursPerWeek: In de en-vertaling staat 40, maar het nl-origineel "vacancy.klantenservicemedewerker-utrecht" zegt 32; vertalingen moeten dezelfde bedragen, data, werkgever, plaats en voorwaarden noemen',
    ])
    expect(await studioErrors(edited, stored, 'en-US')).toEqual([
      'hoursPerWeek: Unexpected 40 in the en translation, expected 32 as the nl original "vacancy.klantenservicemedewerker-utrecht" states (translations must agree on amounts, dates, employer, location and terms)',
    ])
  })

  it('accepts a translation that agrees, and says nothing on the original, whose translations carry the error', async () => {
    expect(await studioErrors({ ...english, _id: `drafts.${english._id}` }, stored)).toEqual([])
    expect(await studioErrors({ ...vacancy, _id: `drafts.${vacancy._id}`, hoursPerWeek: 40 }, stored)).toEqual([])
  })
})

describe('four-weekly pay in the Studio', () => {
  const fourWeekly = (minValue: number, extra: Record<string, unknown> = {}) => ({
    ...vacancy,
    salaryTier: undefined,
    salary: { _type: 'jobldVacancySalary', period: 'FOUR_WEEKS', minValue, maxValue: 2800, currency: 'EUR', basis: 'gross', ...extra },
  })

  it('accepts a four-weekly range with the holiday allowance stated', async () => {
    expect(await studioMarkers(fourWeekly(2500, { holidayAllowanceIncluded: true }))).toEqual([])
  })

  it('refuses a four-weekly amount outside its range (four times a week\'s), on its field, in Dutch and English', async () => {
    expect(await studioErrors(fourWeekly(150))).toEqual(['salary.minValue: Bedrag 150 per 4 weken ligt buiten het bereik 200–200000'])
    expect(await studioErrors(fourWeekly(150), seed, 'en-US')).toEqual(['salary.minValue: Unexpected 150 per FOUR_WEEKS, expected between 200 and 200000'])
  })
})

describe('tier ladder in the Studio', () => {
  const lowerSenior = { ...tier('Senior', 3, 15, 2600), _id: `drafts.${senior._id}` }

  it('rejects a senior draft that earns less than the medior tier of the same profile', async () => {
    expect(await studioErrors(lowerSenior)).toEqual([
      'amounts[_key=="hour"].value: Senior verdient 15 EUR per uur, minder dan het lagere niveau Medior (16); salarisniveaus moeten oplopen',
      'amounts[_key=="month"].value: Senior verdient 2600 EUR per maand, minder dan het lagere niveau Medior (2800); salarisniveaus moeten oplopen',
    ])
  })

  it('accepts the same tier when no profile lists it', async () => {
    expect(await studioErrors(lowerSenior, [organization, junior, medior, senior])).toEqual([])
  })

  it('rejects a second tier on the same rank', async () => {
    const secondJunior = { ...tier('Starter', 1, 14, 2420), _id: 'salaryTier.customer-service-medewerker.starter' }
    const stored = [...seed, secondJunior].map((d) =>
      d._id === profile._id ? { ...profile, salaryTiers: [...tierRefs, ref(secondJunior._id, 't4')] } : d,
    )
    expect(await studioErrors(secondJunior, stored)).toEqual([
      'rank: Volgorde 1 komt vaker voor (Junior, Starter); geef elk niveau een eigen plek',
    ])
  })

  it("puts the ladder message on the profile's tier reference", async () => {
    const stored = seed.map((d) => (d._id === senior._id ? { ...lowerSenior, _id: senior._id } : d))
    expect(await studioErrors(profile, stored)).toEqual([
      'salaryTiers[_key=="t3"]: Senior verdient 15 EUR per uur, minder dan het lagere niveau Medior (16); salarisniveaus moeten oplopen',
      'salaryTiers[_key=="t3"]: Senior verdient 2600 EUR per maand, minder dan het lagere niveau Medior (2800); salarisniveaus moeten oplopen',
    ])
  })
})

describe('Problemen lists', () => {
  const broken: SanityDocument[] = [
    { ...profile, _id: 'jobProfile.zonder-uitgever', publisher: undefined },
    { ...tier('Leeg', 4, 1, 1), _id: 'salaryTier.leeg', amounts: [] },
    { ...faq, _id: 'faqEntry.geen-vraag', question: 'Wat verdient een customer service medewerker' },
    { ...vacancy, _id: 'vacancy.verlopen', datePosted: '2020-01-01', validThrough: '2020-02-01T00:00:00Z' },
    { ...vacancy, _id: 'vacancy.omgekeerd', datePosted: '2999-03-01', validThrough: '2999-02-01T00:00:00Z' },
    { ...vacancy, _id: 'vacancy.nergens', location: undefined, validThrough: '2999-02-01T00:00:00Z' },
    { ...vacancy, _id: 'vacancy.overal', remote: true, validThrough: '2999-02-01T00:00:00Z' },
    {
      ...vacancy,
      _id: 'vacancy.dubbel',
      salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 2450, currency: 'EUR', basis: 'gross' },
      validThrough: '2999-02-01T00:00:00Z',
    },
  ]

  it('lists exactly the documents with each problem, and none of the open seed vacancy', async () => {
    const open = { ...vacancy, validThrough: '2999-04-30T17:00:00Z' }
    const documents = [...seed.filter((d) => d._id !== vacancy._id), open, ...broken]
    const found: Record<string, unknown> = {}
    for (const p of problems(defaultTypeNames)) found[p.id] = await (await evaluate(parse(`*[${p.filter}]._id`), { dataset: documents })).get()
    expect(found).toEqual({
      'beroepen-zonder-uitgever': ['jobProfile.zonder-uitgever'],
      'beroepen-onvolledig': [],
      'salarisniveaus-zonder-bedragen': ['salaryTier.leeg'],
      'vragen-zonder-vraagteken': ['faqEntry.geen-vraag'],
      'vragen-zonder-antwoord': [],
      'vacatures-verlopen': ['vacancy.verlopen'],
      'vacatures-geldig-tot-voor-publicatie': ['vacancy.omgekeerd'],
      'vacatures-zonder-locatie': ['vacancy.nergens'],
      'vacatures-op-afstand-zonder-landen': ['vacancy.overal'],
      'vacatures-met-twee-salarissen': ['vacancy.dubbel'],
      'vacatures-onvolledig': [],
    })
  })
})
