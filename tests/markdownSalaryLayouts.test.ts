import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

/** Imports an article with the given salary section; its tiers in a short form, and the salary messages. */
function salary(lines: string[], { language = 'nl', country = language === 'nl' ? 'NL' : 'GB' }: { language?: 'nl' | 'en'; country?: string } = {}) {
  const text = ['---', 'organization: X', `country: ${country}`, `language: ${language}`, '---', '', '# Kok', '', 'Een kok kookt.', '', ...lines, ''].join('\n')
  const file = new VFile({ path: 'kok.md', value: text })
  const { documents } = markdownToDocuments(file)
  const tiers = documents
    .filter((doc) => doc.value._type === 'salaryTier')
    .sort((a, b) => Number(a.value.rank) - Number(b.value.rank))
    .map((doc) => {
      const amounts = Array.isArray(doc.value.amounts) ? doc.value.amounts : []
      const shown = amounts.map((a: { period: string; value?: number; minValue?: number; maxValue?: number }) =>
        `${a.period} ${a.value ?? `${a.minValue ?? '…'}–${a.maxValue ?? '…'}`}`,
      )
      return `${String(doc.value.level)}: ${shown.join(', ')} ${String(doc.value.basis)} ${String(doc.value.currency)}`
    })
  const messages = file.messages.filter((m) => m.ruleId === 'salary').map((m) => `${m.line} ${m.reason}`)
  return { tiers, messages }
}
const line = (n: number) => 10 + n

describe('salary tiers outside tables', () => {
  it('reads a bullet list of "Level: amount" items, with the details after the amount left out', () => {
    expect(
      salary(['## Salaris', '', '- Instapper: € 2.250 bruto per maand, geen ervaring nodig', '- Gevorderd – € 2.600 tot € 2.900 bruto per maand', '- **Senior**: vanaf € 3.200 bruto per maand', '- **Allround kok** € 3.900 bruto per maand']).tiers,
    ).toEqual(['Instapper: MONTH 2250 gross EUR', 'Gevorderd: MONTH 2600–2900 gross EUR', 'Senior: MONTH 3200–… gross EUR', 'Allround kok: MONTH 3900 gross EUR'])
  })

  it('reads a level line with its amount in the next paragraph, bold or plain', () => {
    expect(
      salary(['## What you could earn', '', '**Apprentice**', '', '£9.50 an hour', '', 'Qualified chef', '', '£12.40 to £13.60 an hour'], { language: 'en' }).tiers,
    ).toEqual(['Apprentice: HOUR 9.5 gross GBP', 'Qualified chef: HOUR 12.4–13.6 gross GBP'])
  })

  it('reads a heading per level under the salary heading, with the period from the text above', () => {
    expect(salary(['## Loon', '', 'Alle bedragen zijn bruto per maand.', '', '### Junior', '', 'Tussen € 2.100 en € 2.400.', '', '### Medior', '', 'Ongeveer € 2.750.']).tiers).toEqual([
      'Junior: MONTH 2100–2400 gross EUR',
      'Medior: MONTH 2750 gross EUR',
    ])
  })

  it('reads lower-case levels in running text, and a level named right after its amount', () => {
    expect(
      salary(['## Pay', '', 'A trainee earns about $15.10 an hour, experienced cooks around $18.40 an hour and a head chef up to $26 an hour.'], { language: 'en', country: 'US' }).tiers,
    ).toEqual(['Trainee: HOUR 15.1 gross USD', 'Experienced: HOUR 18.4 gross USD', 'Head: HOUR …–26 gross USD'])
    expect(salary(['## Average salary (a year)', '', '£21,900 Starter to £33,400 Experienced'], { language: 'en' }).tiers).toEqual([
      'Starter: YEAR 21900 gross GBP',
      'Experienced: YEAR 33400 gross GBP',
    ])
  })

  it('gives an amount without period the one of the amount before it in the same text', () => {
    expect(salary(['## Salaris', '', 'Als starter verdien je € 2.300 per maand. Na een paar jaar ervaring is dat € 2.700.']).tiers).toEqual([
      'Starter: MONTH 2300 gross EUR',
      'Ervaren: MONTH 2700 gross EUR',
    ])
  })
})

describe('annual pay', () => {
  it.each([
    ['£27,400 a year'],
    ['£27,400 per year'],
    ['£27,400 annually'],
    ['£27,400/yr'],
    ['£27,400 p.a.'],
    ['£27,400 per annum'],
  ])('reads "%s" as per year', (amount) => {
    expect(salary(['## Salary', '', `The typical salary is ${amount}. Most roles are full time.`], { language: 'en' }).tiers).toEqual(['All levels: YEAR 27400 gross GBP'])
  })

  it('reads an amount of 12,000 or more that names no period as per year, and says so', () => {
    expect(salary(['## Salary', '', 'Graduates start on around £24,000.'], { language: 'en' })).toEqual({
      tiers: ['Graduate: YEAR 24000 gross GBP'],
      messages: [
        `${line(3)} Unexpected amount "£24,000" without period, expected per uur, per maand or per jaar; read as per year, as amounts of 12,000 and more are`,
        `${line(3)} Unexpected amounts without bruto/netto, expected the table or text to say gross or net; imported as gross`,
      ],
    })
  })
})

describe('figures of another subject', () => {
  it.each([
    ['Zelfstandige koks vragen € 35 tot € 50 per uur.', 'freelance rates'],
    ['Via een uitzendbureau krijg je € 16 per uur.', 'agency or contract rates'],
    ['Daarnaast is er een reiskostenvergoeding van € 120 per maand.', 'allowances'],
    ['Wie goed presteert, krijgt een bonus van € 1.500 per jaar.', 'bonuses and other extras'],
    ['De best betaalde 10% verdient meer dan € 4.000 per maand, de laagste 10% minder dan € 2.000.', "the market's lowest or highest pay"],
    ['„Ik krijg € 2.950 per maand," zegt Fatima.', "one person's own pay"],
    ['In Utrecht ligt het gemiddelde op € 2.900 per maand.', 'pay per place'],
  ])('keeps "%s" out of the tiers with a notice about %s at its line', (sentence, subject) => {
    const { tiers, messages } = salary(['## Salaris', '', '| Niveau | Bruto per maand |', '| --- | --- |', '| Junior | € 2.300 |', '| Senior | € 3.100 |', '', sentence])
    expect(tiers).toEqual(['Junior: MONTH 2300 gross EUR', 'Senior: MONTH 3100 gross EUR'])
    expect(messages.filter((m) => m.includes(subject))).toHaveLength(1)
    expect(messages.find((m) => m.includes(subject))?.startsWith(`${line(8)} Unexpected amount "€`)).toBe(true)
  })

  it('keeps a table of places out, by its first column or its heading', () => {
    expect(salary(['## Salaris per provincie', '', '| Provincie | Maandsalaris |', '| --- | --- |', '| Utrecht | € 3.000 |', '| Drenthe | € 2.600 |'])).toEqual({
      tiers: [],
      messages: [`${line(3)} Unexpected salary table about pay per place (columns "Provincie", "Maandsalaris"), expected the pay of the job per level; kept in body only`],
    })
    expect(salary(['## Where can a cook earn more?', '', '| Town | Pay |', '| --- | --- |', '| Leeds | £12.10 an hour |'], { language: 'en' }).tiers).toEqual([])
  })

  it('keeps a table of low, median and high pay out as the market\'s bounds', () => {
    expect(salary(['## Loon', '', '| Niveau | Laag | Mediaan | Hoog |', '| --- | --- | --- | --- |', '| Kok | € 2.000 | € 2.500 | € 3.100 |']).messages[0]).toBe(
      `${line(3)} Unexpected salary table about the market's lowest or highest pay (columns "Niveau", "Laag", "Mediaan", "Hoog"), expected the pay of the job per level; kept in body only`,
    )
  })

  it('never folds a freelance rate into the tier of all levels (the monthly ≈ hourly rule would then refuse it)', () => {
    expect(salary(['## Salaris', '', 'Een kok verdient € 2.400 tot € 2.900 bruto per maand. Als zzp\'er reken je € 40 tot € 55 per uur.']).tiers).toEqual([
      'Alle niveaus: MONTH 2400–2900 gross EUR',
    ])
  })
})

describe('tiers the article leaves in doubt', () => {
  it('reports two ladders that price the same levels differently and imports neither', () => {
    const { tiers, messages } = salary([
      '## Salaris',
      '',
      '### Bij een restaurant',
      '',
      '| Niveau | Maandloon |',
      '| --- | --- |',
      '| Junior | € 2.200 |',
      '',
      '### Bij een hotel',
      '',
      '| Niveau | Maandloon |',
      '| --- | --- |',
      '| Junior | € 2.350 |',
    ])
    expect(tiers).toEqual([])
    expect(messages.filter((m) => m.includes('priced twice'))).toEqual([
      `${line(5)} Unexpected salary levels "Junior" priced twice in the article, expected one ladder of levels; neither is imported, kept in body only`,
      `${line(11)} Unexpected salary levels "Junior" priced twice in the article, expected one ladder of levels; neither is imported, kept in body only`,
    ])
  })

  it('reports rows that name no level rather than guessing', () => {
    expect(salary(['## Salaris', '', '| Rooster | Maandloon |', '| --- | --- |', '| Dagdienst | € 2.000 |', '| Wisseldienst | € 2.600 |'])).toEqual({
      tiers: [],
      messages: [`${line(3)} Unexpected salary table rows "Dagdienst", "Wisseldienst", expected levels (junior, senior, 0–2 jaar ervaring, schaal 4) or a column "Niveau"; kept in body only`],
    })
  })

  it("takes this job's row from a table of several jobs, and reports the others at their rows", () => {
    expect(salary(['## Salaris', '', 'Bruto per maand.', '', '| Functie | Starter | Ervaren |', '| --- | --- | --- |', '| Afwasser | € 2.000 | € 2.200 |', '| Koks | € 2.400 | € 2.900 |'])).toEqual({
      tiers: ['Starter: MONTH 2400 gross EUR', 'Ervaren: MONTH 2900 gross EUR'],
      messages: [`${line(7)} Unexpected row "Afwasser" in the salary table about another job, expected the pay of the job itself; kept in body only`],
    })
  })

  it('leaves out a tier the export would refuse, naming the rule, and keeps the others', () => {
    expect(
      salary(['## Salaris', '', '| Niveau | Uurloon | Maandloon |', '| --- | --- | --- |', '| Junior | € 14,00 | € 2.430 |', '| Medior | € 15,00 | € 3.900 |', '| Senior | € 13,00 | € 2.250 |']),
    ).toEqual({
      tiers: ['Junior: HOUR 14, MONTH 2430 gross EUR'],
      messages: [
        `${line(5)} Unexpected amounts without bruto/netto, expected the table or text to say gross or net; imported as gross`,
        `${line(6)} Unexpected salary level "Medior" that the export would refuse (Unexpected monthly amount 3900, expected about 2600 (hourly 15 × 173.33 h/month at 40 h/week, ±10%)), expected amounts that pass its rules; left out, kept in body only`,
        `${line(7)} Unexpected salary level "Senior" that the export would refuse (Unexpected 13 EUR per HOUR for Senior, expected at least 14 as at the lower level Junior), expected amounts that pass its rules; left out, kept in body only`,
      ],
    })
  })
})

describe('currencies and number formats', () => {
  it('reads a bare $ as the dollar of the article\'s country', () => {
    expect(salary(['## Pay', '', 'Cooks earn $19.50 an hour.'], { language: 'en', country: 'CA' }).tiers).toEqual(['All levels: HOUR 19.5 gross CAD'])
    expect(salary(['## Pay', '', 'Cooks earn $1,150 a week.'], { language: 'en', country: 'AU' }).tiers).toEqual(['All levels: WEEK 1150 gross AUD'])
  })

  it('reads a Belgian range with "à" and a gross monthly wage written as one word', () => {
    expect(salary(['## Loon', '', 'Het brutomaandloon ligt tussen € 2.400 à € 2.900.'], { country: 'BE' }).tiers).toEqual(['Alle niveaus: MONTH 2400–2900 gross EUR'])
  })
})
