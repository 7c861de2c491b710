/**
 * The output folder: a plain folder (no links, nothing hidden inside it or beside it) that changes
 * from one whole version to the next, with a journal in the cache folder so that a run killed at
 * any moment is finished by the next jobld command.
 *
 * A write goes in three steps:
 * 1. **Staging.** The new version's changed files are written under `<cache>/write-<pid>-<id>/files/`;
 *    the output is not touched. A run killed here leaves the old output; the next command removes the
 *    staging folder.
 * 2. **Commit.** `journal.json` is renamed into place beside the staged files: from here on the new
 *    version is decided.
 * 3. **Apply.** A new output folder is renamed into place whole (first export), or each staged file is
 *    renamed over its old one, the files of pages that are gone are removed, and `manifest.json` goes
 *    last. A run killed here is finished by the next jobld command, which replays the journal (every
 *    step can be done twice).
 *
 * Readers therefore see, at every moment, each file whole (rename(2) replaces a file atomically);
 * during the apply step of an update (milliseconds for a few pages) some files can already be new
 * while `manifest.json` is still old. jobld only removes files that the previous manifest lists.
 * Written by hand: no library journals a folder update.
 */
import { createHash, randomBytes } from 'node:crypto'
import { constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs'
import { copyFile, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { writeChunks } from './writeChunks.ts'

/** The journal of one write: what the apply step does. */
interface Journal {
  format: 'jobld-output-journal'
  /** The output folder, absolute. */
  out: string
  /** `whole`: rename the staged folder to `out`; `files`: rename file by file. */
  mode: 'whole' | 'files'
  /** Staged files to move into place (relative paths, `manifest.json` last). */
  put: string[]
  /** Files of the previous version to remove. */
  remove: string[]
}

/** An output folder opened for writing its next version. */
export interface OutputWriter {
  /** The output folder, absolute. */
  readonly out: string
  /**
   * Files the current version holds by jobld's manifest (relative paths); empty for a new output;
   * undefined when the caller knows them (the content store) and names the ones it drops.
   */
  readonly current: ReadonlySet<string> | undefined
  /** Whether the output holds a version already (a manifest jobld wrote). */
  readonly exists: boolean
  /** Stages a file of the new version. */
  put(path: string, content: string | Iterable<string | Uint8Array>): Promise<void>
  /** Stages a file unless the output already holds exactly these bytes at that path (then keeps it). */
  putIfChanged(path: string, content: string): Promise<void>
  /** Whether the current version holds a file at `path`, by its manifest and on disk. */
  has(path: string): boolean
  /** Declares a file of the current version that the new version keeps as it is. */
  keep(path: string): void
  /** Declares a file of the current version that the new version drops (when `current` is undefined). */
  drop(path: string): void
  /** Makes the new version the output; `manifest.json` must have been put. Gives the manifest's SHA-256. */
  commit(): Promise<{ written: number; removed: number; kept: number; manifestHash: string }>
  /** Throws the staged files away; the output stays as it was. */
  abort(): Promise<void>
}

/**
 * Opens an output folder for its next version. The folder must have passed checkOutputPath.
 * Takes the folder's lock (one writer at a time) and finishes any write a killed run left.
 * @param out the output folder, absolute
 * @param cacheDir the output's cache folder (cacheDirFor)
 * @param current the files of the current version, from its manifest (empty when there is none),
 *   or, for an update the content store plans, `{ exists: true }`: then the files it drops are named
 * @param secret the API token: a file holding it is never staged (the write fails instead)
 * @returns the writer
 */
export async function openOutput(out: string, cacheDir: string, current: ReadonlySet<string> | { exists: true }, secret?: string): Promise<OutputWriter> {
  await mkdir(cacheDir, { recursive: true })
  const release = await lock(cacheDir, out)
  try {
    await recoverDir(cacheDir)
  } catch (error) {
    await release()
    throw error
  }
  const work = join(cacheDir, `write-${process.pid}-${randomBytes(4).toString('hex')}`)
  const staged = join(work, 'files')
  await mkdir(staged, { recursive: true })
  const listed = current instanceof Set ? current : undefined
  const puts = new Set<string>()
  const kept = new Set<string>()
  const drops = new Set<string>()
  let onDisk: Set<string> | undefined
  const dirs = new Set<string>()
  let finished = false
  let manifestHash: string | undefined

  const secretBytes = secret ? Buffer.from(secret) : undefined
  const clean = <T extends string | Uint8Array>(path: string, piece: T): T => {
    const holds = typeof piece === 'string' ? secret !== undefined && piece.includes(secret) : secretBytes !== undefined && Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).includes(secretBytes)
    if (holds) throw new CliError('SECRET', `Unexpected API token in ${path}, expected output without secrets; nothing was written`)
    return piece
  }
  const held = (path: string) => (listed ? listed.has(path) : current !== listed)
  // Files are written synchronously, one at a time: the export has one writer, and threads (or
  // libuv's pool) creating files in one folder at once slow each other down many times over.
  const place = (path: string) => {
    checkRelative(path)
    const file = join(staged, path)
    const dir = dirname(file)
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      dirs.add(dir)
    }
    puts.add(path)
    return file
  }

  return {
    out,
    current: listed,
    exists: listed ? listed.size > 0 : true,
    async put(path, content) {
      const file = place(path)
      if (typeof content === 'string') {
        writeFileSync(file, clean(path, content))
        if (path === MANIFEST) manifestHash = createHash('sha256').update(content).digest('hex')
      } else {
        const hash = await writeChunks(file, content, (piece) => clean(path, piece))
        if (path === MANIFEST) manifestHash = hash
      }
    },
    async putIfChanged(path, content) {
      clean(path, content)
      if (held(path) && sameBytes(join(out, path), content)) {
        kept.add(path)
        return
      }
      writeFileSync(place(path), content)
    },
    has(path) {
      // One listing of the folder rather than a stat per file: 200,000 stats take a second.
      if (!listed) return isFile(join(out, path))
      onDisk ??= listFiles(out)
      return listed.has(path) && onDisk.has(path)
    },
    keep(path) {
      checkRelative(path)
      kept.add(path)
    },
    drop(path) {
      checkRelative(path)
      drops.add(path)
    },
    async commit() {
      if (!puts.has(MANIFEST) || manifestHash === undefined) throw new Error(`Unexpected commit without ${MANIFEST}, expected the manifest to be staged`)
      finished = true
      const remove = [...(listed ?? drops)].filter((path) => !puts.has(path) && !kept.has(path)).sort()
      const whole = !existsSync(out) || (listed !== undefined && listed.size === 0 && (await isEmptyDir(out)))
      const mode = whole && (await sameDevice(staged, out)) ? 'whole' : 'files'
      const put = [...puts].filter((p) => p !== MANIFEST).sort()
      put.push(MANIFEST)
      const journal: Journal = { format: 'jobld-output-journal', out, mode, put: mode === 'whole' ? [] : put, remove }
      try {
        await writeFile(join(work, 'journal.tmp'), JSON.stringify(journal))
        await rename(join(work, 'journal.tmp'), join(work, 'journal.json'))
      } catch (error) {
        await rm(work, { recursive: true, force: true })
        await release()
        throw error
      }
      // Decided: from here on a failure is finished by the next run's recovery.
      await apply(work, journal)
      await rm(work, { recursive: true, force: true })
      await release()
      return { written: puts.size, removed: remove.length, kept: kept.size, manifestHash }
    },
    async abort() {
      if (finished) return
      finished = true
      await rm(work, { recursive: true, force: true })
      await release()
    },
  }
}

/**
 * Finishes or throws away what killed runs left in a cache root: every committed write is
 * applied, every uncommitted one removed. Every jobld command calls this when it starts.
 * @param cacheRoot the cache root (cacheRoot)
 */
export async function recoverOutputs(cacheRoot: string): Promise<void> {
  const outputs = await readdir(cacheRoot, { withFileTypes: true }).catch(() => [])
  for (const entry of outputs) {
    if (!entry.isDirectory()) continue
    const dir = join(cacheRoot, entry.name)
    const names = await readdir(dir).catch(() => [] as string[])
    if (!names.some((name) => name.startsWith('write-'))) continue
    const release = await lock(dir, dir).catch(() => undefined)
    // Held by a live run: that run finishes its own write.
    if (!release) continue
    try {
      await recoverDir(dir)
    } finally {
      await release()
    }
  }
}

/** Applies committed writes and removes uncommitted ones in one output's cache folder (its lock held). */
async function recoverDir(cacheDir: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith('write-')) continue
    const work = join(cacheDir, name)
    const text = await readFile(join(work, 'journal.json'), 'utf8').catch(() => undefined)
    const journal = text === undefined ? undefined : parseJournal(text)
    if (journal) await apply(work, journal)
    await rm(work, { recursive: true, force: true })
  }
}

/** Replays a journal; every step may already have been done by a run that was killed. */
async function apply(work: string, journal: Journal): Promise<void> {
  const staged = join(work, 'files')
  const { out } = journal
  if (journal.mode === 'whole') {
    if (!existsSync(staged)) return
    if (existsSync(out)) {
      // Only an empty folder can stand in the way (checked when the write began).
      if (!(await isEmptyDir(out))) throw new CliError('OUTPUT', `Unexpected files in ${out} while jobld was writing it, expected it to stay empty; nothing was replaced`)
      await rmdir(out)
    }
    await mkdir(dirname(out), { recursive: true })
    await rename(staged, out)
    return
  }
  // An output the user removed since the killed run: nothing to finish.
  if (!existsSync(out)) return
  const made = new Set<string>()
  for (const path of journal.put) {
    if (path === MANIFEST) continue
    await moveInto(staged, out, path, made)
  }
  for (const path of journal.remove) {
    await unlink(join(out, path)).catch(ignoreMissing)
    await removeEmptyParents(out, path)
  }
  await moveInto(staged, out, MANIFEST, made)
}

/** Moves one staged file over its place in the output (copy and rename across file systems). */
async function moveInto(staged: string, out: string, path: string, made: Set<string>): Promise<void> {
  const from = join(staged, path)
  const to = join(out, path)
  const dir = dirname(to)
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true })
    made.add(dir)
  }
  try {
    await rename(from, to)
  } catch (error) {
    if (code(error) === 'ENOENT') return // moved by the run that was killed
    if (code(error) !== 'EXDEV') throw error
    const tmp = `${to}.jobld-tmp`
    await copyFile(from, tmp, constants.COPYFILE_FICLONE)
    await rename(tmp, to)
    await unlink(from).catch(ignoreMissing)
  }
}

/** Removes the folders above a removed file that it leaves empty, up to (not including) the output. */
async function removeEmptyParents(out: string, path: string): Promise<void> {
  for (let dir = dirname(join(out, path)); dir !== out && dir.startsWith(out); dir = dirname(dir)) {
    try {
      await rmdir(dir)
    } catch {
      return
    }
  }
}

/**
 * Takes the lock of an output: a file holding the pid of the run that writes it. A lock whose
 * process is gone is taken over; a live one is an error (one writer per output at a time).
 */
async function lock(cacheDir: string, out: string): Promise<() => Promise<void>> {
  const file = join(cacheDir, 'lock')
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(file, { force: true })
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error
      const pid = Number(await readFile(file, 'utf8').catch(() => ''))
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new CliError('BUSY', `Unexpected second jobld run writing ${out} (process ${pid} is writing it), expected one at a time; wait for it to finish`)
      await rm(file, { force: true })
    }
  }
  throw new CliError('BUSY', `Unexpected lock ${file} that cannot be taken, expected to write ${out}`)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return code(error) === 'EPERM'
  }
}

function parseJournal(text: string): Journal | undefined {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return undefined
    if (!('format' in value) || value.format !== 'jobld-output-journal') return undefined
    if (!('out' in value) || typeof value.out !== 'string' || !('mode' in value) || (value.mode !== 'whole' && value.mode !== 'files')) return undefined
    const put = 'put' in value && Array.isArray(value.put) ? value.put.filter((p): p is string => typeof p === 'string') : []
    const remove = 'remove' in value && Array.isArray(value.remove) ? value.remove.filter((p): p is string => typeof p === 'string') : []
    for (const path of [...put, ...remove]) checkRelative(path)
    return { format: 'jobld-output-journal', out: resolve(value.out), mode: value.mode, put, remove }
  } catch {
    return undefined
  }
}

/** Paths come from validated slugs; refuse anything that would land outside the folder anyway. */
function checkRelative(path: string): void {
  if (path === '' || path.startsWith('/') || path.split(/[\\/]/).some((part) => part === '..' || part === '' || part === '.'))
    throw new Error(`Unexpected output path "${path}", expected a path inside the output folder`)
}

/** Every file below a folder, as paths relative to it (`/`-separated). */
function listFiles(dir: string, prefix = '', found = new Set<string>()): Set<string> {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return found // no folder: no files
  }
  for (const entry of entries) {
    if (entry.isFile()) found.add(prefix + entry.name)
    else if (entry.isDirectory()) listFiles(join(dir, entry.name), `${prefix}${entry.name}/`, found)
  }
  return found
}

function isFile(file: string): boolean {
  try {
    return lstatSync(file).isFile()
  } catch {
    return false
  }
}

function sameBytes(file: string, content: string): boolean {
  try {
    const info = lstatSync(file)
    return info.isFile() && info.size === Buffer.byteLength(content) && readFileSync(file).equals(Buffer.from(content))
  } catch {
    return false
  }
}

async function isEmptyDir(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => undefined)
  return entries !== undefined && entries.length === 0
}

/** Whether a rename from `from` to `to` stays on one file system. */
async function sameDevice(from: string, to: string): Promise<boolean> {
  let existing = to
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing)
  const [a, b] = await Promise.all([stat(from), stat(existing)])
  return a.dev === b.dev
}

function code(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

function ignoreMissing(error: unknown): void {
  if (code(error) !== 'ENOENT') throw error
}
