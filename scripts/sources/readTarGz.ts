import type { Issue } from '../core/issue.ts'
import { defaultLimits, type Limits } from '../core/limits.ts'
import type { RawDocument, SourceResult } from '../core/rawDocument.ts'
import { parseNdjsonLine } from './readNdjson.ts'
import { streamTarGz } from './streamTarGz.ts'

/**
 * Reads the documents of a `sanity dataset export` archive into memory (a release's view needs
 * them all at once; an export streams them into the content store instead, tarGzLoader).
 * Positions read `<archive>!/<inner path>:<line>`; the archive is read under the limits of streamTarGz.
 * @param file path of the .tar.gz archive
 * @param limits the bounds
 * @returns the documents of `data.ndjson` with their positions, and one issue per bad line
 */
export async function readTarGz(file: string, limits: Limits = defaultLimits): Promise<SourceResult> {
  const documents: RawDocument[] = []
  const issues: Issue[] = []
  await streamTarGz(file, limits, (raw, name) => {
    const line = parseNdjsonLine(raw, name)
    if (line.kind === 'document') documents.push(line.document)
    else issues.push(line.issue)
  })
  return { documents, issues }
}
