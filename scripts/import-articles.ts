/**
 * `npm run import -- <file.md|dir>... [--out <file.ndjson>] [--push]`: imports career articles
 * and vacancies from Markdown into Sanity documents, written as NDJSON (one document per
 * line, sorted by `_id`) and optionally pushed to the Content Lake.
 * Exit 0: every file imported cleanly; 1: some files had errors (the others are written) or
 * the push failed; 2: usage errors.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty'
import { reporter } from 'vfile-reporter'
import { formatReport } from './lib/formatReport.ts'
import { checkDocuments } from './lib/markdown/checkDocuments.ts'
import { mergeDocuments } from './lib/markdown/mergeDocuments.ts'
import type { RawDocument } from './lib/rawDocument.ts'
import { CliError } from './io/cliError.ts'
import { contentLakeWriter, PushError, pushHost, pushToContentLake, type PushEnv, type PushReport } from './io/pushToContentLake.ts'
import { readLimits, type LimitsEnv } from './io/readLimits.ts'
import { importMarkdownFile, listMarkdownFiles, type ImportedMarkdownFile } from './io/readMarkdown.ts'
import { SourceError } from './io/sourceError.ts'
import { unexpectedFailure } from './io/unexpectedFailure.ts'

const importArgs = {
  input: { type: 'positional', description: 'Markdown files or folders (read recursively, .md only)', required: false },
  out: { type: 'string', description: 'The NDJSON file to write (written whole or not at all)' },
  push: { type: 'boolean', description: 'Write the documents to the Content Lake (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_TOKEN); with --out, as well as to the file', default: false },
  help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

/** The command's declared arguments. */
export const importCommand = defineCommand({
  meta: { name: 'import', description: 'Import Markdown career articles and vacancies as Sanity documents' },
  args: importArgs,
})

/** What the command may touch: streams, environment, working folder. */
export interface ImportIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  env: PushEnv & LimitsEnv & { NO_COLOR?: string | undefined }
  cwd: string
}

/**
 * Runs the import command.
 * @param rawArgs arguments after the script name
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runImport(rawArgs: string[], io: ImportIo): Promise<number> {
  try {
    return await importOnce(rawArgs, io)
  } catch (error) {
    if (error instanceof CliError || error instanceof SourceError || (error instanceof Error && error.name === 'CLIError')) {
      io.stderr.write(`${error.message}\n`)
      return 2
    }
    io.stderr.write(unexpectedFailure(error, io.env.SANITY_API_TOKEN))
    return 1
  }
}

async function importOnce(rawArgs: string[], io: ImportIo): Promise<number> {
  const args = parseArgs<typeof importArgs>(rawArgs, importArgs)
  if (args.help) {
    io.stdout.write(`${await renderUsage(importCommand)}\n`)
    return 0
  }
  const unknown = Object.keys(args).filter((key) => key !== '_' && !(key in importArgs) && key !== 'h')
  if (unknown.length > 0) throw new CliError('USAGE', `Unexpected option --${unknown[0]}, expected --out, --push or --help`)
  if (args._.length === 0) throw new CliError('USAGE', 'Unexpected call without input, expected Markdown files or folders: npm run import -- content --out documents.ndjson')
  const outArg = typeof args.out === 'string' && args.out !== '' ? args.out : undefined
  if (!outArg && !args.push)
    throw new CliError('USAGE', 'Unexpected call without --out or --push, expected the NDJSON file to write (--out documents.ndjson) or --push')

  const limits = readLimits(io.env)
  const files = await listMarkdownFiles(args._, io.cwd)
  if (files.length === 0) throw new CliError('USAGE', `Unexpected input without .md files: ${args._.join(', ')}`)
  const imported: ImportedMarkdownFile[] = []
  for (const path of files) imported.push(await importMarkdownFile(path, io.cwd, limits))
  for (const { file, documents } of imported) checkDocuments(file, documents)

  const failed = imported.filter(({ file }) => file.messages.some((message) => message.fatal === true))
  const clean = imported.filter((entry) => !failed.includes(entry))
  const merged = mergeDocuments(clean.flatMap(({ documents }) => documents))
  const report = reporter(
    imported.map(({ file }) => file),
    { quiet: false, color: false },
  )
  if (report) io.stderr.write(`${report}\n`)
  const mergeReport = formatReport(merged.issues)
  if (mergeReport) io.stderr.write(mergeReport)

  const docs = merged.documents.length
  const counted = `${docs} document${docs === 1 ? '' : 's'} from ${clean.length} of ${imported.length} file${imported.length === 1 ? '' : 's'}`
  const leftOut = failed.length > 0 ? `; left out, with errors: ${failed.map(({ file }) => file.path).join(', ')}` : ''
  if (outArg) {
    await writeNdjson(resolve(io.cwd, outArg), merged.documents)
    io.stderr.write(`Wrote ${counted} to ${outArg}${leftOut}.\n`)
  } else io.stderr.write(`Imported ${counted}${leftOut}.\n`)
  let code = failed.length > 0 || merged.issues.some((issue) => issue.severity === 'error') ? 1 : 0

  if (args.push) {
    const writer = contentLakeWriter(io.env)
    try {
      const result = await pushToContentLake(writer, merged.documents.map((doc) => doc.value), { host: pushHost(io.env) })
      io.stderr.write(pushSummary(result, io.env))
    } catch (error) {
      if (!(error instanceof PushError)) throw error
      io.stderr.write(`${error.message}\n`)
      code = 1
    }
  }
  return code
}

/** Writes NDJSON to a temporary file beside the target and renames it over: readers see the old file or the new one, whole. */
async function writeNdjson(out: string, documents: ReadonlyArray<RawDocument>) {
  const text = documents.map((doc) => `${JSON.stringify(doc.value)}\n`).join('')
  const tmp = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await mkdir(dirname(out), { recursive: true })
    await writeFile(tmp, text)
    await rename(tmp, out)
  } catch (error) {
    await rm(tmp, { force: true })
    throw new CliError('WRITE', `Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}; the previous file is unchanged`)
  }
}

function pushSummary(result: PushReport, env: PushEnv): string {
  const where = `${env.SANITY_PROJECT_ID ?? ''}/${env.SANITY_DATASET ?? ''}`
  const reasons = { edited: 'edited since the last import', draft: 'has a draft an editor is working on', type: 'has another _type' } as const
  let text = `Pushed to ${where}: ${result.created.length} created, ${result.replaced.length} replaced, ${result.unchanged.length} unchanged, ${result.skipped.length} left alone.\n`
  for (const skip of result.skipped) text += `  ${skip.id}: warning: left alone, ${reasons[skip.reason]}\n`
  return text
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  })
}
