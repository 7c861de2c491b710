/**
 * Helpers shared by the robustness tests: run the export command in-process, and take
 * byte-exact pictures of an output folder and of what lies beside it.
 */
import { lstat, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { runExport, type CommandIo } from '../../scripts/export/command.ts'
import { runCli as runJobldCli } from '../../scripts/cli/runCli.ts'

/** Where in-process runs keep their caches unless a test says otherwise: not in the repository's node_modules. */
const testCacheRoot = join(tmpdir(), `jobld-test-cache-${process.pid}`)

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
  return captured((streams) => runExport(args, { ...streams, env: { JOBLD_CACHE_DIR: testCacheRoot, ...env }, cwd }))
}

/**
 * Runs a command with both streams captured.
 * @param run the command, given the two streams
 * @returns its exit code and what it wrote
 */
export async function captured(run: (streams: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }) => Promise<number>): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await run({
    stdout: { write: (s: string) => Boolean((stdout += s)) },
    stderr: { write: (s: string) => Boolean((stderr += s)) },
  })
  return { code, stdout, stderr }
}

/**
 * Runs any `jobld` command line in-process, as the bin would.
 * @param argv the arguments after `jobld` (`['export', '--from', …]`)
 * @param env the environment the command sees
 * @param cwd the working folder
 * @returns exit code and output
 */
export async function runJobld(argv: string[], env: CommandIo['env'] = {}, cwd = process.cwd()): Promise<CliRun> {
  return captured((streams) => runJobldCli(argv, { ...streams, env: { JOBLD_CACHE_DIR: testCacheRoot, ...env }, cwd, version: 'test' }))
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

/** The output as a reader sees it, plus what else lies beside it. */
export interface OutputState {
  /** `(folder)`, `(none)` when absent, or `(other)` for anything else. */
  kind: string
  /** The files, as readTree gives them. */
  files: Record<string, string>
  /** Names in the parent folder that start with the output's name (nothing of jobld's may lie beside it), sorted. */
  siblings: string[]
}

/**
 * Takes a picture of an output folder, to prove later that a failed run left it exactly as it was.
 * @param out the output path given to `--out`
 * @returns kind, files and siblings
 */
export async function outputState(out: string): Promise<OutputState> {
  const info = await lstat(out).catch(() => undefined)
  const kind = info === undefined ? '(none)' : info.isDirectory() ? '(folder)' : '(other)'
  const files = info?.isDirectory() ? await readTree(out) : {}
  const name = basename(out)
  const siblings = (await readdir(dirname(out))).filter((entry) => entry !== name && (entry.startsWith(name) || entry.startsWith(`.${name}`))).sort()
  return { kind, files, siblings }
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
