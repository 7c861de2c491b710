import { hash } from 'node:crypto'
import { SourceError } from '../../../sources/sourceError.ts'
import { StoreDoubt } from '../../lib/store/storeDoubt.ts'

/**
 * Parses a document read again from where the store says it is, after checking that the bytes are
 * those validated: its verdict is the verdict of exactly these bytes.
 * @param bytes the document's bytes
 * @param expected the hash it was validated under (base64url SHA-256)
 * @param name the source's name for the message
 * @param storeFile the content store's document file when the bytes were read from it (not from the source)
 * @returns the document
 * @throws SourceError (READ) when the source's bytes changed since they were checked; StoreDoubt when the store's did
 */
export function parseChecked(bytes: Buffer, expected: string, name: string, storeFile?: string): Record<string, unknown> {
  const changed = () =>
    storeFile === undefined
      ? new SourceError('READ', `Unexpected change to "${name}" during the export, expected the file to stay as it was; run the export again`)
      : new StoreDoubt(`the bytes of a document in ${storeFile} are not the ones its verdict judged (edited?)`)
  if (expected && hash('sha256', bytes, 'base64url') !== expected) throw changed()
  const value: unknown = JSON.parse(bytes.toString('utf8'))
  if (!isRecord(value)) throw changed()
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
