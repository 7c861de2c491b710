import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { generateDataset, planDataset, type DatasetOptions } from './generateDataset.ts'

/** What was written. */
export interface WrittenDataset {
  documents: number
  bytes: number
  /** `_id` of the FAQ entry whose answer differs in the edited copy. */
  editedId: string
}

/**
 * Writes a generated dataset as NDJSON, and beside it the same dataset with one FAQ entry's
 * answer changed (for the incremental export), in one pass.
 * @param file the NDJSON file
 * @param editedFile the copy with one FAQ entry changed
 * @param options size and seed
 * @returns counts, bytes and the changed entry
 */
export async function writeDataset(file: string, editedFile: string, options: DatasetOptions): Promise<WrittenDataset> {
  return writeDocuments(file, editedFile, generateDataset(options), planDataset(options.documents).documents)
}

/**
 * Writes documents as NDJSON, and beside them the same documents with the answer of the first FAQ
 * entry past the middle changed, in one pass.
 * @param file the NDJSON file
 * @param editedFile the copy with one FAQ entry changed
 * @param docs the documents
 * @param total how many there are (to find the middle)
 * @returns counts, bytes and the changed entry
 */
export async function writeDocuments(file: string, editedFile: string, docs: Iterable<Record<string, unknown>>, total: number): Promise<WrittenDataset> {
  const out = createWriteStream(file)
  const edited = createWriteStream(editedFile)
  let documents = 0
  let bytes = 0
  let editedId = ''
  let batch = ''
  let editedBatch = ''
  for (const doc of docs) {
    documents += 1
    const line = `${JSON.stringify(doc)}\n`
    batch += line
    if (!editedId && documents > total / 2 && doc._type === 'faqEntry') {
      editedId = String(doc._id)
      editedBatch += `${JSON.stringify(changeAnswer(doc))}\n`
    } else editedBatch += line
    if (batch.length > 1 << 20) {
      bytes += Buffer.byteLength(batch)
      await Promise.all([write(out, batch), write(edited, editedBatch)])
      batch = ''
      editedBatch = ''
    }
  }
  bytes += Buffer.byteLength(batch)
  await Promise.all([write(out, batch), write(edited, editedBatch)])
  await Promise.all([close(out), close(edited)])
  return { documents, bytes, editedId }
}

/** The same FAQ entry with a sentence added to its answer: what an editor's small fix looks like. */
function changeAnswer(doc: Record<string, unknown>): Record<string, unknown> {
  const answer = Array.isArray(doc.answer) ? doc.answer : []
  const extra = { _type: 'block', _key: 'edited0000001', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'edited0000002', text: 'Bijgewerkt met de cijfers van dit jaar.', marks: [] }] }
  return { ...doc, _rev: 'edited', answer: [...answer, extra] }
}

async function write(stream: WriteStream, text: string) {
  if (text && !stream.write(text)) await once(stream, 'drain')
}

async function close(stream: WriteStream) {
  stream.end()
  await once(stream, 'finish')
}
