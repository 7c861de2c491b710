import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { VFile } from 'vfile'
import type { Issue } from '../core/issue.ts'
import { defaultLimits, type Limits } from '../core/limits.ts'
import { checkMarkdownSize } from '../import/lib/checkMarkdownSize.ts'
import { markdownToDocuments } from '../import/lib/markdownToDocuments.ts'
import { linkTranslations } from '../import/lib/linkTranslations.ts'
import { mergeDocuments } from '../import/lib/mergeDocuments.ts'
import { messageToIssue } from '../import/lib/messageToIssue.ts'
import type { RawDocument, SourceResult } from '../core/rawDocument.ts'
import { SourceError } from './sourceError.ts'

/** One imported Markdown file: the file with its messages, and its documents. */
export interface ImportedMarkdownFile {
  file: VFile
  documents: RawDocument[]
}

const isMarkdown = (name: string) => /\.md$/i.test(name)

/**
 * Lists the Markdown files under the given paths: a file as given, a folder's `.md` files
 * recursively, sorted by path (code unit order); each file once.
 * @param paths files and folders
 * @param cwd the folder relative paths start from (default: the process's); paths are returned as given
 * @returns the file paths
 */
export async function listMarkdownFiles(paths: ReadonlyArray<string>, cwd = '.'): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string) => {
    const entries = await readdir(resolve(cwd, dir), { withFileTypes: true })
    const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    for (const name of names) {
      const entry = entries.find((e) => e.name === name)
      if (!entry || name.startsWith('.')) continue
      if (entry.isDirectory()) await walk(join(dir, name))
      else if (entry.isFile() && isMarkdown(name)) out.push(join(dir, name))
    }
  }
  for (const path of paths) {
    const info = await stat(resolve(cwd, path)).catch((error: unknown) => {
      throw new SourceError(
        isErrno(error, 'ENOENT') ? 'ENOENT' : 'READ',
        isErrno(error, 'ENOENT') ? `Cannot read ${path}: no such file or folder` : `Cannot read ${path}: ${errorText(error)}`,
      )
    })
    if (info.isDirectory()) await walk(path)
    else out.push(path)
  }
  return [...new Set(out)]
}

/**
 * Reads and imports one Markdown file (a career article, or a vacancy by its front matter). A file
 * over the `markdownFileBytes` limit is not read: it gets an error at 1:1 and no documents.
 * @param path the file, as it appears in messages
 * @param cwd the folder a relative path starts from (default: the process's)
 * @param limits the limits in force (scripts/core/config/resolveLimits.ts reads them from the environment)
 * @returns the file with its messages, and the documents (none when it has errors)
 */
export async function importMarkdownFile(path: string, cwd = '.', limits: Limits = defaultLimits): Promise<ImportedMarkdownFile> {
  const fail = (error: unknown): never => {
    throw new SourceError(isErrno(error, 'ENOENT') ? 'ENOENT' : 'READ', `Cannot read ${path}: ${errorText(error)}`)
  }
  const info = await stat(resolve(cwd, path)).catch(fail)
  const empty = new VFile({ path, value: '' })
  if (!checkMarkdownSize(empty, info.size, limits)) return { file: empty, documents: [] }
  const bytes = await readFile(resolve(cwd, path)).catch(fail)
  const file = new VFile({ path, value: new Uint8Array(bytes) })
  const { documents } = markdownToDocuments(file, limits)
  return { file, documents }
}

/**
 * Reads Markdown articles and vacancies as a source for the export (`--from <dir|file.md>`):
 * their documents, one per `_id`, and every importer message as an issue with its
 * file:line:column (fatal → error, warning → warning, info → notice).
 * @param paths files and folders (folders recursively, `.md` only, sorted)
 * @param limits the limits in force
 * @returns documents and issues
 */
export async function readMarkdown(paths: string[], limits: Limits = defaultLimits): Promise<SourceResult> {
  const files = await listMarkdownFiles(paths)
  if (files.length === 0) throw new SourceError('EMPTY', `Unexpected ${paths.join(', ')} without Markdown files, expected .md articles or vacancies`)
  const imported: ImportedMarkdownFile[] = []
  for (const path of files) imported.push(await importMarkdownFile(path, '.', limits))
  const issues: Issue[] = imported.flatMap(({ file }) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => messageToIssue(message, file.path)),
  )
  // Translations name their original by slug: linked once every file is read.
  const linked = linkTranslations(imported.flatMap(({ documents }) => documents))
  const merged = mergeDocuments(linked.documents)
  return { documents: merged.documents, issues: [...issues, ...linked.issues, ...merged.issues] }
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
