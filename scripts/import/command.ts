/**
 * `jobld import <file.md|dir>... [--out <file.ndjson>] [--push]`: imports career articles
 * and vacancies from Markdown into Sanity documents, written as NDJSON (one document per
 * line, sorted by `_id`) and optionally pushed to the Content Lake.
 * Exit 0: every file imported cleanly; 1: some files had errors (the others are written) or
 * the push failed; 2: usage errors.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname } from 'node:path'
import type { ArgsDef, CommandDef, ParsedArgs } from 'citty'
import { reporter } from 'vfile-reporter'
import { formatReport } from '../core/formatReport.ts'
import { checkDocuments } from './lib/checkDocuments.ts'
import { linkTranslations } from './lib/linkTranslations.ts'
import { mergeDocuments } from './lib/mergeDocuments.ts'
import type { Issue } from '../core/issue.ts'
import type { RawDocument } from '../core/rawDocument.ts'
import { secretIssues } from '../core/secrets/findSecret.ts'
import { checkOutputPath } from '../export/io/checkOutputPath.ts'
import { CliError } from '../cli/cliError.ts'
import { helpArg } from '../cli/commandArgs.ts'
import type { CommandIo } from '../cli/commandIo.ts'
import { defineJobldCommand } from '../cli/defineJobldCommand.ts'
import { runCli } from '../cli/runCli.ts'
import type { Session } from '../cli/session.ts'
import { resolveLimits } from '../core/config/resolveLimits.ts'
import type { PushEnv, PushReport } from './io/pushToContentLake.ts'
import { loadSanityClient } from '../sources/loadSanityClient.ts'
import { importMarkdownFile, listMarkdownFiles, type ImportedMarkdownFile } from '../sources/readMarkdown.ts'
import { MIN_SECRET_LENGTH } from '../core/secrets/blankSecrets.ts'
import { secretForm } from '../core/secrets/secretForm.ts'

const importArgs = {
  input: { type: 'positional', description: 'Markdown files or folders (read recursively, .md only)', required: false },
  out: { type: 'string', description: 'The NDJSON file to write (written whole or not at all)' },
  push: { type: 'boolean', description: 'Write the documents to the Content Lake (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_TOKEN); with --out, as well as to the file', default: false },
  ...helpArg,
} as const satisfies ArgsDef

/**
 * `jobld import`.
 * @param session the run
 * @returns the citty command
 */
export function importCommand(session: Session): CommandDef<typeof importArgs> {
  return defineJobldCommand({ name: 'import', args: importArgs, run: importMarkdown }, session)
}

/** What the command may touch: streams, environment, working folder. */
export type ImportIo = CommandIo

/**
 * Runs `jobld import` in this process, as the entry point would.
 * @param rawArgs the arguments after `import`
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runImport(rawArgs: string[], io: ImportIo): Promise<number> {
  return runCli(['import', ...rawArgs], io)
}

/** Imports the Markdown the arguments name: writes the NDJSON file, pushes, reports. */
async function importMarkdown(args: ParsedArgs<typeof importArgs>, io: Session): Promise<number> {
  if (args._.length === 0) throw new CliError('USAGE', 'Unexpected call without input, expected Markdown files or folders: npm run import -- content --out documents.ndjson')
  const outArg = typeof args.out === 'string' && args.out !== '' ? args.out : undefined
  if (!outArg && !args.push)
    throw new CliError('USAGE', 'Unexpected call without --out or --push, expected the NDJSON file to write (--out documents.ndjson) or --push')

  // Checked before anything is read: the file must be jobld's to replace (scripts/export/io/checkOutputPath.ts).
  const out = outArg === undefined ? undefined : await checkOutputPath(outArg, 'ndjson', { cwd: io.cwd, home: io.env.HOME ?? homedir(), sources: args._ })
  const limits = resolveLimits(io.env)
  const files = await listMarkdownFiles(args._, io.cwd)
  if (files.length === 0) throw new CliError('USAGE', `Unexpected input without .md files: ${args._.join(', ')}`)
  const imported: ImportedMarkdownFile[] = []
  for (const path of files) imported.push(await importMarkdownFile(path, io.cwd, limits))
  for (const { file, documents } of imported) checkDocuments(file, documents)

  const failed = imported.filter(({ file }) => file.messages.some((message) => message.fatal === true))
  const clean = imported.filter((entry) => !failed.includes(entry))
  // Translations name their original by slug: linked once every file is read, as the export does.
  const linked = linkTranslations(clean.flatMap(({ documents }) => documents))
  const together = mergeDocuments(linked.documents)
  const merged = withoutSecretDocuments({ ...together, issues: [...linked.issues, ...together.issues] }, io.env.SANITY_API_TOKEN)
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
  if (out && docs === 0) io.stderr.write(`Imported no documents${leftOut}: ${outArg} left as it was.\n`)
  else if (out) {
    await writeNdjson(out, merged.documents)
    io.stderr.write(`Wrote ${counted} to ${outArg}${leftOut}.\n`)
  } else io.stderr.write(`Imported ${counted}${leftOut}.\n`)
  let code = failed.length > 0 || merged.issues.some((issue) => issue.severity === 'error') ? 1 : 0

  if (args.push) {
    await loadSanityClient()
    const { contentLakeWriter, PushError, pushHost, pushToContentLake } = await import('./io/pushToContentLake.ts')
    const writer = contentLakeWriter(io.env, limits)
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
    throw new CliError('WRITE', `Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}; the previous file is unchanged`, { cause: error })
  }
}

/**
 * Takes out every document that holds the API token (an article that quotes it): each is an
 * error at its fields, and it is neither written nor pushed.
 */
function withoutSecretDocuments<T extends { documents: RawDocument[]; issues: Issue[] }>(merged: T, secret: string | undefined): T {
  if (!secret || secretForm(secret).length < MIN_SECRET_LENGTH) return merged
  const issues: Issue[] = []
  const documents = merged.documents.filter((doc) => {
    const id = typeof doc.value._id === 'string' ? doc.value._id : '(unknown)'
    const type = typeof doc.value._type === 'string' ? doc.value._type : '(unknown)'
    const found = secretIssues(doc.value, secret, { id, type }).map((issue) => (doc.position ? { ...issue, position: doc.position } : issue))
    issues.push(...found)
    return found.length === 0
  })
  return { ...merged, documents, issues: [...merged.issues, ...issues] }
}

function pushSummary(result: PushReport, env: PushEnv): string {
  const where = `${env.SANITY_PROJECT_ID ?? ''}/${env.SANITY_DATASET ?? ''}`
  const reasons = { edited: 'edited since the last import', draft: 'has a draft an editor is working on', type: 'has another _type' } as const
  let text = `Pushed to ${where}: ${result.created.length} created, ${result.replaced.length} replaced, ${result.unchanged.length} unchanged, ${result.skipped.length} left alone.\n`
  for (const skip of result.skipped) text += `  ${skip.id}: warning: left alone, ${reasons[skip.reason]}\n`
  for (const note of result.recovered) text += `  ${note}\n`
  return text
}
