import { euPayTransparency } from '../scripts/core/rules/lib/payTransparencyDates.ts'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../scripts/core/config/configError.ts'
import { optionNamesOf } from '../scripts/core/config/configInput.ts'
import { resolveConfig } from '../scripts/core/config/resolveConfig.ts'
import { defaultLimits } from '../scripts/core/limits.ts'
import { defaultTypeNames } from '../scripts/core/model/documentTypes.ts'
import { flagOf } from '../scripts/cli/readConfig.ts'

const clock = new Date('2026-11-26T08:00:00Z')

/** The message and code resolveConfig refuses an input with. */
function refusal(run: () => unknown): { code: string; option: string; message: string } {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return { code: error.code, option: error.option, message: error.message }
    throw error
  }
  throw new Error('Unexpected input that resolved, expected a ConfigError')
}

describe('resolveConfig', () => {
  it('completes an empty input with every default and the clock of the run', () => {
    expect(resolveConfig({}, { now: clock })).toEqual({
      from: undefined,
      out: 'jsonld',
      format: 'pretty',
      strict: false,
      dryRun: false,
      now: clock,
      baseUrl: undefined,
      cache: true,
      cacheDir: undefined,
      types: defaultTypeNames,
      payTransparency: euPayTransparency,
      workers: undefined,
      notify: false,
      indexNowKey: undefined,
      indexNowEndpoint: 'https://api.indexnow.org/indexnow',
      googleEndpoint: 'https://indexing.googleapis.com',
      googleQuota: 200,
      liveCheck: true,
      revalidateUrl: undefined,
      waitForSite: 10_000,
      port: 8787,
      host: '127.0.0.1',
      limits: defaultLimits,
      secret: undefined,
      reportLimit: 100,
    })
  })

  it('takes the command line text and values in code to the same configuration', () => {
    const fromText = resolveConfig({ now: '2026-12-01', workers: '2', googleQuota: '10', types: 'jobProfile=careerProfile', baseUrl: 'https://www.example.nl/beroepen/' })
    const fromCode = resolveConfig({ now: new Date('2026-12-01'), workers: 2, googleQuota: 10, types: { jobProfile: 'careerProfile' }, baseUrl: 'https://www.example.nl/beroepen' })
    expect(fromText).toEqual(fromCode)
    expect(fromCode).toMatchObject({ workers: 2, googleQuota: 10, baseUrl: 'https://www.example.nl/beroepen', types: { ...defaultTypeNames, jobProfile: 'careerProfile' } })
  })

  it("reads an option's environment variable when the input does not give it, and the input wins", () => {
    const env = { JOBLD_BASE_URL: 'https://env.example.nl', JOBLD_CACHE_DIR: '/tmp/cache', JOBLD_MAX_LINE_BYTES: '1000', SANITY_API_TOKEN: 'sk-long-enough-token' }
    expect(resolveConfig({}, { env, now: clock })).toMatchObject({
      baseUrl: 'https://env.example.nl',
      cacheDir: '/tmp/cache',
      limits: { ...defaultLimits, ndjsonLineBytes: 1000 },
      secret: 'sk-long-enough-token',
    })
    expect(resolveConfig({ baseUrl: 'https://given.example.nl' }, { env, now: clock }).baseUrl).toBe('https://given.example.nl')
    // A token of a few letters would blank out words: it is not kept as the secret.
    expect(resolveConfig({}, { env: { SANITY_API_TOKEN: 'short' }, now: clock }).secret).toBeUndefined()
  })

  it('names the option as the caller gave it: the flag on the command line, the name in code', () => {
    expect(refusal(() => resolveConfig({ workers: 'many threads, as many as there are cores' }, { now: clock, label: flagOf }))).toEqual({
      code: 'INVALID_OPTION',
      option: 'workers',
      message: 'Unexpected --workers many threads, as man, expected a number of threads such as 2, or 0 for none',
    })
    expect(refusal(() => resolveConfig({ workers: -1 }, { now: clock }))).toEqual({
      code: 'INVALID_OPTION',
      option: 'workers',
      message: 'Unexpected workers -1, expected a number of threads such as 2, or 0 for none',
    })
    expect(refusal(() => resolveConfig({ now: 'yesterday' }, { label: flagOf })).message).toBe('Unexpected --now yesterday, expected a date like 2026-11-26')
    expect(refusal(() => resolveConfig({ now: new Date('nope') })).message).toBe('Unexpected now Invalid Date, expected a date like 2026-11-26')
  })

  it('says why a value is refused, and never repeats a key', () => {
    expect(refusal(() => resolveConfig({ baseUrl: 'https://example.nl/?a=1' }, { now: clock, label: flagOf })).message).toBe(
      'Unexpected --base-url "https://example.nl/?a=1": it holds a query or fragment, expected a plain http(s) URL such as https://www.example.nl/beroepen',
    )
    expect(refusal(() => resolveConfig({ indexNowKey: 'abc' }, { now: clock, label: flagOf })).message).toBe(
      'Unexpected --indexnow-key of 3 characters, expected 8 to 128 letters, digits and hyphens',
    )
    expect(refusal(() => resolveConfig({ types: { jobProfile: 'vacancy' } }, { now: clock })).message).toBe(
      'Unexpected type name "vacancy" for both jobProfile and vacancy, expected a name of its own for each',
    )
  })

  it('refuses a value of the wrong kind in code with what the option takes', () => {
    // @ts-expect-error: a string where code must give a boolean
    expect(refusal(() => resolveConfig({ strict: 'yes' }, { now: clock }))).toEqual({ code: 'INVALID_OPTION', option: 'strict', message: 'Unexpected strict yes, expected true or false' })
  })

  it('needs a clock: without one from the caller, now must be given', () => {
    expect(refusal(() => resolveConfig({}))).toEqual({ code: 'MISSING_OPTION', option: 'now', message: 'Unexpected missing now, expected a date like 2026-11-26' })
  })

  it('refuses notify without a base URL or with a dry run', () => {
    expect(refusal(() => resolveConfig({ notify: true }, { now: clock, label: flagOf }))).toEqual({
      code: 'CONFLICTING_OPTIONS',
      option: 'notify',
      message: "Unexpected --notify without --base-url, expected the site's base URL the pages are at",
    })
    expect(refusal(() => resolveConfig({ notify: true, dryRun: true, baseUrl: 'https://example.nl' }, { now: clock })).message).toBe(
      'Unexpected notify with dryRun, expected a written export to notify about (jobld notify --dry-run shows the plan)',
    )
  })

  it('refuses a Sanity project id without its dataset, and takes both from SANITY_PROJECT_ID and SANITY_DATASET', () => {
    expect(refusal(() => resolveConfig({ now: clock, projectId: 'jobldci' }))).toEqual({
      code: 'CONFLICTING_OPTIONS',
      option: 'projectId',
      message: 'Unexpected projectId without dataset, expected both: the Sanity project and its dataset',
    })
    const config = resolveConfig({}, { now: clock, env: { SANITY_PROJECT_ID: 'jobldci', SANITY_DATASET: 'production' } })
    expect({ projectId: config.projectId, dataset: config.dataset }).toEqual({ projectId: 'jobldci', dataset: 'production' })
  })

  it("refuses an option its taker does not take, listing the ones it does", () => {
    expect(refusal(() => resolveConfig({ now: clock, workers: 2 }, { takenBy: 'exportJsonLd' }))).toEqual({
      code: 'UNKNOWN_OPTION',
      option: 'workers',
      message: 'Unexpected option "workers", expected one of strict, now, baseUrl, fieldLanguages, release, projectId, dataset, types, payTransparency',
    })
    expect(optionNamesOf('exportJsonLd')).toEqual(['strict', 'now', 'baseUrl', 'fieldLanguages', 'release', 'projectId', 'dataset', 'types', 'payTransparency'])
  })

  it('refuses a limit variable that is not a positive whole number', () => {
    expect(refusal(() => resolveConfig({}, { env: { JOBLD_MAX_LINE_BYTES: 'lots' }, now: clock }))).toEqual({
      code: 'INVALID_OPTION',
      option: 'ndjsonLineBytes',
      message: 'Unexpected JOBLD_MAX_LINE_BYTES="lots", expected a whole number of bytes in one NDJSON line (one document) above 0',
    })
  })
})
