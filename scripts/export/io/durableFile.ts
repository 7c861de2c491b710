/**
 * Files that survive a kill at any moment: the webhook's inbox and state, notify's state. A file is
 * written whole to a temporary file, flushed, then put in place and its folder flushed, so a
 * reader sees the old bytes or the new ones, never part of them.
 */
import { randomBytes } from 'node:crypto'
import { link, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { errorCode } from './describeFsError.ts'

/**
 * Writes a file whole and flushes its folder. `replace` renames the new file over any old one;
 * `exclusive` never replaces one (it links the new file into place: of two writers at once,
 * exactly one gets the name).
 * @param dir the folder
 * @param name the file's name in it
 * @param text the file's text
 * @param mode `replace` (the default) or `exclusive`
 * @returns false when `exclusive` found the name taken, else true
 */
export async function writeDurably(dir: string, name: string, text: string, mode: 'replace' | 'exclusive' = 'replace'): Promise<boolean> {
  const tmp = join(dir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (mode === 'replace') await rename(tmp, join(dir, name))
  else {
    try {
      await link(tmp, join(dir, name))
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
      return false
    } finally {
      await rm(tmp, { force: true })
    }
  }
  await syncFolder(dir)
  return true
}

/**
 * Flushes a folder, so that the names created, renamed or removed in it are on disk.
 * @param dir the folder
 */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Reads a JSON file that a schema describes (a state file written by writeDurably).
 * @param file the file
 * @param schema what it holds
 * @returns the value, or undefined when the file does not exist
 * @throws the error `damaged` makes when the file is not JSON or not what the schema says
 */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S, damaged: () => Error): Promise<z.output<S> | undefined> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  })
  if (text === undefined) return undefined
  const parsed = parseJsonAs(text, schema)
  if (!parsed.success) throw damaged()
  return parsed.data
}

/**
 * Parses JSON text that a schema describes: text that is not JSON fails as the schema fails.
 * @param text the text (a file's, or one line of a journal)
 * @param schema what it holds
 * @returns the schema's verdict
 */
export function parseJsonAs<S extends z.ZodType>(text: string, schema: S): z.ZodSafeParseResult<z.output<S>> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return schema.safeParse(json)
}
