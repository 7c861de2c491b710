/**
 * The output folder: a plain folder that changes from one whole version to the next, with a journal
 * in the output's cache folder so that a run killed at any moment is finished by the next jobld
 * command. Written by hand: no library journals a folder update.
 *
 * A write goes in three steps:
 * 1. **Staging.** The new version's changed files are written where a rename puts them in place:
 *    in `<cache>/write-<pid>-<id>/files/` when the cache folder and the output are on one file
 *    system, else into the output itself under temporary names (`.<name>.<id>.jobld-tmp`). A
 *    probe rename decides which, before anything is staged. The output's files are not touched.
 *    A failure or a kill here leaves the old output; the next command removes what was staged.
 * 2. **Commit.** Under the output's lock, the manifest in the output is read again: it must be the
 *    one the export started from. The files of the old version that the new one drops are checked
 *    to be jobld's (isWrittenByJobld) and recorded with their hashes; then `journal.json` is
 *    renamed into place: the new version is decided.
 * 3. **Apply.** A first export staged in the cache renames its whole folder into place; otherwise
 *    each staged file is renamed over its old one (each file is replaced atomically), the recorded
 *    files are removed when their bytes still match, and `manifest.json` goes last. A run killed
 *    here is finished by the next jobld command, which replays the journal (every step can be
 *    done twice); a failure here (a read-only file, a busy mount) leaves the journal and says so.
 *
 * Nothing that is read back is trusted: the intent and the journal are sealed with the cache
 * folder's key and read with their schema, they are used only for the output their cache folder
 * belongs to, a journal is replayed only onto the manifest it replaces (or found already applied),
 * removes only files that manifest lists, and no path is followed through a link.
 */
import { createHash, randomBytes } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs'
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { readManifestText } from '../lib/parseManifest.ts'
import type { ManifestEntry } from '../lib/renderFiles.ts'
import { isWrittenByJobld } from '../lib/trust/isWrittenByJobld.ts'
import { manifestFiles } from '../lib/trust/manifestFiles.ts'
import { outputFileKind } from '../lib/trust/outputFileKind.ts'
import type { Mac } from '../lib/trust/sealedLine.ts'
import { WriteIntent, WriteJournal, type Staging } from '../lib/trust/writeRecords.ts'
import { cacheFolderName } from './cacheDir.ts'
import { damagedManifestMessage, MANIFEST } from './checkOutputPath.ts'
import { describeFsError, errorCode } from './describeFsError.ts'
import { nodeSha256 } from './engine/nodeSha256.ts'
import { indexManifest, type ManifestIndex } from './manifestIndex.ts'
import { manifestStamp } from './manifestStamp.ts'
import { lockOutput, tryLockOutput } from './outputLock.ts'
import { cacheMac } from './trust/cacheMac.ts'
import { lstatInside, lstatInsideSync } from './trust/lstatInside.ts'
import { readSealedFile, writeSealedFile } from './trust/sealedFile.ts'
import { writeChunks } from './writeChunks.ts'

/**
 * The output as it is when an export starts: what its manifest lists, and that text's hash. The
 * manifest was read with its schema (readCurrent), or its bytes are the ones jobld wrote last, by
 * the content store's record of their hash, and are looked up where asked (trustedCurrent).
 */
export interface CurrentOutput {
  /** SHA-256 of the manifest's text. */
  hash: string
  /** The manifest file's stamp (manifestStamp) while its bytes were read, when it held still: the same stamp later means the same bytes. */
  stamp?: string | undefined
  /** The files the manifest lists, itself included: whether one is listed, and how many. */
  files: Pick<ReadonlySet<string>, 'has' | 'size'>
  /** Every file the manifest lists, itself included. */
  allFiles(): Iterable<string>
  /** The entry of the page at a `.jsonld` path. */
  page(path: string): ManifestEntry | undefined
  /** The manifest's bytes indexed, when the store vouched for them: the next manifest is spliced from them. */
  index?: ManifestIndex
}

/** An output's cache folder opened by one run: its lock is held and killed runs' writes are finished. */
export interface CacheSession {
  /** The output folder, absolute. */
  readonly out: string
  /** The output's cache folder. */
  readonly cacheDir: string
  /** The cache folder's keyed digest (scripts/export/io/trust/cacheMac.ts). */
  readonly mac: Mac
  /** What recovery did that the user should know. */
  readonly notices: ReadonlyArray<string>
  /** Releases the lock. */
  release(): Promise<void>
}

/** An output folder opened for writing its next version. */
export interface OutputWriter {
  /** The output folder, absolute. */
  readonly out: string
  /** Files the current version holds by jobld's manifest (relative paths); none for a new output. */
  readonly current: Pick<ReadonlySet<string>, 'has' | 'size'>
  /** Stages a file of the new version. */
  put(path: string, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void>
  /** Stages a file unless the output already holds exactly these bytes at that path (then keeps it). */
  putIfChanged(path: string, content: string): Promise<void>
  /** Whether the current version holds a file at `path`, by its manifest and on disk. */
  has(path: string): boolean
  /** Declares a file of the current version that the new version keeps as it is. */
  keep(path: string): void
  /** Declares a file of the current version that the new version drops (an update: the others are kept). */
  drop(path: string): void
  /** Makes the new version the output; `manifest.json` must have been put. */
  commit(): Promise<CommitResult>
  /** Throws the staged files away; the output stays as it was. */
  abort(): Promise<void>
}

/** What a commit did. */
export interface CommitResult {
  written: number
  removed: number
  kept: number
  /** Files of the old version that the new one drops but that no longer hold what jobld wrote: left where they are. */
  leftAlone: string[]
  /** SHA-256 of the new manifest's text. */
  manifestHash: string
}

const INTENT = 'intent.json'
const JOURNAL = 'journal.json'
const INTENT_CONTEXT = 'jobld-write-intent'
const JOURNAL_CONTEXT = 'jobld-output-journal'
/** A file of the old version larger than this is not read to prove it is jobld's (pages are far smaller). */
const MAX_PROOF_BYTES = 64 * 1024 * 1024

/**
 * Opens the cache folder of an output for one run: makes it, takes the output's lock, and finishes
 * or throws away what killed runs left for this output.
 * @param out the output folder, absolute, its links resolved
 * @param cacheDir the output's cache folder (cacheDirFor)
 * @returns the session; release it when the run ends
 * @throws CliError when the cache folder cannot be written, another run holds the lock, or a killed run's write cannot be finished
 */
export async function openCacheSession(out: string, cacheDir: string): Promise<CacheSession> {
  const unwritable = (error: unknown) =>
    new CliError(
      'WRITE',
      `Cannot write the cache folder ${cacheDir}: ${describeFsError(error)}, expected a folder jobld can write (every export keeps the journal of its write there, with --no-cache too); give another with --cache-dir or JOBLD_CACHE_DIR. Nothing was written.`,
      { cause: error },
    )
  try {
    await mkdir(cacheDir, { recursive: true })
  } catch (error) {
    throw unwritable(error)
  }
  const release = await lockOutput(out)
  try {
    const mac = await cacheMac(cacheDir).catch((error: unknown) => {
      throw unwritable(error)
    })
    const notices = await recoverCacheDir(cacheDir, mac, out)
    return { out, cacheDir, mac, notices, release }
  } catch (error) {
    await release()
    throw error
  }
}

/**
 * Opens an output folder for its next version. The folder must have passed checkOutputPath and
 * the session must hold its lock.
 * @param session the output's cache folder, opened
 * @param current the output as the export found it (undefined when it has no manifest)
 * @param secret the API token: a file holding it is never staged (the write fails instead)
 * @param update true when the caller (the content store) knows the output: the files it does not
 *   put, keep or drop stay as they are, and what is on disk is looked at only where asked
 * @returns the writer
 */
export async function openOutput(session: CacheSession, current: CurrentOutput | undefined, secret?: string, update = false): Promise<OutputWriter> {
  const { out, cacheDir, mac } = session
  const id = randomBytes(8).toString('hex')
  const work = join(cacheDir, `write-${process.pid}-${id}`)
  await mkdir(join(work, 'files'), { recursive: true })
  const exists = (await lstat(out).catch(() => undefined)) !== undefined
  const intent: WriteIntent = { format: 'jobld-write-intent', out, id, createdOut: null, createdFolders: [] }
  const saveIntent = () => writeSealedFile(join(work, INTENT), mac, INTENT_CONTEXT, intent)
  let staging: Staging
  try {
    // Recorded before the output is touched, so that a kill from here on is cleaned up after.
    if (!exists) intent.createdOut = out
    saveIntent()
    if (!exists) {
      const first = await mkdir(out, { recursive: true })
      if (first !== undefined && first !== out) {
        intent.createdOut = first
        saveIntent()
      }
    }
    staging = await probeStaging(work, out, id)
  } catch (error) {
    await cleanUncommitted(intent).catch(() => undefined)
    await rm(work, { recursive: true, force: true })
    if (error instanceof CliError) throw error
    throw new CliError('WRITE', `Cannot write ${out}: ${describeFsError(error)}. Nothing was written.`, { cause: error })
  }
  const puts = new Set<string>()
  const kept = new Set<string>()
  const folders = new Set<string>(['.'])
  let onDisk: Set<string> | undefined
  let manifestHash: string | undefined
  let finished = false
  const stagedPath = (path: string) => stagedFile(staging, work, out, id, path)

  const secretBytes = secret ? Buffer.from(secret) : undefined
  const clean = <T extends string | Uint8Array>(path: string, piece: T): T => {
    const holds = typeof piece === 'string' ? secret !== undefined && piece.includes(secret) : secretBytes !== undefined && Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).includes(secretBytes)
    if (holds) throw new CliError('SECRET', `Unexpected API token in ${path}, expected output without secrets; nothing was written`)
    return piece
  }
  const drops = new Set<string>()
  // Files are written synchronously, one at a time: the export has one writer, and threads (or
  // libuv's pool) creating files in one folder at once slow each other down many times over.
  const place = (path: string) => {
    if (outputFileKind(path) === undefined) throw new Error(`Unexpected output path "${path}", expected a file jobld writes into an output folder`)
    const folder = dirname(path)
    if (!folders.has(folder)) {
      if (staging === 'output') makeFolderSync(out, folder, intent, saveIntent)
      else mkdirSync(join(work, 'files', folder), { recursive: true })
      folders.add(folder)
    }
    puts.add(path)
    return stagedPath(path)
  }

  // A write to an open file names no path: say which file it was.
  const named = (file: string, error: unknown) => {
    if (error instanceof Error && !('path' in error)) Object.assign(error, { path: file })
    return error
  }
  const put = async (path: string, content: string | Uint8Array | Iterable<string | Uint8Array>) => {
    const file = place(path)
    if (typeof content === 'string' || content instanceof Uint8Array) {
      // A page's file (a few kilobytes, its text or the bytes a worker encoded): written in one call, as
      // the floor does; its hash is the manifest's business (the worker made it), so none is made here
      // unless this is the manifest.
      try {
        writeFileSync(file, clean(path, content))
      } catch (error) {
        throw named(file, error)
      }
      if (path === MANIFEST) manifestHash = createHash('sha256').update(content).digest('hex')
      return
    }
    const digest = await writeChunks(file, content, (piece) => clean(path, piece)).catch((error: unknown) => {
      throw named(file, error)
    })
    if (path === MANIFEST) manifestHash = digest
  }

  const discard = async () => {
    finished = true
    await cleanStaged(staging, work, out, id, [...puts])
    await cleanUncommitted(intent)
    await rm(work, { recursive: true, force: true })
  }

  return {
    out,
    current: current?.files ?? new Set(),
    put,
    async putIfChanged(path, content) {
      clean(path, content)
      if (current?.files.has(path) && sameBytes(join(out, path), content)) {
        kept.add(path)
        return
      }
      await put(path, content)
    },
    has(path) {
      // An update looks at the few files it is asked about; a full export lists the folder once
      // rather than a stat per file (200,000 stats take a second).
      if (update) return (current?.files.has(path) ?? false) && lstatInsideSync(out, path).kind === 'file'
      onDisk ??= listFiles(out)
      return (current?.files.has(path) ?? false) && onDisk.has(path)
    },
    keep(path) {
      if (outputFileKind(path) === undefined) throw new Error(`Unexpected output path "${path}", expected a file jobld writes into an output folder`)
      kept.add(path)
    },
    drop(path) {
      if (outputFileKind(path) === undefined) throw new Error(`Unexpected output path "${path}", expected a file jobld writes into an output folder`)
      drops.add(path)
    },
    async commit() {
      if (!puts.has(MANIFEST) || manifestHash === undefined) throw new Error(`Unexpected commit without ${MANIFEST}, expected the manifest to be staged`)
      let journal: WriteJournal
      let leftAlone: string[]
      try {
        ;({ journal, leftAlone } = await decide({ out, id, staging, current, puts, kept, drops: update ? drops : undefined, manifestHash, intent, stagedPath }))
        writeSealedFile(join(work, JOURNAL), mac, JOURNAL_CONTEXT, journal)
      } catch (error) {
        await discard()
        if (error instanceof CliError) throw error
        throw new CliError('WRITE', `Cannot write ${out}: ${describeFsError(error)}. Nothing was written; ${out} is as it was.`, { cause: error })
      }
      // Decided: from here on a failure is finished by the next command's recovery.
      finished = true
      // Proved a moment ago under the lock: the removed files are not read a second time.
      const outcome = await apply(work, journal, true, current)
      if (outcome === 'stale')
        throw new CliError('WRITE', `Unexpected change to ${out} while this export committed, expected it to stay as it was; nothing was written, run the export again`)
      await rm(work, { recursive: true, force: true })
      return { written: puts.size, removed: journal.remove.length, kept: kept.size, leftAlone, manifestHash }
    },
    async abort() {
      if (finished) return
      await discard()
    },
  }
}

/**
 * Finishes or throws away what killed runs left in a cache root: every committed write is applied
 * (or found stale and thrown away), every uncommitted one removed; writes that another live run is
 * doing are left to it. Every jobld command calls this when it starts. Never throws: what it could
 * not do is said in the notices.
 * @param cacheRoot the cache root (cacheRoot)
 * @returns one line per thing the user should know, each ending in a newline
 */
export async function recoverOutputs(cacheRoot: string): Promise<string[]> {
  const notices: string[] = []
  const folders = await readdir(cacheRoot, { withFileTypes: true }).catch(() => [])
  for (const entry of folders) {
    if (!entry.isDirectory()) continue
    const dir = join(cacheRoot, entry.name)
    const names = await readdir(dir).catch(() => [] as string[])
    if (!names.some((name) => name.startsWith('write-'))) continue
    try {
      const mac = await cacheMac(dir)
      notices.push(...(await recoverCacheDir(dir, mac, undefined)))
    } catch (error) {
      notices.push(`${error instanceof CliError ? error.message : `Cannot recover the writes left in ${dir}: ${describeFsError(error)}`}\n`)
    }
  }
  return notices
}

/**
 * Applies committed writes and removes uncommitted ones in one output's cache folder.
 * @param cacheDir the cache folder
 * @param mac its keyed digest
 * @param own the output whose lock this run holds, when it is this folder's
 * @returns notices
 * @throws CliError when a write of `own` cannot be finished
 */
async function recoverCacheDir(cacheDir: string, mac: Mac, own: string | undefined): Promise<string[]> {
  const notices: string[] = []
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith('write-')) continue
    const work = join(cacheDir, name)
    const info = await lstat(work).catch(() => undefined)
    if (!info?.isDirectory()) {
      await rm(work, { force: true })
      continue
    }
    const journal = await readSealedFile(join(work, JOURNAL), mac, JOURNAL_CONTEXT, WriteJournal)
    const intent = await readSealedFile(join(work, INTENT), mac, INTENT_CONTEXT, WriteIntent)
    const record = journal.state === 'ok' ? journal.value : journal.state === 'absent' && intent.state === 'ok' ? intent.value : undefined
    const bound = record !== undefined && basename(cacheDir) === cacheFolderName(record.out) && name.endsWith(`-${record.id}`)
    if (!record || !bound) {
      // Nothing it names is touched: only the cache folder's own entry goes.
      if (journal.state !== 'absent' || intent.state === 'bad')
        notices.push(
          `Removed ${join(work, journal.state !== 'absent' ? JOURNAL : INTENT)}: ${
            record && !bound ? `it names ${record.out}, which this cache folder is not for` : journal.state === 'bad' ? journal.problem : intent.state === 'bad' ? intent.problem : 'it cannot be read'
          }; no output was touched.\n`,
        )
      await rm(work, { recursive: true, force: true })
      continue
    }
    const held = record.out === own ? undefined : await tryLockOutput(record.out)
    // A live run is writing that output: the write is its own.
    if (held !== undefined && typeof held !== 'function') continue
    try {
      if (journal.state === 'ok') {
        const outcome = await apply(work, journal.value)
        if (outcome === 'stale') {
          await cleanStaged(journal.value.staging, work, journal.value.out, journal.value.id, journal.value.put)
          notices.push(
            `A write of ${record.out} that a killed run decided was not finished: ${record.out} changed since (its manifest.json is not the one that write replaced), so it was thrown away and nothing in ${record.out} was touched.\n`,
          )
        }
      } else if (intent.state === 'ok') await cleanUncommitted(intent.value)
      await rm(work, { recursive: true, force: true })
    } catch (error) {
      if (record.out === own) throw error
      notices.push(`${error instanceof CliError ? error.message : `Cannot finish the write of ${record.out} that a killed run left: ${describeFsError(error)}`}\n`)
    } finally {
      if (typeof held === 'function') await held()
    }
  }
  return notices
}

/** What the commit decides: the journal, and the old files it leaves alone because they are no longer jobld's. */
async function decide(input: {
  out: string
  id: string
  staging: Staging
  current: CurrentOutput | undefined
  puts: ReadonlySet<string>
  kept: ReadonlySet<string>
  /** An update's dropped files: the only ones removed (else every file of the old version not put or kept). */
  drops: ReadonlySet<string> | undefined
  manifestHash: string
  intent: WriteIntent
  stagedPath: (path: string) => string
}): Promise<{ journal: WriteJournal; leftAlone: string[] }> {
  const { out, current, puts, kept } = input
  // The lock keeps other jobld runs out; this catches any other writer (or a run with another lock folder).
  const now = await manifestHashOf(out, current)
  if (now !== (current?.hash ?? null))
    throw new CliError(
      'WRITE',
      `Unexpected change to ${out}/${MANIFEST} while this export ran (another program or jobld run wrote it), expected it to stay as it was; nothing was written, run the export again`,
    )
  const outInfo = await lstat(out).catch(() => undefined)
  if (!outInfo?.isDirectory()) throw new CliError('WRITE', `Unexpected ${out} that is no longer a folder, expected the output folder; nothing was written`)
  // No path is followed through a link, and no file jobld did not write is replaced.
  for (const folder of new Set([...puts, ...kept].map((path) => dirname(path)).filter((folder) => folder !== '.'))) {
    const found = lstatInsideSync(out, folder)
    if (found.kind === 'other' || found.kind === 'file')
      throw new CliError('WRITE', `Unexpected ${join(out, found.kind === 'other' ? found.at : folder)} that is not a folder (a link?), expected a plain folder: jobld writes through no links. Nothing was written.`)
  }
  for (const path of puts) {
    if (current?.files.has(path)) continue
    const found = lstatInsideSync(out, path)
    // A file with exactly the new bytes (left by an interrupted older version of jobld) loses nothing.
    if (found.kind !== 'absent' && !(found.kind === 'file' && sameFile(join(out, path), input.stagedPath(path))))
      throw new CliError('WRITE', `Unexpected ${join(out, path)} that jobld did not write, where the new version puts a file; move it away and export again. Nothing was written.`)
  }
  const pages = { get: (path: string) => current?.page(path) }
  const remove: WriteJournal['remove'] = []
  const leftAlone: string[] = []
  for (const path of [...(input.drops ?? current?.allFiles() ?? [])].sort()) {
    if (path === MANIFEST || puts.has(path) || kept.has(path) || !current?.files.has(path)) continue
    const found = lstatInsideSync(out, path)
    if (found.kind === 'absent') continue
    const text = found.kind === 'file' && found.stats.size <= MAX_PROOF_BYTES ? readFileSync(join(out, path), 'utf8') : undefined
    if (text !== undefined && isWrittenByJobld(path, text, pages, nodeSha256)) remove.push({ path, sha256: nodeSha256(text) })
    else leftAlone.push(path)
  }
  const whole = input.staging === 'cache' && current === undefined && (await isEmptyDir(out))
  const put = [...puts].filter((path) => path !== MANIFEST).sort()
  put.push(MANIFEST)
  const journal: WriteJournal = {
    format: 'jobld-output-journal',
    version: 2,
    out,
    id: input.id,
    staging: input.staging,
    whole,
    replaces: current?.hash ?? null,
    manifest: input.manifestHash,
    put: whole ? [] : put,
    remove,
    createdOut: input.intent.createdOut,
    createdFolders: input.intent.createdFolders,
  }
  return { journal, leftAlone }
}

/**
 * Replays a journal; every step may already have been done by a run that was killed. Applied only
 * onto the manifest it replaces (or found done when the new one is there): anything else means the
 * output changed since, and then nothing is touched.
 * @param work the write's folder in the cache
 * @param journal the journal
 * @param proven the commit checked the files to remove just now (else each is read again: a replay)
 * @param known the manifest as the commit read it: the same stamp still means the same hash
 * @returns `done`, or `stale` when the journal no longer fits the output
 * @throws CliError saying what is on disk when a step fails
 */
async function apply(work: string, journal: WriteJournal, proven = false, known?: Pick<CurrentOutput, 'hash' | 'stamp'>): Promise<'done' | 'stale'> {
  const { out } = journal
  const now = await manifestHashOf(out, known)
  // Every step can be done twice, so the replaced manifest means "apply", even when the new one has the same bytes.
  if (now !== journal.replaces) return now === journal.manifest ? 'done' : 'stale'
  // A version that replaces no manifest removes nothing, and lands only in a folder that was absent
  // or empty (whole) or holds its own temporary files (output staging): never in someone else's folder.
  if (journal.replaces === null && (journal.remove.length > 0 || (!journal.whole && journal.staging === 'cache'))) return 'stale'
  if (journal.replaces !== null && !proven) {
    // Only what the replaced manifest lists is ever removed, whatever the journal says.
    const listed = readCurrent(await readFile(join(out, MANIFEST), 'utf8'), out).files
    if (!journal.remove.every(({ path }) => listed.has(path))) return 'stale'
  }
  const total = journal.whole ? 1 : journal.put.length + journal.remove.length
  let done = 0
  try {
    if (journal.whole) {
      const outInfo = await lstat(out).catch(() => undefined)
      if (outInfo && !(outInfo.isDirectory() && (await isEmptyDir(out)))) return 'stale'
      await rename(join(work, 'files'), out)
      done = 1
      return 'done'
    }
    const outInfo = await lstat(out).catch(() => undefined)
    if (!outInfo?.isDirectory()) {
      // Output staging made the folder; a user who removed it since removed the staged files too.
      return 'stale'
    }
    for (const folder of new Set(journal.put.map((path) => dirname(path)).filter((folder) => folder !== '.'))) await realFolder(out, folder)
    for (const path of journal.put) {
      if (path === MANIFEST) continue
      await moveInto(stagedFile(journal.staging, work, out, journal.id, path), out, path)
      done += 1
    }
    const emptied = new Set<string>()
    for (const { path, sha256 } of journal.remove) {
      const found = lstatInsideSync(out, path)
      // Removed only while it still holds the bytes the commit proved to be jobld's.
      if (found.kind === 'file' && (proven || (found.stats.size <= MAX_PROOF_BYTES && nodeSha256(readFileSync(join(out, path), 'utf8')) === sha256))) {
        await unlink(join(out, path)).catch(ignoreMissing)
        emptied.add(dirname(path))
      }
      done += 1
    }
    for (const folder of emptied) await removeEmptyFolders(out, folder)
    await moveInto(stagedFile(journal.staging, work, out, journal.id, MANIFEST), out, MANIFEST)
    return 'done'
  } catch (error) {
    throw new CliError(
      'WRITE',
      `Cannot finish writing ${out}: ${describeFsError(error)}. The new version was decided and is partly in place (${done} of ${total} changes made; ${
        journal.replaces === null ? `${out} has no manifest.json yet` : 'manifest.json still lists the old version'
      }). Fix the cause and run any jobld command: it finishes the write.`,
      { cause: error },
    )
  }
}

/** Where a staged file waits: in the cache folder, or in the output beside its place under a temporary name. */
function stagedFile(staging: Staging, work: string, out: string, id: string, path: string): string {
  if (staging === 'cache') return join(work, 'files', path)
  const folder = dirname(path)
  return join(out, folder, `.${basename(path)}.${id}.jobld-tmp`)
}

/**
 * Decides where the new version is staged: a rename from the cache folder into the output is tried
 * with an empty file (`.jobld-probe-<id>`, removed at once). It works when both are on one file
 * system and mount; EXDEV (another file system, a bind mount, an overlay) means staging in the output.
 */
async function probeStaging(work: string, out: string, id: string): Promise<Staging> {
  const probe = join(work, 'probe')
  await writeFile(probe, '')
  const target = join(out, `.jobld-probe-${id}`)
  try {
    await rename(probe, target)
  } catch (error) {
    if (errorCode(error) === 'EXDEV') return 'output'
    throw error
  }
  await unlink(target)
  return 'cache'
}

/** Makes a folder inside the output for staging in it, recording it before it exists; never through a link. */
function makeFolderSync(out: string, folder: string, intent: WriteIntent, save: () => void): void {
  let at = ''
  for (const part of folder.split('/')) {
    at = at ? `${at}/${part}` : part
    const info = (() => {
      try {
        return lstatSync(join(out, at))
      } catch {
        return undefined
      }
    })()
    if (info?.isDirectory()) continue
    if (info) throw new CliError('WRITE', `Unexpected ${join(out, at)} that is not a folder (a link?), expected a plain folder: jobld writes through no links. Nothing was written.`)
    intent.createdFolders.push(at)
    save()
    mkdirSync(join(out, at))
  }
}

/** Makes sure a folder inside the output is a real folder (made when absent), never a link. */
async function realFolder(out: string, folder: string): Promise<void> {
  const found = await lstatInside(out, folder)
  if (found.kind === 'folder') return
  if (found.kind !== 'absent') throw new CliError('WRITE', `Unexpected ${join(out, found.kind === 'other' ? found.at : folder)} that is not a folder (a link?), expected a plain folder`)
  await mkdir(join(out, folder), { recursive: true })
}

/** Moves one staged file over its place in the output (one file system: a rename). */
async function moveInto(from: string, out: string, path: string): Promise<void> {
  try {
    await rename(from, join(out, path))
  } catch (error) {
    // Moved by the run that was killed.
    if (errorCode(error) === 'ENOENT' && (await lstatInside(out, path)).kind === 'file') return
    throw error
  }
}

/** Removes the staged files of a write that will not be applied (output staging leaves them in the output). */
async function cleanStaged(staging: Staging, work: string, out: string, id: string, paths: ReadonlyArray<string>): Promise<void> {
  if (staging === 'cache') return
  for (const path of paths) {
    const temp = stagedFile(staging, work, out, id, path)
    const found = await lstatInside(out, temp.slice(out.length + 1))
    if (found.kind === 'file') await unlink(temp).catch(ignoreMissing)
  }
}

/**
 * Removes what an uncommitted write put in the output: its probe, its temporary files (their names
 * hold the write's random id), the folders it made when they are empty, the output folder itself
 * when it made it and it is empty.
 */
async function cleanUncommitted(intent: WriteIntent): Promise<void> {
  const { out, id } = intent
  const outInfo = await lstat(out).catch(() => undefined)
  if (!outInfo?.isDirectory()) return
  const suffix = `.${id}.jobld-tmp`
  const visit = async (folder: string) => {
    const entries = await readdir(join(out, folder), { withFileTypes: true }).catch(() => [] as Dirent[])
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(path)
      else if (entry.isFile() && ((entry.name.startsWith('.') && entry.name.endsWith(suffix)) || entry.name === `.jobld-probe-${id}`)) await unlink(join(out, path)).catch(ignoreMissing)
    }
  }
  await visit('')
  for (const folder of [...intent.createdFolders].reverse()) await rmdir(join(out, folder)).catch(() => undefined)
  // The folders made for the output, from it up to the first one made, while they are empty.
  const first = intent.createdOut
  if (first === null || !(first === out || out.startsWith(`${first}/`))) return
  for (let folder = out; ; folder = dirname(folder)) {
    if (!(await rmdir(folder).then(() => true, () => false)) || folder === first) return
  }
}

/** Removes a folder that removed files left empty, and the ones above it, up to (not including) the output. */
async function removeEmptyFolders(out: string, start: string): Promise<void> {
  for (let folder = start; folder !== '.'; folder = dirname(folder)) {
    if (lstatInsideSync(out, folder).kind !== 'folder') return
    try {
      await rmdir(join(out, folder))
    } catch {
      return
    }
  }
}

/**
 * The SHA-256 of the output's manifest.json text, or null when there is none; the hash already
 * known for it when the file has the stamp it had when that hash was taken (no write keeps
 * inode, size and change time), so that an update does not read and hash 30 MB again.
 */
async function manifestHashOf(out: string, known?: Pick<CurrentOutput, 'hash' | 'stamp'>): Promise<string | null> {
  if (known?.stamp !== undefined && manifestStamp(join(out, MANIFEST)) === known.stamp) return known.hash
  const found = await lstatInside(out, MANIFEST).catch(() => ({ kind: 'absent' }) as const)
  if (found.kind === 'absent') return null
  if (found.kind !== 'file') return 'not a file'
  const bytes = await readFile(join(out, MANIFEST)).catch(() => undefined)
  return bytes === undefined ? null : createHash('sha256').update(bytes).digest('hex')
}

/**
 * Reads the output's manifest text with its schema.
 * @param text the text of `<out>/manifest.json`
 * @param out the output folder, for the message
 * @param hash the SHA-256 of the file's bytes, when the caller has it
 * @param stamp the file's stamp while its bytes were read (manifestStamp), when it held still
 * @returns the current output
 * @throws CliError when it is not a sound jobld manifest
 */
export function readCurrent(text: string, out: string, hash = nodeSha256(text), stamp?: string): CurrentOutput {
  const read = readManifestText(text)
  if (read.kind !== 'manifest') throw new CliError('OUTPUT', damagedManifestMessage(out, read.kind === 'damaged' ? read.problem : 'it has no "generator": "jobld"'))
  const files = manifestFiles(read.manifest)
  const pages = new Map<string, ManifestEntry>(read.manifest.pages.map((entry) => [entry.path, entry]))
  return { hash, stamp, files, allFiles: () => files, page: (path) => pages.get(path) }
}

/**
 * The output as its manifest's bytes say, without reading them with their schema: only for bytes
 * whose hash the content store recorded when jobld wrote them (the store is sealed with the cache
 * folder's key, so a manifest edited since has another hash and is read with readCurrent).
 * @param bytes the bytes of `<out>/manifest.json`
 * @param hash their SHA-256, which the trusted store recorded
 * @param stamp the file's stamp while its bytes were read (manifestStamp), when it held still
 * @returns the current output, or undefined when the bytes are not laid out as jobld writes them (then read them with readCurrent)
 */
export function trustedCurrent(bytes: Buffer, hash: string, stamp?: string): CurrentOutput | undefined {
  const index = indexManifest(bytes)
  if (!index) return undefined
  const sitemaps = new Set(index.files)
  const page = (path: string) => (outputFileKind(path) === 'jsonld' ? index.entry(path) : undefined)
  const has = (path: string) => {
    if (path === MANIFEST || sitemaps.has(path)) return true
    const kind = outputFileKind(path)
    if (kind === 'jsonld') return page(path) !== undefined
    return kind === 'html' && page(path.replace(/\.html$/, '.jsonld'))?.html === path
  }
  const allFiles = function* () {
    yield MANIFEST
    yield* sitemaps
    for (let i = 0; i < index.starts.length; i += 1) {
      const path = index.pathAt(i)
      const entry = path === undefined ? undefined : page(path)
      if (entry) yield* [entry.path, entry.html]
    }
  }
  return { hash, stamp, files: { has, size: 1 + sitemaps.size + 2 * index.starts.length }, allFiles, page, index }
}

/** Every file below a folder, as paths relative to it (`/`-separated); links are not followed. */
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

function sameBytes(file: string, content: string): boolean {
  try {
    const info = lstatSync(file)
    return info.isFile() && info.size === Buffer.byteLength(content) && readFileSync(file).equals(Buffer.from(content))
  } catch {
    return false
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b))
  } catch {
    return false
  }
}

async function isEmptyDir(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => undefined)
  return entries !== undefined && entries.length === 0
}

function ignoreMissing(error: unknown): void {
  if (errorCode(error) !== 'ENOENT') throw error
}
