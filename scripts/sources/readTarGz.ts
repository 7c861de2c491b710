import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { Parser, type ReadEntry } from 'tar'
import type { Issue } from '../core/issue.ts'
import { defaultLimits, limitDefinitions, type Limits } from '../core/limits.ts'
import type { RawDocument, SourceResult } from '../core/rawDocument.ts'
import { ndjsonLines } from './readNdjson.ts'
import { SourceError } from './sourceError.ts'

// `sanity dataset export` writes `<folder>/data.ndjson`; accept it at the root too.
const DATA_FILE = /^(?:\.\/)?(?:[^/]+\/)?data\.ndjson$/

/** Below this many unpacked bytes the ratio is not checked: tiny archives compress oddly. */
const RATIO_FLOOR = 1 << 20

/**
 * Reads the documents of a `sanity dataset export` archive, streaming `data.ndjson` out of the .tar.gz.
 * Asset folders are skipped; positions read `<archive>!/<inner path>:<line>`. The archive is
 * unpacked under the limits: no more than `archiveBytes` in all, nor `archiveRatio` times its
 * packed size (a gzip bomb stops within the first megabytes), and lines of `ndjsonLineBytes`.
 * @param file path of the .tar.gz archive
 * @param limits the bounds
 * @returns the documents of `data.ndjson` with their positions, and one issue per bad line
 */
export async function readTarGz(file: string, limits: Limits = defaultLimits): Promise<SourceResult> {
  const documents: RawDocument[] = []
  const issues: Issue[] = []
  const stop = new AbortController()
  let dataEntry: ReadEntry | undefined
  let secondData: string | undefined
  let limitError: SourceError | undefined
  let reading: Promise<void> | undefined
  let readingError: unknown
  let sawEntry = false
  const warnings = new Set<string>()

  const parser = new Parser({
    // Not strict: odd but harmless entries (PAX headers, unknown types) only warn; the
    // warnings that mean a damaged archive are checked once the stream has ended.
    onwarn: (code) => warnings.add(code),
    onReadEntry: (entry) => {
      sawEntry = true
      const isData = entry.type === 'File' && DATA_FILE.test(entry.path)
      if (isData && dataEntry !== undefined) {
        // Which one is the dataset cannot be told: refuse the archive rather than guess.
        secondData = entry.path
        stop.abort()
      }
      if (dataEntry !== undefined || !isData) {
        entry.resume()
        return
      }
      dataEntry = entry
      reading = collect(entry, `${file}!/${entry.path}`, documents, issues, limits.ndjsonLineBytes).catch((error: unknown) => {
        // A line that cannot be read ends the whole read: stop the archive, or it waits for a reader forever.
        readingError = error
        stop.abort()
      })
    },
  })

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
  try {
    // Unpacked here rather than by the tar parser, so that the unpacked bytes can be counted.
    const gzipped = await startsWithGzipMagic(file)
    if (gzipped) await pipeline(createReadStream(file), countPacked, createGunzip(), countUnpacked, parser, { signal: stop.signal })
    else await pipeline(createReadStream(file), countPacked, countUnpacked, parser, { signal: stop.signal })
    await reading
  } catch (error) {
    if (limitError) {
      dataEntry?.destroy()
      throw limitError
    }
    if (secondData !== undefined) {
      dataEntry?.destroy()
      throw new SourceError(
        'BAD_ARCHIVE',
        `Unexpected archive "${file}" with two dataset files, ${dataEntry?.path ?? ''} and ${secondData}, expected one data.ndjson`,
      )
    }
    if (readingError === undefined) {
      // A failed archive can leave the entry half-written: end it so its reader stops waiting.
      dataEntry?.destroy()
      if (error instanceof SourceError) throw error
      throw archiveError(errorCode(error), file, sawEntry) ?? error
    }
  }
  if (readingError !== undefined) throw readingError
  if (warnings.has('TAR_BAD_ARCHIVE')) throw archiveError('TAR_BAD_ARCHIVE', file, sawEntry)
  if (reading === undefined) {
    throw new SourceError(
      'BAD_ARCHIVE',
      `Unexpected archive "${file}" without data.ndjson, expected a \`sanity dataset export\` archive`,
    )
  }
  if (documents.length === 0 && issues.length === 0) {
    throw new SourceError('EMPTY', `Unexpected empty data.ndjson in "${file}", expected one JSON object per line`)
  }
  return { documents, issues }
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

async function collect(entry: ReadEntry, name: string, documents: RawDocument[], issues: Issue[], maxLineBytes: number): Promise<void> {
  for await (const line of ndjsonLines(entry, name, maxLineBytes)) {
    if (line.kind === 'document') documents.push(line.document)
    else issues.push(line.issue)
  }
}

/** The source error for a failure code from fs, zlib or the tar parser; undefined when there is no code. */
function archiveError(code: string | undefined, file: string, sawEntry: boolean): SourceError | undefined {
  switch (code) {
    case undefined:
      return undefined
    case 'ENOENT':
      return new SourceError('ENOENT', `Unexpected missing file "${file}", expected a .tar.gz archive`)
    case 'Z_BUF_ERROR':
      return truncated(file)
    case 'Z_DATA_ERROR':
      return new SourceError('BAD_ARCHIVE', `Unexpected corrupt gzip data in "${file}", expected a \`sanity dataset export\` archive`)
    case 'TAR_BAD_ARCHIVE':
    case 'TAR_ENTRY_INVALID':
      // Without a single good entry the file was never an archive; the parser uses the
      // same codes for an archive that is merely cut off.
      if (!sawEntry) {
        return new SourceError(
          'BAD_ARCHIVE',
          `Unexpected file "${file}" that is not a tar archive, expected a \`sanity dataset export\` archive`,
        )
      }
      if (code === 'TAR_BAD_ARCHIVE') return truncated(file)
      return new SourceError('BAD_ARCHIVE', `Unexpected ${code} in "${file}", expected a \`sanity dataset export\` archive`)
    default:
      return code.startsWith('TAR_') || code.startsWith('Z_')
        ? new SourceError('BAD_ARCHIVE', `Unexpected ${code} in "${file}", expected a \`sanity dataset export\` archive`)
        : new SourceError('READ', `Unexpected ${code} while reading "${file}", expected a readable .tar.gz archive`)
  }
}

function truncated(file: string): SourceError {
  return new SourceError(
    'TRUNCATED_ARCHIVE',
    `Unexpected end of archive "${file}", expected a complete .tar.gz (was the export or its download cut off?)`,
  )
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
