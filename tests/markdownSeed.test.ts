import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import { articleToDocuments } from '../scripts/import/lib/articleToDocuments.ts'
import { documentSchemas, isDocumentType } from '../scripts/core/model/index.ts'
import type { RawDocument } from '../scripts/core/rawDocument.ts'

const path = 'content/articles/customer-service-medewerker.md'

function importSeed() {
  const file = new VFile({ path, value: readFileSync(path) })
  const { documents } = articleToDocuments(file)
  const byId = new Map(documents.map((doc) => [String(doc.value._id), doc]))
  const get = (id: string): RawDocument => {
    const doc = byId.get(id)
    if (!doc) throw new Error(`missing ${id}`)
    return doc
  }
  return { file, documents, get, profile: get('jobProfile.customer-service-medewerker').value }
}

describe('the seed article (customer service medewerker)', () => {
  it('gives one profile, three tiers, six FAQ entries and the publisher, sorted by _id', () => {
    const { documents } = importSeed()
    expect(documents.map((doc) => doc.value._id)).toEqual([
      'faqEntry.customer-service-medewerker.1',
      'faqEntry.customer-service-medewerker.2',
      'faqEntry.customer-service-medewerker.3',
      'faqEntry.customer-service-medewerker.4',
      'faqEntry.customer-service-medewerker.5',
      'faqEntry.customer-service-medewerker.6',
      'jobProfile.customer-service-medewerker',
      'organization.manpower',
      'salaryTier.customer-service-medewerker.junior',
      'salaryTier.customer-service-medewerker.medior',
      'salaryTier.customer-service-medewerker.senior',
    ])
  })

  it('derives the job title from the H1 and keeps the front matter facts', () => {
    const { profile } = importSeed()
    expect(profile.title).toBe('Customer service medewerker')
    expect(profile.slug).toEqual({ _type: 'slug', current: 'customer-service-medewerker' })
    expect(profile.alternativeTitles).toEqual(['klantenservicemedewerker'])
    expect(profile.iscoCode).toBe('4222')
    expect(profile.country).toBe('NL')
    expect(profile.language).toBe('nl')
    expect(profile.publisher).toEqual({ _type: 'reference', _ref: 'organization.manpower' })
  })

  it('takes the intro paragraph as the summary', () => {
    const { profile } = importSeed()
    expect(profile.summary).toMatch(/^Een customer service medewerker, ook wel klantenservicemedewerker genoemd, is voor klanten het eerste contact/)
    expect(profile.summary).toMatch(/hoe klanten over het bedrijf denken\.$/)
  })

  it('maps the salary table to Junior, Medior and Senior with hourly and monthly gross amounts in EUR', () => {
    const { get, profile } = importSeed()
    const tier = (level: string) => {
      const { _id, level: name, rank, amounts, basis, currency } = get(`salaryTier.customer-service-medewerker.${level}`).value
      return { _id, level: name, rank, basis, currency, amounts }
    }
    const amount = (period: string, value: number) => ({ _key: expect.stringMatching(/^[0-9a-f]{12}$/), _type: 'jobldSalaryAmount', period, value })
    expect(tier('junior')).toEqual({
      _id: 'salaryTier.customer-service-medewerker.junior',
      level: 'Junior',
      rank: 1,
      basis: 'gross',
      currency: 'EUR',
      amounts: [amount('HOUR', 14.5), amount('MONTH', 2450)],
    })
    expect(tier('medior')).toMatchObject({ level: 'Medior', rank: 2, basis: 'gross', currency: 'EUR', amounts: [amount('HOUR', 16), amount('MONTH', 2800)] })
    expect(tier('senior')).toMatchObject({ level: 'Senior', rank: 3, basis: 'gross', currency: 'EUR', amounts: [amount('HOUR', 17.5), amount('MONTH', 3100)] })
    expect(profile.salaryTiers).toEqual(
      ['junior', 'medior', 'senior'].map((level) => ({
        _key: expect.any(String),
        _type: 'reference',
        _ref: `salaryTier.customer-service-medewerker.${level}`,
      })),
    )
  })

  it('imports the six FAQ questions verbatim, with Portable Text answers, referenced in order', () => {
    const { get, profile } = importSeed()
    const questions = [1, 2, 3, 4, 5, 6].map((n) => get(`faqEntry.customer-service-medewerker.${n}`).value.question)
    expect(questions).toEqual([
      'Wat is een customer service medewerker?',
      'Hoeveel verdien je als customer service medewerker?',
      'Wat doe je als customer service medewerker?',
      'Welke opleiding heb je nodig om customer service medewerker te worden?',
      'Is werken als customer service medewerker commercieel?',
      'Welke doorgroeimogelijkheden zijn er voor customer service medewerkers?',
    ])
    const second = get('faqEntry.customer-service-medewerker.2').value
    expect(second.language).toBe('nl')
    expect(second.answer).toEqual([
      {
        _type: 'block',
        _key: expect.any(String),
        style: 'normal',
        children: [
          {
            _type: 'span',
            _key: expect.any(String),
            marks: [],
            text: 'Een customer service medewerker verdient gemiddeld tussen € 2.450 en € 3.100 bruto per maand; waar je precies uitkomt, hangt af van je ervaring en de sector. Per uur ligt het bruto loon meestal tussen € 14,50 en € 17,50.',
          },
        ],
        markDefs: [],
      },
    ])
    expect(profile.faq).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ _key: expect.any(String), _type: 'reference', _ref: `faqEntry.customer-service-medewerker.${n}` })))
  })

  it('reads the five kinds as specialisations with descriptions', () => {
    const { profile } = importSeed()
    expect(profile.specialisations).toEqual([
      { _key: expect.any(String), _type: 'jobldSpecialisation', name: 'Inbound customer service medewerker', description: 'Je helpt klanten die zelf contact met het bedrijf zoeken.' },
      {
        _key: expect.any(String),
        _type: 'jobldSpecialisation',
        name: 'Outbound customer service medewerker',
        description: 'Je neemt zelf contact op met klanten, bijvoorbeeld om hun tevredenheid te peilen of om een verkoopactie onder de aandacht te brengen.',
      },
      {
        _key: expect.any(String),
        _type: 'jobldSpecialisation',
        name: 'Technisch customer service medewerker',
        description: 'Je lost technische problemen van klanten op, zoals storingen in software, apparatuur of installaties.',
      },
      {
        _key: expect.any(String),
        _type: 'jobldSpecialisation',
        name: 'Commercieel customer service medewerker',
        description: 'Naast service verkoop je ook, door klanten producten voor te stellen die bij hen passen.',
      },
      {
        _key: expect.any(String),
        _type: 'jobldSpecialisation',
        name: 'Teamleider customer service',
        description: 'Je geeft leiding aan een team en ziet erop toe dat de service van goede kwaliteit is.',
      },
    ])
  })

  it('reads the seven main tasks', () => {
    expect(importSeed().profile.tasks).toEqual([
      'Telefoongesprekken aannemen en e-mails en chats beantwoorden',
      'Vragen van klanten uitzoeken en met een oplossing komen',
      'Administratie bijhouden, zoals klantcontacten vastleggen en bestellingen verwerken',
      'Orders verwerken en opvolgen',
      'Klanten voorlichten over producten, diensten en procedures',
      'Terugkerende knelpunten opmerken en verbeteringen voorstellen',
      'Af en toe commerciële taken, zoals klanten adviseren of diensten aanbieden',
    ])
  })

  it('reads the six competencies with their explanations from the table', () => {
    const competencies = importSeed().profile.competencies
    expect(competencies).toEqual(
      [
        ['Communicatieve vaardigheden', 'Je luistert goed en legt dingen duidelijk uit'],
        ['Empathie', 'Je verplaatst je in de klant en stelt hem of haar gerust'],
        ['Probleemoplossend vermogen', 'Je schakelt snel en zoekt de beste oplossing'],
        ['Stressbestendigheid', 'Je houdt je kalmte, ook bij een boze of ongeduldige klant'],
        ['Computervaardigheid', 'Je gaat handig om met systemen, CRM-software en e-mail'],
        ['Taalvaardigheid', 'Je schrijft correct en professioneel'],
      ].map(([name, explanation]) => ({ _key: expect.any(String), _type: 'jobldCompetency', name, explanation })),
    )
  })

  it('reads education levels mbo and hbo, each with its own fields of study', () => {
    expect(importSeed().profile.education).toEqual({
      _type: 'jobldEducation',
      levels: ['mbo', 'hbo'],
      levelFields: [
        { _key: expect.stringMatching(/^[0-9a-f]{12}$/), _type: 'jobldLevelFields', level: 'mbo', fieldsOfStudy: ['communicatie', 'administratie', 'commerciële dienstverlening', 'klantcontact'] },
        { _key: expect.stringMatching(/^[0-9a-f]{12}$/), _type: 'jobldLevelFields', level: 'hbo', fieldsOfStudy: ['bedrijfskunde', 'commerciële economie', 'communicatie'] },
      ],
    })
  })

  it('exports the mbo credential with the mbo fields only, and the hbo credential with the hbo fields', async () => {
    const page = (await buildPages(importSeed().documents, { now: new Date('2026-01-15') })).pages[0]
    const occupation = page?.graph['@graph'][0]
    const credentials = occupation && typeof occupation === 'object' && 'educationRequirements' in occupation ? occupation.educationRequirements : undefined
    expect(JSON.parse(JSON.stringify(credentials))).toEqual([
      {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'professional certificate',
        educationalLevel: 'mbo',
        about: ['communicatie', 'administratie', 'commerciële dienstverlening', 'klantcontact'].map((name) => ({ '@type': 'DefinedTerm', name })),
      },
      {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
        educationalLevel: 'hbo (bachelor)',
        about: ['bedrijfskunde', 'commerciële economie', 'communicatie'].map((name) => ({ '@type': 'DefinedTerm', name })),
      },
    ])
  })

  it('reads the five sectors', () => {
    expect(importSeed().profile.sectors).toEqual([
      'E-commercebedrijven en retailorganisaties',
      'Financiële instellingen, zoals banken en verzekeraars',
      'Telecom- en energiebedrijven',
      'Logistieke en technische bedrijven',
      'Publieke en non-profitorganisaties, zoals gemeenten of zorginstellingen',
    ])
  })

  it('reads shift work "sometimes", the workplaces the text names and the certificates of the summary table', () => {
    const { profile } = importSeed()
    expect(profile.workingConditions).toEqual({ _type: 'jobldWorkingConditions', shiftWork: 'sometimes', workplaces: ['onsite', 'hybrid', 'remote'] })
    expect(profile.certificates).toEqual(['Klantcontactsystemen (CRM)', 'Microsoft Office', 'product- of dienstkennis'])
  })

  it('keeps the rest in the body, tables as table blocks, without the title, summary or FAQ', () => {
    const body = importSeed().profile.body
    if (!Array.isArray(body)) throw new Error('no body')
    const headings = body.flatMap((item: { style?: string; children?: { text: string }[] }) =>
      item.style === 'h2' || item.style === 'h3' ? [`${item.style} ${item.children?.map((c) => c.text).join('')}`] : [],
    )
    expect(headings).toEqual([
      'h2 Customer service medewerker: in het kort',
      'h2 Inhoud van dit artikel',
      'h2 Wat is een customer service medewerker?',
      'h2 Soorten customer service medewerkers',
      'h2 Het salaris van een customer service medewerker',
      'h2 Werkzaamheden van een customer service medewerker',
      'h3 Belangrijkste taken',
      'h2 Competenties en vaardigheden van een customer service medewerker',
      'h2 Opleiding of niveau om customer service medewerker te worden',
      'h2 Een gemiddelde werkdag van een customer service medewerker',
      'h2 Waar customer service medewerkers werken',
      'h2 Samenvatting van de functie customer service medewerker',
      'h2 Vacatures customer service medewerker',
      'h2 Voorbeeld motivatiebrief voor customer service medewerker',
      'h2 De perfecte mix van contact, uitdaging en voldoening',
    ])
    const tables = body.filter((item: { _type: string }) => item._type === 'jobldTable')
    expect(tables.map((table: { rows: { cells: string[] }[] }) => table.rows[0]?.cells)).toEqual([
      ['Niveau', 'Gemiddeld uurloon (bruto)', 'Gemiddeld maandsalaris (bruto)'],
      ['Competentie/vaardigheid', 'Uitleg'],
      ['Kenmerk', 'Info'],
    ])
  })

  it('reports only the section no field maps and the average beside the salary levels', () => {
    const { file } = importSeed()
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`).sort()).toEqual([
      '154:1 section: Unexpected section "De perfecte mix van contact, uitdaging en voldoening", expected a known section (salaris, taken, competenties, opleiding, FAQ, …); kept in body only',
      '51:1 salary: Unexpected amount "€ 2.675" without a level beside the salary levels, expected each amount to name its level; kept in body only',
    ])
  })

  it('gives documents that pass the zod content model', () => {
    for (const doc of importSeed().documents) {
      const type = String(doc.value._type)
      if (!isDocumentType(type)) throw new Error(`unknown type ${type}`)
      const result = documentSchemas[type].safeParse(doc.value)
      expect(result.success ? [] : result.error.issues, String(doc.value._id)).toEqual([])
    }
  })

  it('records where each mapped field came from', () => {
    const { get } = importSeed()
    const profile = get('jobProfile.customer-service-medewerker')
    const at = (key: string) => profile.fieldPositions?.get(key)
    expect(profile.position).toEqual({ file: path, line: 9, column: 1 })
    expect(at('salaryTiers[2]')).toEqual({ file: path, line: 57, column: 1 })
    expect(at('faq[5]')).toEqual({ file: path, line: 182, column: 1 })
    expect(at('country')).toEqual({ file: path, line: 4, column: 1 })
    expect(get('salaryTier.customer-service-medewerker.senior').fieldPositions?.get('amounts[1]')).toEqual({ file: path, line: 57, column: 38 })
  })

  it('gives byte-identical documents when imported twice', () => {
    const first = importSeed().documents.map((doc) => JSON.stringify(doc.value)).join('\n')
    const second = importSeed().documents.map((doc) => JSON.stringify(doc.value)).join('\n')
    expect(second).toBe(first)
  })
})
