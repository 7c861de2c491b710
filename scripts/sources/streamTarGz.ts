import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { constants, createGunzip } from 'node:zlib'
import { Parser, type ReadEntry } from 'tar'
import { limitDefinitions, type Limits } from '../core/limits.ts'
import { ndjsonRawLines, type NdjsonRawLine } from './readNdjson.ts'
import { SourceError } from './sourceError.ts'

// `sanity dataset export` writes `<folder>/data.ndjson`; accept it at the root too.
const DATA_FILE = /^(?:\.\/)?(?:[^/]+\/)?data\.ndjson$/

/** Below this many unpacked bytes the ratio is not checked: tiny archives compress oddly. */
const RATIO_FLOOR = 1 << 20

/** What a stream of an archive found. */
export interface TarGzRead {
  /** The name positions use for its dataset file: `<archive>!/<inner path>`. */
  name: string
  /** Non-blank lines of the dataset file handed over. */
  lines: number
}

/**
 * Streams the lines of a `sanity dataset export` archive's `data.ndjson` out of the .tar.gz, one
 * at a time, waiting for `onLine` before reading on: nothing of the archive is held but the line
 * at hand and the stream's buffers. Entries come in any order; asset folders are skipped unread;
 * nothing is ever written to disk. The archive is unpacked under the limits: no more than
 * `archiveBytes` in all, nor `archiveRatio` times its packed size (a gzip bomb stops within the
 * first megabytes), and lines of at most `ndjsonLineBytes` (a longer one comes as `tooLong`).
 * An entry whose name leads out of the archive's folder (`..`, an absolute path) is refused, and so
 * is a link in the place of `data.ndjson`; other links are ignored, never followed.
 * @param file path of the .tar.gz archive (or of a plain tar)
 * @param limits the bounds
 * @param onLine takes each non-blank line of `data.ndjson` with the name positions use
 * @returns the dataset file's name and how many lines it had
 */
export async function streamTarGz(file: string, limits: Limits, onLine: (line: NdjsonRawLine, name: string) => void | Promise<void>): Promise<TarGzRead> {
  const stop = new AbortController()
  let dataEntry: ReadEntry | undefined
  let refusal: SourceError | undefined
  let limitError: SourceError | undefined
  let reading: Promise<void> | undefined
  let readingError: unknown
  let lines = 0
  let sawEntry = false
  const warnings = new Set<string>()
  const refuse = (error: SourceError) => {
    refusal ??= error
    stop.abort()
  }

  const parser = new Parser({
    // Not strict: odd but harmless entries (PAX headers, unknown types) only warn; the
    // warnings that mean a damaged archive are checked once the stream has ended.
    onwarn: (code) => warnings.add(code),
    onReadEntry: (entry) => {
      sawEntry = true
      if (leavesFolder(entry.path)) {
        refuse(new SourceError('BAD_ARCHIVE', `Unexpected entry "${entry.path}" in archive "${file}" whose name leads out of the archive's folder, expected a \`sanity dataset export\` archive`))
        entry.resume()
        return
      }
      const named = DATA_FILE.test(entry.path)
      if (named && (entry.type === 'SymbolicLink' || entry.type === 'Link')) {
        refuse(new SourceError('BAD_ARCHIVE', `Unexpected link "${entry.path}" in archive "${file}", expected data.ndjson to be a file`))
        entry.resume()
        return
      }
      const isData = named && entry.type === 'File'
      if (isData && dataEntry !== undefined) {
        // Which one is the dataset cannot be told: refuse the archive rather than guess.
        refuse(new SourceError('BAD_ARCHIVE', `Unexpected archive "${file}" with two dataset files, ${dataEntry.path} and ${entry.path}, expected one data.ndjson`))
      }
      if (dataEntry !== undefined || !isData) {
        entry.resume()
        return
      }
      dataEntry = entry
      const name = `${file}!/${entry.path}`
      reading = (async () => {
        for await (const line of ndjsonRawLines(entry, name, limits.ndjsonLineBytes)) {
          lines += 1
          await onLine(line, name)
        }
      })().catch((error: unknown) => {
        // A line that cannot be taken ends the whole read: stop the archive, or it waits for a reader forever.
        readingError = error
        stop.abort()
      })
    },
  })

  // Unpacked here rather than by the tar parser, so that the unpacked bytes can be counted.
  const gzipped = await startsWithGzipMagic(file)
  let packed = 0
  let unpacked = 0
  const countPacked = counter((n) => {
    packed += n
    return undefined
  })
  const countUnpacked = counter((n) => {
    unpacked += n
    const overRatio = unpacked > RATIO_FLOOR && unpacked > packed * limits.archiveRatio
    if (unpacked <= limits.archiveBytes && !overRatio) return undefined
    limitError = overRatio
      ? new SourceError(
          'ARCHIVE_LIMIT',
          `Unexpected archive "${file}" that unpacks to more than ${limits.archiveRatio} times its packed size (${unpacked.toLocaleString('en')} bytes from ${packed.toLocaleString('en')}), expected a \`sanity dataset export\` archive (if it is one, raise ${limitDefinitions.archiveRatio.env})`,
        )
      : new SourceError(
          'ARCHIVE_LIMIT',
          `Unexpected archive "${file}" that unpacks to more than ${limits.archiveBytes.toLocaleString('en')} bytes, expected a \`sanity dataset export\` archive within that size (raise ${limitDefinitions.archiveBytes.env} for a larger one)`,
        )
    return limitError
  })
  // The parser lags the unpacking by what the reader had not taken yet: the entry where a damaged
  // archive's bytes fail is found by a second read that takes everything as it comes.
  const failedEntry = async (code: string | undefined) =>
    sawEntry && (code?.startsWith('Z_') === true || code?.startsWith('TAR_') === true) ? ((await lastEntry(file, gzipped)) ?? { path: '', ended: true }) : undefined
  /** Ends the dataset file's stream and waits for its reader, so that nothing runs on after the error. */
  const settle = async () => {
    dataEntry?.destroy()
    await reading
  }
  try {
    if (gzipped) await pipeline(createReadStream(file), countPacked, createGunzip(), countUnpacked, parser, { signal: stop.signal })
    else await pipeline(createReadStream(file), countPacked, countUnpacked, parser, { signal: stop.signal })
    await reading
  } catch (error) {
    // What the reader failed with, if anything, before its stream is ended under it.
    const readerError = readingError
    await settle()
    if (limitError) throw limitError
    if (refusal) throw refusal
    if (readerError !== undefined) throw readerError
    if (error instanceof SourceError) throw error
    const code = errorCode(error)
    throw archiveError(code, file, await failedEntry(code)) ?? error
  }
  if (readingError !== undefined) throw readingError
  if (warnings.has('TAR_BAD_ARCHIVE')) throw archiveError('TAR_BAD_ARCHIVE', file, await failedEntry('TAR_BAD_ARCHIVE'))
  if (reading === undefined) {
    throw new SourceError('BAD_ARCHIVE', `Unexpected archive "${file}" without data.ndjson, expected a \`sanity dataset export\` archive`)
  }
  if (lines === 0) throw new SourceError('EMPTY', `Unexpected empty data.ndjson in "${file}", expected one JSON object per line`)
  return { name: `${file}!/${dataEntry?.path ?? ''}`, lines }
}

/** The entry a damaged archive's bytes end or fail in: the archive read again, every entry skipped as it comes. */
async function lastEntry(file: string, gzipped: boolean): Promise<{ path: string; ended: boolean } | undefined> {
  let last: { path: string; ended: boolean } | undefined
  const parser = new Parser({
    onReadEntry: (entry) => {
      // The parser ends an entry cut short too: it ended only when all its bytes came.
      const seen = { path: entry.path, ended: entry.size === 0 }
      let taken = 0
      last = seen
      entry.on('data', (chunk: Buffer) => {
        taken += chunk.length
        seen.ended = taken >= entry.size
      })
      entry.resume()
    },
  })
  // Everything that can be unpacked is: a cut-off gzip stream is not an error here.
  const steps = gzipped ? pipeline(createReadStream(file), createGunzip({ finishFlush: constants.Z_SYNC_FLUSH }), parser) : pipeline(createReadStream(file), parser)
  await steps.catch(() => undefined)
  return last
}

/** Whether an entry's name is absolute or climbs out of its folder (`..` as a segment). */
function leavesFolder(path: string): boolean {
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return true
  return path.split(/[/\\]/).includes('..')
}

/** Whether a file starts as gzip data does (1f 8b); missing files are left to the stream to report. */
async function startsWithGzipMagic(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const head = Buffer.alloc(2)
    const { bytesRead } = await handle.read(head, 0, 2, 0)
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b
  } finally {
    await handle.close()
  }
}

/** A pass-through stream that counts bytes and fails with what `count` returns. */
function counter(count: (bytes: number) => Error | undefined): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      done(count(chunk.length) ?? null, chunk)
    },
  })
}

/** The source error for a failure code from fs, zlib or the tar parser; undefined when there is no code. */
function archiveError(code: string | undefined, file: string, entry: { path: string; ended: boolean } | undefined): SourceError | undefined {
  switch (code) {
    case undefined:
      return undefined
    case 'ENOENT':
      return new SourceError('ENOENT', `Unexpected missing file "${file}", expected a .tar.gz archive`)
    case 'Z_BUF_ERROR':
      return truncated(file, entry)
    case 'Z_DATA_ERROR':
      return new SourceError('BAD_ARCHIVE', `Unexpected corrupt gzip data in "${file}"${where(entry)}, expected a \`sanity dataset export\` archive`)
    case 'TAR_BAD_ARCHIVE':
    case 'TAR_ENTRY_INVALID':
      // Without a single good entry the file was never an archive; the parser uses the
      // same codes for an archive that is merely cut off.
      if (!entry) {
        return new SourceError('BAD_ARCHIVE', `Unexpected file "${file}" that is not a tar archive, expected a \`sanity dataset export\` archive`)
      }
      if (code === 'TAR_BAD_ARCHIVE') return truncated(file, entry)
      return new SourceError('BAD_ARCHIVE', `Unexpected ${code} in "${file}"${where(entry)}, expected a \`sanity dataset export\` archive`)
    default:
      return code.startsWith('TAR_') || code.startsWith('Z_')
        ? new SourceError('BAD_ARCHIVE', `Unexpected ${code} in "${file}"${where(entry)}, expected a \`sanity dataset export\` archive`)
        : new SourceError('READ', `Unexpected ${code} while reading "${file}", expected a readable .tar.gz archive`)
  }
}

/** Where in the archive a failure came: inside an entry, or after the last one read. */
function where(entry: { path: string; ended: boolean } | undefined): string {
  if (!entry) return ''
  return entry.ended ? ` after its entry ${entry.path}` : ` inside its entry ${entry.path}`
}

function truncated(file: string, entry: { path: string; ended: boolean } | undefined): SourceError {
  return new SourceError(
    'TRUNCATED_ARCHIVE',
    `Unexpected end of archive "${file}"${where(entry)}, expected a complete .tar.gz (was the export or its download cut off?)`,
  )
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
