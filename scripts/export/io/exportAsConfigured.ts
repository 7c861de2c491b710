import { homedir } from 'node:os'
import { relative, resolve, sep } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import type { CommandIo } from '../../cli/commandIo.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import { boundReport, countIssues, formatBoundedReport, sortIssues } from '../../core/formatReport.ts'
import { optionDefinitions } from '../../core/config/optionDefinitions.ts'
import { formatGoogleResults, googleResultsReport } from '../../core/googleResults.ts'
import { toDotPath } from '../../core/toDotPath.ts'
import { chooseSource } from '../../sources/loadSource.ts'
import { SourceError } from '../../sources/sourceError.ts'
import { CliError } from '../../cli/cliError.ts'
import { cacheDirFor, cacheRoot } from './cacheDir.ts'
import { checkOutputPath } from './checkOutputPath.ts'
import { exportToFolder, type FolderExportResult } from './exportToFolder.ts'
import { recoverOutputs } from './outputFolder.ts'

/** What an export may touch: streams, environment, working folder, and a progress line. */
export type ExportIo = CommandIo & { progress(line: string): void }

/**
 * Runs an export as configured: chooses the source, checks the output path, validates, writes the
 * output folder (whole or not at all; nothing with `dryRun`), prints the report and a summary, and
 * notifies search engines with `notify`. What `jobld export`, `jobld validate` and the Astro
 * integration run.
 * @param config the resolved configuration (scripts/core/config/resolveConfig.ts)
 * @param io streams, environment, working folder, progress line
 * @returns the exit code: 0 valid (and written), 1 content errors (nothing written), 2 when notifying failed
 * @throws CliError or SourceError for usage and I/O errors
 */
export async function exportAsConfigured(config: Config, io: ExportIo): Promise<number> {
  const root = cacheRoot({ cwd: io.cwd, flag: config.cacheDir, env: io.env })
  for (const notice of await recoverOutputs(root)) io.stderr.write(notice)
  // --project-id and --dataset are SANITY_PROJECT_ID and SANITY_DATASET given on the command line.
  const env = { ...io.env, ...(config.projectId ? { SANITY_PROJECT_ID: config.projectId } : {}), ...(config.dataset ? { SANITY_DATASET: config.dataset } : {}) }
  const choice = await chooseSource(config.from === undefined ? undefined : shown(io.cwd, config.from), env, shown(io.cwd, 'content'))
  const sources = choice.kind === 'markdown' ? choice.paths : choice.kind === 'contentLake' ? [] : [choice.file]
  const out = config.dryRun ? resolve(io.cwd, config.out) : await checkOutputPath(config.out, 'folder', { cwd: io.cwd, home: io.env.HOME ?? homedir(), sources, manifest: 'marker' })
  io.progress(`Reading ${choice.kind === 'contentLake' ? `Content Lake ${choice.projectId}/${choice.dataset}` : sources.join(', ')}${config.release === undefined ? '' : ` as release ${config.release.at(-1)} will leave it`}`)
  // Only the ever-growing output of a large export needs this; V8 would let the heap grow fourfold between collections.
  if (!config.dryRun) setFlagsFromString('--heap-growing-percent=100')
  const { baseUrl } = config
  const result = await exportToFolder(
    choice,
    env,
    out,
    {
      ...config,
      cacheDir: cacheDirFor(root, out),
      // The pretty report lists a bounded part: the store then reads only that part's issues.
      report: config.format === 'pretty' ? { limit: config.reportLimit } : undefined,
      // With a base URL, the output carries its sitemaps (their lastmod from the pages' own changes).
      extraFiles: baseUrl ? async (input) => (await import('../../notify/io/renderSitemaps.ts')).renderSitemapFiles(input, baseUrl) : undefined,
    },
    io.progress,
  ).catch((error: unknown) => {
    // Nothing said where the content is, and content/ is not here: say where it can come from.
    if (config.from === undefined && choice.kind === 'markdown' && error instanceof SourceError && (error.code === 'ENOENT' || error.code === 'EMPTY'))
      throw new CliError(
        'ENOENT',
        `Unexpected export without content: no --from, no SANITY_PROJECT_ID, and no Markdown in ${resolve(io.cwd, 'content')}, expected --from <folder, .md, .ndjson or .tar.gz>, or SANITY_PROJECT_ID and SANITY_DATASET to read the Content Lake`,
        { cause: error },
      )
    throw error
  })
  io.progress('')
  const code = report(io, result, config)
  if (code !== 0 || !config.notify || baseUrl === undefined) return code
  const { notifyExport } = await import('../../notify/io/notifyExport.ts')
  return notifyExport({ ...config, out, baseUrl }, io)
}

/** Prints the issues, what Google shows per page type (pretty, when valid) and the summary line; the exit code. */
function report(io: ExportIo, result: FolderExportResult, config: Config): number {
  printIssues(io, result, config)
  if (!result.ok) {
    const { error } = countIssues(result.issues)
    const release = config.release === undefined ? '' : ` once release ${config.release.at(-1)} ships`
    io.stderr.write(`${error} error${error === 1 ? '' : 's'}${release}: nothing written${config.dryRun ? '' : `, ${config.out} left as it was`}.\n`)
    return 1
  }
  const { profiles, vacancies, files, reused } = result
  if (config.dryRun) {
    if (config.format === 'pretty') io.stderr.write(formatGoogleResults())
    const release = config.release === undefined ? '' : ` once release ${config.release.at(-1)} ships`
    io.stderr.write(`Valid${release}: ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} would be written.\n`)
    return 0
  }
  const built = profiles + vacancies - reused
  const cached = reused > 0 ? `; ${built} page${built === 1 ? '' : 's'} built, ${reused} unchanged` : ''
  // What Google shows per page type, then the summary, which stays the last line.
  if (config.format === 'pretty') io.stderr.write(formatGoogleResults())
  io.stderr.write(`Wrote ${profiles} job profile page${profiles === 1 ? '' : 's'} and ${vacancies} vacanc${vacancies === 1 ? 'y' : 'ies'} (${files} files${cached}) to ${config.out}.\n`)
  return 0
}

function printIssues(io: ExportIo, result: FolderExportResult, config: Config) {
  const { issues } = result
  if (config.format === 'json') {
    const counts = countIssues(issues)
    const list = sortIssues(issues).map((i) => ({ ...i, path: toDotPath(i.path) }))
    io.stdout.write(`${JSON.stringify({ ok: counts.error === 0, counts, google: googleResultsReport(), issues: list }, null, 2)}\n`)
    return
  }
  // Read in part by the pipeline (its listed part and a count of the rest), or whole and bounded here.
  const bounded = result.unlisted ? { listed: issues, unlisted: result.unlisted } : boundReport(issues, config.reportLimit)
  const text = formatBoundedReport(bounded, `--${optionDefinitions.reportLimit.flag} all lists them here, --${optionDefinitions.format.flag} json lists every issue`)
  if (text) io.stderr.write(text)
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
