/**
 * The document verdict log in the output's cache folder: each document's own verdict by the hash
 * of its bytes, so that the next export checks only documents it has not seen. Verdicts depend on
 * a document's content and the code only, so the log is appended to; it is rewritten when it holds
 * twice as many verdicts as the source has documents, or when a line is damaged (a run killed
 * while appending). Written by another version of jobld, it is ignored.
 */
import { appendFile, mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { documentLogHeaderLine, documentLogLine, isDocumentLogHeader, parseDocumentLogLine } from '../../lib/incrementalCache.ts'
import type { SourceEntry } from '../../lib/engine/types.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { readNdjsonRawLines } from '../../../sources/readNdjson.ts'
import { writeChunks } from '../writeChunks.ts'

/** Verdicts by content hash, and whether a line was damaged. */
export interface VerdictLog {
  verdicts: Map<string, DocumentCheck<SlimDocument>>
  damaged: boolean
}

const BATCH = 1000

/**
 * Reads the log.
 * @param file the log file
 * @param tool the code fingerprint it must have been written with
 * @returns the verdicts, or undefined when there is no usable log
 */
export async function readVerdictLog(file: string, tool: string): Promise<VerdictLog | undefined> {
  const verdicts = new Map<string, DocumentCheck<SlimDocument>>()
  let damaged = false
  let first = true
  try {
    for await (const { bytes } of readNdjsonRawLines(file)) {
      const line = bytes.toString('utf8')
      if (first) {
        if (!isDocumentLogHeader(line, tool)) return undefined
        first = false
        continue
      }
      const batch = parseDocumentLogLine(line)
      if (!batch) damaged = true
      else for (const [hashed, check] of batch) verdicts.set(hashed, check)
    }
  } catch {
    return undefined
  }
  return first ? undefined : { verdicts, damaged }
}

/**
 * Records the verdicts of this export's documents: appended when the log is sound and not too
 * large, else rewritten whole (beside it, then renamed). A document holding the API token is never
 * recorded. A failure removes the log: the next export is then a full one.
 * @param file the log file
 * @param tool the code fingerprint
 * @param log what was read at the start, if anything
 * @param entries this export's documents with their verdicts
 */
export async function writeVerdictLog(file: string, tool: string, log: VerdictLog | undefined, entries: ReadonlyArray<SourceEntry>): Promise<void> {
  const current = new Map<string, DocumentCheck<SlimDocument>>()
  for (const { hash, check, private: secret } of entries) if (!secret && check && hash) current.set(hash, check)
  const added = log ? [...current].filter(([hashed]) => !log.verdicts.has(hashed)) : []
  try {
    await mkdir(dirname(file), { recursive: true })
    if (log && !log.damaged && log.verdicts.size + added.length <= 2 * current.size + BATCH) {
      if (added.length) await appendFile(file, [...batches(added)].join(''))
      return
    }
    const tmp = `${file}.tmp-${process.pid}`
    await writeChunks(tmp, [documentLogHeaderLine(tool), ...batches([...current])])
    await rename(tmp, file)
  } catch {
    await rm(file, { force: true })
  }
}

function* batches(items: ReadonlyArray<[string, DocumentCheck<SlimDocument>]>): Generator<string, void, undefined> {
  for (let i = 0; i < items.length; i += BATCH) yield documentLogLine(items.slice(i, i + BATCH))
}
