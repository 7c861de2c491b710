import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toKeyedPath } from '../schemas/lib/toKeyedPath.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { previewPage } from '../scripts/export/lib/previewPage.ts'
import { collectRefs } from '../studio/plugin/components/collectRefs.ts'
import { describeGoogleResults } from '../studio/plugin/components/describeGoogleResults.ts'
import { describePreview } from '../studio/plugin/components/describePreview.ts'
import { describeSalary } from '../studio/plugin/components/describeSalary.ts'

const now = new Date('2026-11-26T12:00:00Z')
const load = async (name: string) => (await readNdjson(join('tests/fixtures/validation', name, 'input.ndjson'))).documents

describe('previewPage, behind the Studio JSON-LD view', () => {
  it('gives the page the export writes for a valid profile, and says so in Dutch', async () => {
    const preview = await previewPage(await load('valid'), 'jobProfile.kok', { now })
    expect(preview.status).toBe('written')
    expect(preview.page?.path).toBe('kok.jsonld')
    expect(preview.page?.types).toEqual(['Occupation', 'FAQPage', 'Organization'])
    expect(describePreview(preview)).toEqual({ tone: 'positive', text: 'De export schrijft deze JSON-LD naar kok.jsonld.' })
  })

  it('says per type of the page what Google shows today, in Dutch and English', async () => {
    const preview = await previewPage(await load('valid'), 'jobProfile.kok', { now })
    expect(describeGoogleResults(preview.page?.types ?? [], 'nl')).toEqual([
      'Occupation: geen Google-resultaat meer sinds 9 september 2025 (het resultaat Estimated Salary, geschat salaris); gecontroleerd op de richtlijnen van schema.org en andere afnemers',
      'FAQPage: geen Google-resultaat meer sinds 7 mei 2026 (FAQ-resultaten, veelgestelde vragen); gecontroleerd op de richtlijnen van schema.org en andere afnemers',
    ])
    const vacancy = await previewPage(await load('valid'), 'vacancy.kok-utrecht', { now })
    expect(describeGoogleResults(vacancy.page?.types ?? [], 'en')).toEqual([
      "JobPosting: Google shows job search results (job postings, Indexing API); checked against Google's rules",
    ])
  })

  it('picks the vacancy page, not the profile page, for a vacancy', async () => {
    const preview = await previewPage(await load('valid'), 'vacancy.kok-utrecht', { now })
    expect(preview.page?.path).toBe('vacatures/kok-utrecht.jsonld')
  })

  it('refuses a profile whose tier breaks the ladder, with the build message on the tier', async () => {
    const preview = await previewPage(await load('tier-order'), 'jobProfile.kok', { now })
    expect(preview.status).toBe('refused')
    expect(preview.issues.filter((i) => i.severity === 'error').map((i) => `${i.docId} ${i.message}`)).toEqual([
      'salaryTier.kok.senior Unexpected 15 EUR per HOUR for Senior, expected at least 16 as at the lower level Medior',
      'salaryTier.kok.senior Unexpected 2550 EUR per MONTH for Senior, expected at least 2650 as at the lower level Medior',
    ])
    expect(describePreview(preview).text).toBe('De build weigert deze inhoud: 2 fouten (hieronder). Zolang die er zijn, schrijft de export niets.')
  })

  it('says an expired vacancy is left out', async () => {
    const preview = await previewPage(await load('vacancy-expired'), 'vacancy.kok-utrecht', { now })
    expect(preview.status).toBe('expired')
    expect(preview.page).toBeUndefined()
    expect(preview.reason).toBe('This vacancy has expired and is not exported: Left out expired vacancy: validThrough 2026-06-30 is before 2026-11-26.')
  })

  it('gives no page for a document that fails its schema', async () => {
    const preview = await previewPage(await load('missing-required'), 'jobProfile.kok', { now })
    expect(preview.status).toBe('none')
    expect(describePreview(preview).tone).toBe('critical')
  })
})

describe('Studio view helpers', () => {
  it('turns index paths into keyed form paths where items have keys', () => {
    const doc = { amounts: [{ _key: 'h', value: 1 }, { _key: 'm', value: 2 }], tags: ['a', 'b'] }
    expect(toKeyedPath(doc, ['amounts', 1, 'value'])).toEqual(['amounts', { _key: 'm' }, 'value'])
    expect(toKeyedPath(doc, ['tags', 1])).toEqual(['tags', 1])
  })

  it('collects every referenced id once', () => {
    expect(collectRefs({ a: { _ref: 'x' }, b: [{ _ref: 'y' }, { _ref: 'x' }], c: 'z' }).sort()).toEqual(['x', 'y'])
  })

  it("says in Dutch what a vacancy's JobPosting states about pay, with the build's rule", async () => {
    expect(describeSalary(await load('vacancy-estimate-prorated'), 'vacancy.kok-utrecht')).toEqual({
      tone: 'caution',
      text: 'Geschat uit salarisniveau Medior: 2650 EUR per maand bij 38 uur per week, omgerekend naar 24 uur per week: 1673.68 EUR per maand (gemiddelde). De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.',
    })
    expect(describeSalary(await load('vacancy-own-salary'), 'vacancy.kok-utrecht')).toEqual({
      tone: 'positive',
      text: 'Salaris van de werkgever: €\u00a02.500–€\u00a02.900 p/m (bruto). De export publiceert het als basissalaris (baseSalary).',
    })
    const withoutPay = (await load('valid')).map((d) => {
      if (d.value._type !== 'vacancy') return d
      const { salaryTier: _tier, ...rest } = d.value
      return { ...d, value: rest }
    })
    expect(describeSalary(withoutPay, 'vacancy.kok-utrecht')?.text).toBe(
      'Deze vacature noemt geen salaris: de JobPosting krijgt geen baseSalary, dat Google aanbeveelt. Vul een eigen salaris in, of kies een salarisniveau voor een schatting.',
    )
    expect(describeSalary(await load('vacancy-hours-out-of-range'), 'vacancy.kok-utrecht')).toBeUndefined()
  })
})
