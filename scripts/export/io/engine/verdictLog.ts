/**
 * The document verdict log in the output's cache folder: each document's own verdict by the hash
 * of its bytes, so that the next export checks only documents it has not seen. Verdicts depend on
 * a document's content and the code only, so the log is appended to; it is rewritten when it holds
 * twice as many verdicts as the source has documents, or when its last line was cut short (a run
 * killed while appending). Written by another version of jobld, it is ignored.
 *
 * Every line is sealed with the cache folder's key (scripts/export/lib/trust/sealedLine.ts), bound
 * to the code that wrote it: a verdict is bound to the hash of the bytes it judged, and a line
 * edited on disk (a vacancy's `validThrough`, a slug) does not pass. One line that does not pass
 * makes the whole log untrusted: every document is checked again.
 */
import { appendFile, mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { documentLogHeaderLine, documentLogLine, isDocumentLogHeader, parseDocumentLogLine } from '../../lib/incrementalCache.ts'
import type { SourceEntry } from '../../lib/engine/types.ts'
import { openSealedLine, sealLine, type Mac } from '../../lib/trust/sealedLine.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { readNdjsonRawLines } from '../../../sources/readNdjson.ts'
import { writeChunks } from '../writeChunks.ts'

/** Verdicts by content hash, and whether the last line was cut short. */
export interface VerdictLog {
  verdicts: Map<string, DocumentCheck<SlimDocument>>
  damaged: boolean
}

const BATCH = 1000
const HEADER = 'jobld-document-cache'
const lineContext = (tool: string) => `jobld-document-verdicts\n${tool}`

/**
 * Reads the log.
 * @param file the log file
 * @param tool the code fingerprint it must have been written with
 * @param mac the cache folder's keyed digest
 * @param distrust told why, when the log exists but cannot be trusted (then every document is checked)
 * @returns the verdicts, or undefined when there is no usable log
 */
export async function readVerdictLog(file: string, tool: string, mac: Mac, distrust: (why: string) => void = () => undefined): Promise<VerdictLog | undefined> {
  const verdicts = new Map<string, DocumentCheck<SlimDocument>>()
  let damaged = false
  let first = true
  try {
    for await (const { bytes, unterminated } of readNdjsonRawLines(file)) {
      const line = bytes.toString('utf8')
      if (first) {
        const header = openSealedLine(mac, HEADER, line)
        // A sealed line that does not open was edited (or the key was); an unsealed one is an older jobld's.
        if (header === undefined && /^[\w-]{43} /.test(line)) distrust(`the first line of ${file} does not match its seal (edited?)`)
        // Another version of jobld: quietly a full check, as for no log.
        if (header === undefined || !isDocumentLogHeader(header, tool)) return undefined
        first = false
        continue
      }
      const text = openSealedLine(mac, lineContext(tool), line)
      const batch = text === undefined ? undefined : parseDocumentLogLine(text)
      if (batch) for (const [hashed, check] of batch) verdicts.set(hashed, check)
      else if (unterminated) damaged = true
      else {
        distrust(`a line of ${file} does not match its seal (edited?)`)
        return undefined
      }
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
 * @param mac the cache folder's keyed digest
 * @param log what was read at the start, if anything
 * @param entries this export's documents with their verdicts
 */
export async function writeVerdictLog(file: string, tool: string, mac: Mac, log: VerdictLog | undefined, entries: ReadonlyArray<SourceEntry>): Promise<void> {
  const current = new Map<string, DocumentCheck<SlimDocument>>()
  for (const { hash, check, private: secret } of entries) if (!secret && check && hash) current.set(hash, check)
  const added = log ? [...current].filter(([hashed]) => !log.verdicts.has(hashed)) : []
  const sealed = function* (items: ReadonlyArray<[string, DocumentCheck<SlimDocument>]>) {
    for (let i = 0; i < items.length; i += BATCH) yield `${sealLine(mac, lineContext(tool), documentLogLine(items.slice(i, i + BATCH)).trimEnd())}\n`
  }
  try {
    await mkdir(dirname(file), { recursive: true })
    if (log && !log.damaged && log.verdicts.size + added.length <= 2 * current.size + BATCH) {
      if (added.length) await appendFile(file, [...sealed(added)].join(''))
      return
    }
    const tmp = `${file}.tmp-${process.pid}`
    await writeChunks(tmp, [`${sealLine(mac, HEADER, documentLogHeaderLine(tool).trimEnd())}\n`, ...sealed([...current])])
    await rename(tmp, file)
  } catch {
    await rm(file, { force: true })
  }
}
