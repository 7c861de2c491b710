import { closeSync, openSync, renameSync, writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { readBack } from '../../lib/trust/readBack.ts'
import { openSealedLine, sealLine, type Mac } from '../../lib/trust/sealedLine.ts'

/** What reading a sealed file gave. */
export type SealedRead<T> = { state: 'absent' } | { state: 'bad'; problem: string } | { state: 'ok'; value: T }

/**
 * Writes a small record (a journal, an intent, a sidecar) as one sealed line: beside its place,
 * then renamed over it, so that it is there whole or not at all after a kill. (Not flushed to the
 * disk: like the output's files, it does not claim to outlive a power cut.)
 * @param file where it goes
 * @param mac the cache folder's keyed digest
 * @param context what the record is (the same context reads it back)
 * @param value the record
 */
export function writeSealedFile(file: string, mac: Mac, context: string, value: unknown): void {
  const tmp = `${file}.tmp-${process.pid}`
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeSync(fd, `${sealLine(mac, context, JSON.stringify(value))}\n`)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, file)
}

/**
 * Reads a record written by writeSealedFile: its seal must hold for this cache folder's key and
 * context, and its content must pass the schema.
 * @param file the record's file
 * @param mac the cache folder's keyed digest
 * @param context what the record must be
 * @param schema its schema
 * @returns absent, bad (with the problem), or the value
 */
export async function readSealedFile<T>(file: string, mac: Mac, context: string, schema: z.ZodType<T>): Promise<SealedRead<T>> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined
    throw error
  })
  if (text === undefined) return { state: 'absent' }
  const opened = openSealedLine(mac, context, text.replace(/\n$/, ''))
  if (opened === undefined) return { state: 'bad', problem: 'its seal does not match this cache folder (it was edited, or written elsewhere)' }
  const read = readBack(opened, schema)
  return read.ok ? { state: 'ok', value: read.value } : { state: 'bad', problem: read.problem }
}
