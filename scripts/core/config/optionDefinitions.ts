/**
 * Every option of jobld, declared once: its name, command-line flag, environment variable, the
 * line `--help` shows, its default, its zod type, who takes it, and how its value is checked. The
 * CLI's arguments (scripts/cli/commandArgs.ts), the library's options (`exportJsonLd`), the Astro
 * integration's and the Studio plugin's are derived from this table, and resolveConfig turns what
 * any of them was given into the one configuration every stage reads.
 *
 * Options that the command line gives as text (a number, the `--types` pairs) also take that text
 * in code, so that both reach the same check here.
 */
import { z } from 'zod'
import { documentTypes, resolveTypeNames } from '../model/documentTypes.ts'
import { parseTypesOption } from '../parseTypesOption.ts'
import { datasetPattern, projectIdPattern } from '../sanityProject.ts'
import { baseUrlFault } from './baseUrlFault.ts'
import { parsePayTransparency } from './parsePayTransparency.ts'
import { defineOption } from './defineOption.ts'
import { parseFieldLanguages } from './parseFieldLanguages.ts'
import { GOOGLE_DAILY_QUOTA, GOOGLE_INDEXING_ENDPOINT, INDEXNOW_ENDPOINT, INDEXNOW_KEY } from './notifyDefaults.ts'

const exporting = ['export', 'validate', 'astro'] as const
/**
 * Documents with only warnings or notices that the pretty report lists: about a screen of a CI
 * log (two lines or more each), enough to see which kinds there are; a dataset where thousands of
 * vacancies carry the same notice printed 30 MB of report (299,996 generated documents) and took
 * most of an incremental export's time to read and print it.
 */
const REPORT_LIMIT = 100
/** The webhook's takers: `jobld listen`, `jobld expire` and createWebhookHandler take the export's options (but its source, --dry-run and --no-cache). */
const webhook = ['listen', 'expire', 'webhook'] as const
/** Perspective names of the Content Lake that are no release ids. */
const reservedPerspectives = new Set(['raw', 'published', 'drafts', 'previewDrafts'])
const httpUrl = (value: string) => /^https?:\/\//.test(value) && URL.canParse(value)

/** The options, in the order `--help` lists them. */
export const optionDefinitions = {
  from: defineOption({
    flag: 'from',
    description: 'Folder or .md file of articles, a .ndjson export or a .tar.gz archive (default: the Content Lake when SANITY_PROJECT_ID is set, else content/)',
    expected: 'a folder or .md file, a .ndjson export or a .tar.gz archive',
    schema: z.string(),
    takenBy: exporting,
    resolve: (value) => (value === '' ? undefined : value),
  }),
  out: defineOption({
    flag: 'out',
    description: 'Output folder: absent, empty, or written by jobld before',
    help: { notify: 'The exported folder (its manifest.json is read)' },
    expected: 'a folder of its own such as jsonld',
    default: 'jsonld',
    schema: z.string(),
    takenBy: [...exporting, 'notify', ...webhook],
    resolve: (value) => value ?? 'jsonld',
  }),
  format: defineOption({
    flag: 'format',
    description: 'Report format: pretty or json',
    expected: 'pretty or json',
    default: 'pretty',
    schema: z.string(),
    takenBy: ['export', 'validate', 'listen', 'expire'],
    resolve: (value, { fail }) => {
      if (value === undefined || value === 'pretty' || value === 'json') return value ?? 'pretty'
      return fail()
    },
  }),
  reportLimit: defineOption({
    flag: 'report-limit',
    description: 'Documents with only warnings or notices the pretty report lists before it counts the rest (all: every one); documents with errors are always listed',
    expected: 'a whole number of 0 or more, or all',
    default: String(REPORT_LIMIT),
    schema: z.union([z.number(), z.string()]),
    takenBy: ['export', 'validate'],
    resolve: (value = REPORT_LIMIT, { fail }) => {
      if (value === 'all') return Number.POSITIVE_INFINITY
      const limit = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN
      return Number.isSafeInteger(limit) && limit >= 0 ? limit : fail()
    },
  }),
  strict: defineOption({
    flag: 'strict',
    description: 'Treat warnings as errors',
    expected: 'true or false',
    default: false,
    schema: z.boolean(),
    takenBy: [...exporting, 'exportJsonLd', ...webhook],
    resolve: (value) => value === true,
  }),
  dryRun: defineOption({
    flag: 'dry-run',
    description: 'Validate everything but write nothing (npm run validate)',
    help: {
      notify: 'Print the plan, one line per notification; send and write nothing',
    },
    expected: 'true or false',
    default: false,
    schema: z.boolean(),
    takenBy: ['export', 'notify'],
    resolve: (value) => value === true,
  }),
  now: defineOption({
    flag: 'now',
    description: 'The date vacancies expire against (YYYY-MM-DD or ISO 8601; default: now)',
    help: {
      notify: "The clock Google's daily quota is counted by (default: now)",
    },
    expected: 'a date like 2026-11-26',
    schema: z.union([z.date(), z.string()]),
    takenBy: [...exporting, 'notify', 'exportJsonLd', ...webhook],
    resolve: (value, { fail, missing, now }) => {
      if (value === undefined || value === '') return now ?? missing()
      const date = typeof value === 'string' ? new Date(value) : value
      return Number.isNaN(date.getTime()) ? fail() : date
    },
  }),
  baseUrl: defineOption({
    flag: 'base-url',
    env: 'JOBLD_BASE_URL',
    description: 'Base URL of the career pages, used for @id and url (default: urn:jobld ids)',
    help: {
      notify: 'Base URL of the pages, as given to the export (required; JOBLD_BASE_URL sets the same)',
    },
    expected: 'a plain http(s) URL such as https://www.example.nl/beroepen',
    schema: z.string(),
    takenBy: [...exporting, 'notify', 'exportJsonLd', 'studio', ...webhook],
    show: (text) => `${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}${text.length > 80 ? ` (${text.length} characters)` : ''}`,
    resolve: (value, { fail }) => {
      // Empty is none: a site passes its variable on whether or not it is set.
      if (value === undefined || value === '') return undefined
      const fault = baseUrlFault(value)
      return fault ? fail(fault) : value.replace(/\/+$/, '')
    },
  }),
  fieldLanguages: defineOption({
    flag: 'field-languages',
    env: 'JOBLD_FIELD_LANGUAGES',
    description:
      "Languages of field-level translations (sanity-plugin-internationalized-array), first the original's: nl,en lets titles, summaries, FAQ questions and organisation names hold one value per language, and makes one page per language (default: off)",
    expected: 'languages of the content model separated by commas, such as nl,en',
    schema: z.union([z.string(), z.array(z.string())]),
    takenBy: [...exporting, 'exportJsonLd', 'studio', ...webhook],
    resolve: (value, { fail }) => {
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined
      const resolved = parseFieldLanguages(value)
      return 'reason' in resolved ? fail(resolved.reason) : resolved.languages
    },
  }),
  release: defineOption({
    flag: 'release',
    description:
      'Validate the dataset as it will be once this Content Release ships (its id, as in versions.<id>.…), stacked over every release that ships before it; or a stack of your own: ids separated by commas, in the order they ship, the last the one validated',
    expected: 'a release id such as rMonday0900 (letters, digits, "_" and "-"), or several in the order they ship: rFixes,rMonday0900',
    schema: z.union([z.string(), z.array(z.string())]),
    takenBy: ['validate', 'exportJsonLd'],
    resolve: (value, { fail }) => {
      // The order they ship in is the order given: the Content Lake's perspective lists them the other way round.
      const ids = (typeof value === 'string' ? [value] : (value ?? [])).flatMap((text) => text.split(',')).map((id) => id.trim())
      if (ids.every((id) => id === '')) return undefined
      const bad = ids.find((id) => !/^[A-Za-z0-9_-]{1,128}$/.test(id) || reservedPerspectives.has(id))
      if (bad !== undefined) return fail(bad === '' ? 'an empty id in the list' : reservedPerspectives.has(bad) ? `"${bad}" is a perspective of its own, not a release` : undefined)
      const twice = ids.find((id, index) => ids.indexOf(id) !== index)
      if (twice !== undefined) return fail(`"${twice}" named twice`)
      return ids
    },
  }),
  cache: defineOption({
    flag: 'cache',
    description: 'Keep a cache and rebuild only the pages whose content changed (--no-cache: a full export)',
    expected: 'true or false',
    default: true,
    schema: z.boolean(),
    takenBy: exporting,
    resolve: (value) => value !== false,
  }),
  cacheDir: defineOption({
    flag: 'cache-dir',
    env: 'JOBLD_CACHE_DIR',
    description: 'Cache folder (default: node_modules/.cache/jobld of the nearest package, or JOBLD_CACHE_DIR)',
    help: {
      notify: 'Root of the cache folder, where the notification state is kept (default: JOBLD_CACHE_DIR, else node_modules/.cache/jobld)',
    },
    expected: 'a folder',
    schema: z.string(),
    takenBy: [...exporting, 'notify', ...webhook],
    resolve: (value) => (value === '' ? undefined : value),
  }),
  projectId: defineOption({
    flag: 'project-id',
    env: 'SANITY_PROJECT_ID',
    description:
      'Sanity project id (or SANITY_PROJECT_ID): without --from, the export reads its dataset in the Content Lake; with --from, the project the file came from, for the URLs of uploaded images',
    expected: 'letters, digits and dashes',
    schema: z.string(),
    takenBy: [...exporting, 'exportJsonLd'],
    resolve: (value, { fail }) => (value === undefined || value === '' ? undefined : projectIdPattern.test(value) ? value : fail()),
  }),
  dataset: defineOption({
    flag: 'dataset',
    env: 'SANITY_DATASET',
    description: 'Sanity dataset, with --project-id (or SANITY_DATASET)',
    expected: 'lowercase letters, digits, "_" and "-", at most 64 characters',
    schema: z.string(),
    takenBy: [...exporting, 'exportJsonLd'],
    resolve: (value, { fail }) => (value === undefined || value === '' ? undefined : datasetPattern.test(value) ? value : fail()),
  }),
  types: defineOption({
    flag: 'types',
    description: "The Studio's names of jobld's document types, as given to jobld({ types, organizationType }): jobProfile=careerProfile,organization=company",
    expected: 'jobldType=studioType, such as jobProfile=careerProfile',
    schema: z.union([z.string(), z.partialRecord(z.enum(documentTypes), z.string())]),
    takenBy: [...exporting, 'exportJsonLd', 'studio', ...webhook],
    resolve: (value, { refuse }) => {
      const resolved = typeof value === 'string' ? parseTypesOption(value) : resolveTypeNames(value)
      return 'error' in resolved ? refuse(resolved.error) : resolved.names
    },
  }),
  payTransparency: defineOption({
    flag: 'pay-transparency',
    description:
      "Where and from when a vacancy must state the employer's own pay: eu (the EU/EEA table of the rules), off, or CC=date pairs such as NL=2027-01-01 (after eu: changes to the table)",
    expected: 'eu, off or <CC>=<date> pairs such as NL=2027-01-01',
    default: 'eu',
    schema: z.union([z.string(), z.record(z.string(), z.string())]),
    takenBy: [...exporting, 'exportJsonLd', 'studio', ...webhook],
    resolve: (value = 'eu', { refuse }) => {
      const resolved = parsePayTransparency(value)
      return 'error' in resolved ? refuse(resolved.error) : resolved.dates
    },
  }),
  workers: defineOption({
    flag: 'workers',
    description: 'Worker threads for an NDJSON source (0: none; default: one per core for files of 4 MB and more)',
    expected: 'a number of threads such as 2, or 0 for none',
    schema: z.union([z.number(), z.string()]),
    takenBy: [...exporting, ...webhook],
    show: (text) => text.slice(0, 20),
    resolve: (value, { fail }) => {
      if (value === undefined) return undefined
      const threads = typeof value === 'number' ? value : /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN
      return Number.isSafeInteger(threads) && threads >= 0 && threads < 1000 ? threads : fail()
    },
  }),
  notify: defineOption({
    flag: 'notify',
    description: 'After writing, tell search engines what changed (as jobld notify; needs --base-url)',
    expected: 'true or false',
    default: false,
    schema: z.boolean(),
    takenBy: ['export', 'astro', ...webhook],
    resolve: (value) => value === true,
  }),
  indexNowKey: defineOption({
    flag: 'indexnow-key',
    description: "The site's IndexNow key (served as https://<host>/<key>.txt); without it, nothing goes to IndexNow",
    expected: '8 to 128 letters, digits and hyphens',
    schema: z.string(),
    takenBy: ['export', 'astro', 'notify', ...webhook],
    show: (text) => `of ${text.length} characters`,
    resolve: (value, { fail }) => (value === undefined || INDEXNOW_KEY.test(value) ? value : fail()),
  }),
  indexNowEndpoint: defineOption({
    flag: 'indexnow-endpoint',
    description: 'IndexNow endpoint',
    expected: 'an absolute http(s) URL',
    default: INDEXNOW_ENDPOINT,
    schema: z.string(),
    takenBy: ['export', 'astro', 'notify', ...webhook],
    resolve: (value = INDEXNOW_ENDPOINT, { fail }) => (httpUrl(value) ? value : fail()),
  }),
  googleEndpoint: defineOption({
    flag: 'google-endpoint',
    description: 'Google Indexing API endpoint',
    expected: 'an absolute http(s) URL',
    default: GOOGLE_INDEXING_ENDPOINT,
    schema: z.string(),
    takenBy: ['export', 'astro', 'notify', ...webhook],
    resolve: (value = GOOGLE_INDEXING_ENDPOINT, { fail }) => (httpUrl(value) ? value : fail()),
  }),
  googleQuota: defineOption({
    flag: 'google-quota',
    description: 'Google publish requests per day (Pacific time)',
    expected: 'a whole number of 0 or more',
    default: String(GOOGLE_DAILY_QUOTA),
    schema: z.union([z.number(), z.string()]),
    takenBy: ['export', 'astro', 'notify', ...webhook],
    resolve: (value = GOOGLE_DAILY_QUOTA, { fail }) => {
      const quota = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN
      return Number.isSafeInteger(quota) && quota >= 0 ? quota : fail()
    },
  }),
  liveCheck: defineOption({
    flag: 'live-check',
    description: 'Before each notification, fetch the page from the site and send only when it shows what is announced (--no-live-check: send without looking)',
    expected: 'true or false',
    default: true,
    schema: z.boolean(),
    takenBy: ['export', 'astro', 'notify', ...webhook],
    resolve: (value) => value !== false,
  }),
  revalidateUrl: defineOption({
    flag: 'revalidate-url',
    description: 'Tell the site which pages changed before Google is told: POST {"paths": [...]} with Authorization: Bearer $JOBLD_REVALIDATE_SECRET',
    expected: 'an absolute http(s) URL without a user or password',
    schema: z.string(),
    takenBy: webhook,
    resolve: (value, { fail }) => {
      if (value === undefined || value === '') return undefined
      if (!httpUrl(value)) return fail()
      const url = new URL(value)
      return url.username || url.password ? fail('the secret goes in JOBLD_REVALIDATE_SECRET only') : value
    },
  }),
  waitForSite: defineOption({
    flag: 'wait-for-site',
    description: 'Milliseconds a delivery waits for the site to show its pages before it is answered; what is not live by then stays queued',
    expected: 'milliseconds such as 10000',
    default: '10000',
    schema: z.union([z.number(), z.string()]),
    takenBy: webhook,
    resolve: (value = 10_000, { fail }) => {
      const ms = typeof value === 'number' ? value : /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN
      return Number.isSafeInteger(ms) && ms >= 0 && ms < 10_000_000 ? ms : fail()
    },
  }),
  port: defineOption({
    flag: 'port',
    description: 'The port to listen on (0: any free port, printed)',
    expected: 'a port number from 0 to 65535',
    default: '8787',
    schema: z.union([z.number(), z.string()]),
    takenBy: ['listen'],
    show: (text) => text.slice(0, 20),
    resolve: (value = 8787, { fail }) => {
      const port = typeof value === 'number' ? value : /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN
      return Number.isSafeInteger(port) && port >= 0 && port <= 65535 ? port : fail()
    },
  }),
  host: defineOption({
    flag: 'host',
    description: 'The address to listen on (0.0.0.0 for every interface)',
    expected: 'an address such as 127.0.0.1',
    default: '127.0.0.1',
    schema: z.string(),
    takenBy: ['listen'],
    resolve: (value) => (value === undefined || value === '' ? '127.0.0.1' : value),
  }),
}

/** The name of an option (its key in code: `baseUrl`). */
export type OptionName = keyof typeof optionDefinitions
