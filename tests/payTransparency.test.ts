import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePayTransparency } from '../scripts/core/config/parsePayTransparency.ts'
import { checkPayTransparency } from '../scripts/core/rules/lib/checkPayTransparency.ts'
import { euPayTransparency, payTransparencyDates } from '../scripts/core/rules/lib/payTransparencyDates.ts'
import { formatViolation } from '../scripts/core/rules/formatViolation.ts'
import { runCli } from './support/exportRun.ts'

const inNl = { location: { country: 'NL', locality: 'Utrecht' }, datePosted: '2027-01-15', salaryTier: { _ref: 'salaryTier.kok.junior' } }
const range = { period: 'MONTH', minValue: 2700, maxValue: 3000, currency: 'EUR', basis: 'gross' }

describe('checkPayTransparency', () => {
  it('refuses a vacancy in NL posted in 2027 without its own pay, naming the country, the date and the rule, in English and Dutch', () => {
    const violation = checkPayTransparency(inNl, euPayTransparency)
    expect(violation).toEqual({ code: 'vacancy.pay_transparency', path: ['salary'], params: { country: 'NL', date: '2027-01-01', datePosted: '2027-01-15' } })
    expect(violation && formatViolation(violation, 'en')).toBe(
      "Unexpected vacancy in NL posted on 2027-01-15 without its own pay, expected the employer's own salary or range: pay transparency applies in NL from 2027-01-01 (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)",
    )
    expect(violation && formatViolation(violation, 'nl')).toBe(
      'Deze vacature in NL (gepubliceerd op 2027-01-15) noemt geen eigen salaris: in NL geldt vanaf 2027-01-01 loontransparantie (EU-richtlijn loontransparantie 2023/970, artikel 5). Vul het salaris of de salarisschaal van de werkgever in; een schatting uit een salarisniveau telt niet',
    )
  })

  it("accepts the employer's own range or amount, but not a salary without an amount", () => {
    expect(checkPayTransparency({ ...inNl, salary: range }, euPayTransparency)).toBeUndefined()
    expect(checkPayTransparency({ ...inNl, salary: { period: 'HOUR', value: 16 } }, euPayTransparency)).toBeUndefined()
    expect(checkPayTransparency({ ...inNl, salary: { period: 'MONTH' } }, euPayTransparency)?.params.country).toBe('NL')
  })

  it('applies from the date on, per country, and not at all when off', () => {
    expect(checkPayTransparency({ ...inNl, datePosted: '2026-12-31T23:00:00+01:00' }, euPayTransparency)).toBeUndefined()
    expect(checkPayTransparency({ ...inNl, datePosted: '2027-01-01T08:00:00+01:00' }, euPayTransparency)?.params.date).toBe('2027-01-01')
    expect(checkPayTransparency({ ...inNl, location: { country: 'BE' }, datePosted: '2026-06-07' }, euPayTransparency)?.params).toEqual({ country: 'BE', date: '2026-06-07', datePosted: '2026-06-07' })
    expect(checkPayTransparency({ ...inNl, location: { country: 'CH' } }, euPayTransparency)).toBeUndefined()
    expect(checkPayTransparency(inNl, {})).toBeUndefined()
  })

  it('reads a remote vacancy by its applicant countries', () => {
    const remote = { ...inNl, location: { country: 'NL' }, remote: true, applicantCountries: ['CH', 'DE'], datePosted: '2026-09-01' }
    expect(checkPayTransparency(remote, euPayTransparency)?.params).toEqual({ country: 'DE', date: '2026-06-07', datePosted: '2026-09-01' })
    expect(checkPayTransparency({ ...remote, applicantCountries: ['CH'] }, euPayTransparency)).toBeUndefined()
  })

  it('has every EU and EEA country in its table, each with a source', () => {
    const eu = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']
    expect(Object.keys(payTransparencyDates).sort()).toEqual([...eu, 'IS', 'LI', 'NO'].sort())
    expect(payTransparencyDates.NL).toEqual({ date: '2027-01-01', source: 'nl' })
    expect(payTransparencyDates.DE).toEqual({ date: '2026-06-07', source: 'directive' })
  })
})

describe('the payTransparency option', () => {
  it('reads eu, off, pairs, and eu with changes', () => {
    expect(parsePayTransparency('eu')).toEqual({ dates: euPayTransparency })
    expect(parsePayTransparency('off')).toEqual({ dates: {} })
    expect(parsePayTransparency('NL=2027-03-01, BE=2026-06-07')).toEqual({ dates: { NL: '2027-03-01', BE: '2026-06-07' } })
    expect(parsePayTransparency('eu,NO=2027-06-01')).toEqual({ dates: { ...euPayTransparency, NO: '2027-06-01' } })
    expect(parsePayTransparency({ NL: '2027-01-01' })).toEqual({ dates: { NL: '2027-01-01' } })
  })

  it('refuses an entry that is not a country and a date', () => {
    expect(parsePayTransparency('NL=1-1-2027')).toEqual({ error: 'Unexpected --pay-transparency entry "NL=1-1-2027", expected eu, off or <CC>=<date> pairs such as NL=2027-01-01' })
    expect(parsePayTransparency('nl=2027-01-01')).toEqual({ error: 'Unexpected --pay-transparency entry "nl=2027-01-01", expected eu, off or <CC>=<date> pairs such as NL=2027-01-01' })
  })
})

describe('jobld export with pay transparency', () => {
  /** The bundled content with one vacancy in NL posted in 2027, paid by a tier only or by its own range. */
  async function contentWith(pay: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-pay-'))
    await cp('content', join(dir, 'content'), { recursive: true })
    const file = join(dir, 'content/vacancies/voorbeeld-customer-service-medewerker-remote.md')
    const text = (await readFile(file, 'utf8')).replace(/^datePosted: .*$/m, 'datePosted: 2027-01-15').replace(/^(level: .*|salary:\n(?: {2}.*\n)+)/m, pay)
    await writeFile(file, text)
    return join(dir, 'content')
  }
  const now = ['--now', '2027-01-20', '--dry-run']

  it('refuses a vacancy in NL posted in 2027 without its own pay, with the message at the vacancy; exit 1', async () => {
    const from = await contentWith('level: Junior\n')
    const run = await runCli(['--from', from, ...now])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `vacancy → vacancy.voorbeeld-customer-service-medewerker-remote (${join(from, 'vacancies/voorbeeld-customer-service-medewerker-remote.md')}:1:1): does not validate.\n  salary: Unexpected vacancy in NL posted on 2027-01-15 without its own pay, expected the employer's own salary or range: pay transparency applies in NL from 2027-01-01 (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)\n`,
    )
  })

  it('accepts it with a range, and without one under --pay-transparency off', async () => {
    const ranged = await runCli(['--from', await contentWith('salary:\n  minValue: 1500\n  maxValue: 1650\n  period: MONTH\n'), ...now])
    expect(ranged.stderr).not.toContain('pay transparency')
    expect(ranged.code).toBe(0)
    const off = await runCli(['--from', await contentWith('level: Junior\n'), ...now, '--pay-transparency', 'off'])
    expect(off.code).toBe(0)
  })

  it('checks the vacancies again when the option changes between exports into one output (its dates are part of the content store\'s key)', async () => {
    const from = await contentWith('level: Junior\n')
    const out = join(await mkdtemp(join(tmpdir(), 'jobld-pay-out-')), 'jsonld')
    const run = (...extra: string[]) => runCli(['--from', from, '--out', out, '--now', '2027-01-20', ...extra])
    expect((await run('--pay-transparency', 'off')).code).toBe(0)
    const refused = await run()
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('salary: Unexpected vacancy in NL posted on 2027-01-15 without its own pay')
    expect((await run('--pay-transparency', 'NL=2027-02-01')).code).toBe(0)
    expect((await run('--pay-transparency', 'NL=2027-01-15')).code).toBe(1)
  })

  it('refuses a --pay-transparency value it cannot read; exit 2', async () => {
    expect(await runCli(['--pay-transparency', 'NL=soon', ...now])).toMatchObject({
      code: 2,
      stderr: 'Unexpected --pay-transparency entry "NL=soon", expected eu, off or <CC>=<date> pairs such as NL=2027-01-01\n',
    })
  })
})
