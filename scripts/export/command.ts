/**
 * `jobld export` and `jobld validate`: reads content from Markdown, an NDJSON or .tar.gz export,
 * or the Content Lake; validates it; writes JSON-LD into a plain output folder, whole or not at all.
 * Exit 0: valid (and written); 1: content errors (nothing written); 2: usage or I/O errors.
 */
import { homedir } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { relative, resolve, sep } from 'node:path'
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty'
import { countIssues, formatReport, sortIssues } from '../core/formatReport.ts'
import type { Issue } from '../core/issue.ts'
import { toDotPath } from '../core/toDotPath.ts'
import { parseTypesOption } from '../core/parseTypesOption.ts'
import { cacheDirFor, cacheRoot } from './io/cacheDir.ts'
import { checkBaseUrl } from './io/checkBaseUrl.ts'
import { checkOutputPath } from './io/checkOutputPath.ts'
import { CliError } from '../cli/cliError.ts'
import { exportToFolder, type FolderExportOptions } from './io/exportToFolder.ts'
import { chooseSource, type ContentLakeEnv, type SourceChoice } from '../sources/loadSource.ts'
import { SourceError } from '../sources/sourceError.ts'
import { recoverOutputs } from './io/outputFolder.ts'
import { readLimits, type LimitsEnv } from '../cli/readLimits.ts'
import { unexpectedFailure } from '../cli/unexpectedFailure.ts'
import type { NotifyEnv } from '../notify/io/notifyExport.ts'
import { withoutSecrets } from '../cli/withoutSecrets.ts'
import { channelOptions, notifyChannelArgs } from '../notify/args.ts'

/** The export's declared arguments: `jobld listen` and `jobld expire` take the same. */
export const exportArgs = {
    from: { type: 'string', description: 'Folder or .md file of articles, a .ndjson export or a .tar.gz archive (default: the Content Lake when SANITY_PROJECT_ID is set, else content/)' },
    out: { type: 'string', description: 'Output folder: absent, empty, or written by jobld before', default: 'jsonld' },
    format: { type: 'string', description: 'Report format: pretty or json', default: 'pretty' },
    strict: { type: 'boolean', description: 'Treat warnings as errors', default: false },
    'dry-run': { type: 'boolean', description: 'Validate everything but write nothing (npm run validate)', default: false },
    now: { type: 'string', description: 'The date vacancies expire against (YYYY-MM-DD or ISO 8601; default: now)' },
    'base-url': { type: 'string', description: 'Base URL of the career pages, used for @id and url (default: urn:jobld ids)' },
    cache: { type: 'boolean', description: 'Keep a cache and rebuild only the pages whose content changed (--no-cache: a full export)', default: true },
    'cache-dir': { type: 'string', description: 'Cache folder (default: node_modules/.cache/jobld of the nearest package, or JOBLD_CACHE_DIR)' },
    types: { type: 'string', description: "The Studio's names of jobld's document types, as given to jobld({ types, organizationType }): jobProfile=careerProfile,organization=company" },
    workers: { type: 'string', description: 'Worker threads for an NDJSON source (0: none; default: one per core for files of 4 MB and more)' },
    notify: { type: 'boolean', description: 'After writing, tell search engines what changed (as jobld notify; needs --base-url)', default: false },
    ...notifyChannelArgs,
    help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

/** The command's declared arguments. */
export const exportCommand = defineCommand({
  meta: { name: 'export', description: 'Validate content and export schema.org JSON-LD' },
  args: exportArgs,
})

/** What the command may touch: streams, environment, working folder. */
export interface CommandIo {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  env: ContentLakeEnv & {
    NO_COLOR?: string | undefined
    JOBLD_BASE_URL?: string | undefined
    JOBLD_CACHE_DIR?: string | undefined
    XDG_CACHE_HOME?: string | undefined
    HOME?: string | undefined
  } & LimitsEnv &
    NotifyEnv
  cwd: string
}

/**
 * Runs the export command.
 * @param rawArgs arguments after the script name
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runExport(rawArgs: string[], given: CommandIo): Promise<number> {
  const secret = given.env.SANITY_API_TOKEN
  const io = { ...given, stdout: withoutSecrets(given.stdout, secret), stderr: withoutSecrets(given.stderr, secret) }
  try {
    return await exportOnce(rawArgs, io)
  } catch (error) {
    if (error instanceof CliError || error instanceof SourceError) {
      io.stderr.write(`${error.message}\n`)
      return error instanceof CliError ? error.exitCode : 2
    }
    io.stderr.write(unexpectedFailure(error, io.env.SANITY_API_TOKEN))
    return 2
  }
}

async function exportOnce(rawArgs: string[], io: CommandIo): Promise<number> {
  const args = parseArgs<typeof exportArgs>(rawArgs, exportArgs)
  if (args.help) {
    io.stdout.write(`${await renderUsage(exportCommand)}\n`)
    return 0
  }
  const unknown = Object.keys(args).filter((k) => k !== '_' && !(k in exportArgs) && !isAlias(k))
  if (unknown.length || args._.length)
    throw new CliError('USAGE', `Unexpected argument ${unknown.length ? `--${unknown[0]}` : `"${args._[0]}"`}, expected the options of --help`)
  const format = String(args.format)
  if (format !== 'pretty' && format !== 'json') throw new CliError('USAGE', `Unexpected --format ${format}, expected pretty or json`)
  const now = args.now ? new Date(String(args.now)) : new Date()
  if (Number.isNaN(now.getTime())) throw new CliError('USAGE', `Unexpected --now ${String(args.now)}, expected a date like 2026-11-26`)
  const baseUrl = checkBaseUrl(args['base-url'] !== undefined ? String(args['base-url']) : io.env.JOBLD_BASE_URL)
  const types = parseTypesOption(args.types === undefined ? undefined : String(args.types))
  if ('error' in types) throw new CliError('USAGE', types.error)
  const root = cacheRoot({ cwd: io.cwd, flag: args['cache-dir'] === undefined ? undefined : String(args['cache-dir']), env: io.env })
  await recoverOutputs(root)

  const progress = makeProgress(io)
  const from = args.from === undefined ? undefined : String(args.from)
  const choice = await chooseSource(from === undefined || from === '' ? from : shown(io.cwd, from), io.env, shown(io.cwd, 'content'))
  const sources = choice.kind === 'markdown' ? choice.paths : choice.kind === 'contentLake' ? [] : [choice.file]
  const dryRun = Boolean(args['dry-run'])
  const out = dryRun ? resolve(io.cwd, String(args.out)) : await checkOutputPath(String(args.out), 'folder', { cwd: io.cwd, home: io.env.HOME ?? homedir(), sources })
  progress(`Reading ${choice.kind === 'contentLake' ? `Content Lake ${choice.projectId}/${choice.dataset}` : sources.join(', ')}`)
  const workers = args.workers === undefined ? undefined : /^\d{1,3}$/.test(String(args.workers)) ? Number(args.workers) : Number.NaN
  if (Number.isNaN(workers)) throw new CliError('USAGE', `Unexpected --workers ${String(args.workers).slice(0, 20)}, expected a number of threads such as 2, or 0 for none`)
  if (args.notify && (dryRun || baseUrl === undefined))
    throw new CliError('USAGE', dryRun ? 'Unexpected --notify with --dry-run, expected a written export to notify about (jobld notify --dry-run shows the plan)' : 'Unexpected --notify without --base-url, expected the site\'s base URL the pages are at')
  const notify = args.notify && baseUrl ? { out, baseUrl, dryRun: false, ...channelOptions({ ...args, now: args.now === undefined ? undefined : String(args.now) }) } : undefined
  // Only the ever-growing output of a large export needs this; V8 would let the heap grow fourfold between collections.
  if (!dryRun) setFlagsFromString('--heap-growing-percent=100')
  const options: FolderExportOptions = {
    now,
    baseUrl,
    strict: Boolean(args.strict),
    cache: args.cache !== false,
    dryRun,
    cacheDir: cacheDirFor(root, out),
    limits: readLimits(io.env),
    secret: io.env.SANITY_API_TOKEN && io.env.SANITY_API_TOKEN.length >= 8 ? io.env.SANITY_API_TOKEN : undefined,
    types: types.names,
    threads: workers,
    // With a base URL, the output carries its sitemaps (their lastmod from the pages' own changes).
    extraFiles: baseUrl ? async (pages) => (await import('../notify/io/renderSitemaps.ts')).renderSitemaps(pages, baseUrl) : undefined,
  }
  const code = await writeExport(io, choice, options, out, String(args.out), format, progress)
  if (code !== 0 || !notify) return code
  const { notifyExport } = await import('../notify/command.ts')
  return notifyExport(notify, io)
}

/**
 * A path as the readers open it and the report shows it: relative to the process's folder when it
 * lies below it (content/articles/x.md:12:1), else absolute; given paths resolve against `cwd`.
 */
function shown(cwd: string, path: string): string {
  const absolute = resolve(cwd, path)
  const rel = relative(process.cwd(), absolute)
  return rel === '' ? '.' : rel.split(sep)[0] === '..' ? absolute : rel
}

/** The export proper (and its dry run): the pipeline driven into the output folder (scripts/export/io/exportToFolder.ts). */
async function writeExport(
  io: CommandIo,
  choice: SourceChoice,
  options: FolderExportOptions,
  out: string,
  outArg: string,
  format: string,
  progress: (line: string) => void,
): Promise<number> {
  const result = await exportToFolder(choice, io.env, out, options, progress)
  progress('')
  report(io, result.issues, format)
  if (!result.ok) {
    const { error } = countIssues(result.issues)
    io.stderr.write(`${error} error${error === 1 ? '' : 's'}: nothing written${options.dryRun ? '' : `, ${outArg} left as it was`}.\n`)
    return 1
  }
  const { profiles, vacancies, files, reused } = result
  if (options.dryRun) {
    io.stderr.write(`Valid: ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} would be written.\n`)
    return 0
  }
  const built = profiles + vacancies - reused
  const cached = reused > 0 ? `; ${built} page${built === 1 ? '' : 's'} built, ${reused} unchanged` : ''
  io.stderr.write(`Wrote ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} (${files} files${cached}) to ${outArg}.\n`)
  return 0
}

/** citty also sets each kebab-case option under its camelCase name, and `h` for help. */
function isAlias(key: string) {
  return key === 'h' || Object.keys(exportArgs).some((name) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) === key)
}

function report(io: CommandIo, issues: Issue[], format: string) {
  if (format === 'json') {
    const counts = countIssues(issues)
    const list = sortIssues(issues).map((i) => ({ ...i, path: toDotPath(i.path) }))
    io.stdout.write(`${JSON.stringify({ ok: counts.error === 0, counts, issues: list }, null, 2)}\n`)
    return
  }
  const text = formatReport(issues)
  if (text) io.stderr.write(text)
}

/** Progress on a TTY only; a single line rewritten in place. */
function makeProgress(io: CommandIo) {
  if (!io.stderr.isTTY) return (_: string) => undefined
  return (line: string) => {
    io.stderr.write(`\r\u001b[2K${line}`)
  }
}
