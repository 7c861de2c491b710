/**
 * Helpers shared by the robustness tests: run the export command in-process, and take
 * byte-exact pictures of an output folder and of what lies beside it.
 */
import { lstat, mkdtemp, readdir, readFile, readlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { runExport, type CommandIo } from '../../scripts/export-jsonld.ts'

/** What one run of the command printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the export command as its entry point would, capturing both streams.
 * @param args the arguments after the script name
 * @param env the environment the command sees (nothing from the test process leaks in)
 * @param cwd the working folder
 * @returns exit code and output
 */
export async function runCli(args: string[], env: CommandIo['env'] = {}, cwd = process.cwd()): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runExport(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
  })
  return { code, stdout, stderr }
}

/**
 * Every file under a folder (through the output link) with its content; read as UTF-8, which
 * is all the export writes, so that a failing comparison shows a readable diff.
 * @param dir the folder or the link to it
 * @returns path relative to the folder → content
 */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = await readFile(path, 'utf8')
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** The output as a reader sees it, plus where its link points and what else lies beside it. */
export interface OutputState {
  /** Target of the `<out>` link, or `(folder)` when it is a real folder, `(none)` when absent. */
  link: string
  /** The files, as readTree gives them. */
  files: Record<string, string>
  /** Names in the parent folder that belong to this output (`.<name>.*`), sorted. */
  siblings: string[]
}

/**
 * Takes a picture of an output folder, to prove later that a failed run left it exactly as it was.
 * @param out the output path given to `--out`
 * @returns link target, files and siblings
 */
export async function outputState(out: string): Promise<OutputState> {
  const info = await lstat(out).catch(() => undefined)
  const link = info === undefined ? '(none)' : info.isSymbolicLink() ? await readlink(out) : '(folder)'
  const files = info === undefined ? {} : await readTree(out)
  const name = basename(out)
  const siblings = (await readdir(dirname(out))).filter((entry) => entry.startsWith(`.${name}.`)).sort()
  return { link, files, siblings }
}

/**
 * A fresh temporary folder.
 * @param label part of the folder name, to tell the tests' leftovers apart
 * @returns its path
 */
export function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `jobld-${label}-`))
}

/** The clock every robustness export runs against, so vacancies expire the same way each time. */
export const NOW = ['--now', '2026-11-26']
