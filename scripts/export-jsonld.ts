/**
 * `npm run export` / `npm run build` / `npm run validate`: reads content from Markdown, an
 * NDJSON or .tar.gz export, or the Content Lake; validates it; writes JSON-LD atomically.
 * Exit 0: valid (and written); 1: content errors (nothing written); 2: usage or I/O errors.
 */
import { relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty'
import { countIssues, formatReport, sortIssues } from './lib/formatReport.ts'
import type { Issue } from './lib/issue.ts'
import { toDotPath } from './lib/toDotPath.ts'
import { CliError } from './io/cliError.ts'
import { exportWithCache, type CachedExportOptions } from './io/exportCache.ts'
import { chooseSource, type ContentLakeEnv, type SourceChoice } from './io/loadSource.ts'
import { SourceError } from './io/sourceError.ts'
import { unexpectedFailure } from './io/unexpectedFailure.ts'

const exportArgs = {
    from: { type: 'string', description: 'Folder or .md file of articles, a .ndjson export or a .tar.gz archive (default: the Content Lake when SANITY_PROJECT_ID is set, else content/)' },
    out: { type: 'string', description: 'Output folder', default: 'dist/jsonld' },
    format: { type: 'string', description: 'Report format: pretty or json', default: 'pretty' },
    strict: { type: 'boolean', description: 'Treat warnings as errors', default: false },
    'dry-run': { type: 'boolean', description: 'Validate everything but write nothing (npm run validate)', default: false },
    now: { type: 'string', description: 'The date vacancies expire against (YYYY-MM-DD or ISO 8601; default: now)' },
    'base-url': { type: 'string', description: 'Base URL of the career pages, used for @id and url (default: urn:jobld ids)' },
    cache: { type: 'boolean', description: 'Keep a cache beside the output and rewrite only the pages whose content changed (--no-cache: a full export)', default: true },
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
  env: ContentLakeEnv & { NO_COLOR?: string | undefined; JOBLD_BASE_URL?: string | undefined }
  cwd: string
}

/**
 * Runs the export command.
 * @param rawArgs arguments after the script name
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runExport(rawArgs: string[], io: CommandIo): Promise<number> {
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
  const baseUrl = args['base-url'] ? String(args['base-url']) : io.env.JOBLD_BASE_URL
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl))
    throw new CliError('USAGE', `Unexpected --base-url ${baseUrl}, expected an absolute http(s) URL`)

  const progress = makeProgress(io)
  // Relative, so that report positions read content/articles/x.md:12:1 rather than an absolute path.
  const choice = await chooseSource(args.from ? String(args.from) : undefined, io.env, relative(process.cwd(), resolve(io.cwd, 'content')) || '.')
  progress(`Reading ${choice.kind === 'contentLake' ? `Content Lake ${choice.projectId}/${choice.dataset}` : 'file' in choice ? choice.file : choice.paths.join(', ')}`)
  const options = { now, baseUrl, strict: Boolean(args.strict), cache: args.cache !== false, dryRun: Boolean(args['dry-run']) }
  return writeExport(io, choice, options, String(args.out), format, progress)
}

/** The export proper (and its dry run): streamed, one page at a time, incremental with the cache (scripts/io/exportCache.ts). */
async function writeExport(
  io: CommandIo,
  choice: SourceChoice,
  options: CachedExportOptions,
  outArg: string,
  format: string,
  progress: (line: string) => void,
): Promise<number> {
  const result = await exportWithCache(choice, io.env, resolve(io.cwd, outArg), options, progress)
  progress('')
  report(io, result.issues, format)
  if (!result.ok) {
    const { error } = countIssues(result.issues)
    io.stderr.write(`${error} error${error === 1 ? '' : 's'}: nothing written${options.dryRun ? '' : `, ${outArg} left as it was`}.\n`)
    return 1
  }
  const { profiles, vacancies, files } = result
  if (options.dryRun) {
    io.stderr.write(`Valid: ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} would be written.\n`)
    return 0
  }
  io.stderr.write(`Wrote ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} (${files} files) to ${outArg}.\n`)
  return 0
}

function isAlias(key: string) {
  return key === 'h' || key === 'dryRun' || key === 'baseUrl'
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExport(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  })
}
