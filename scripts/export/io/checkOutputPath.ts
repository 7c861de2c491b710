import { lstat, open, readdir, readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { readManifestText, saysJobld } from '../lib/parseManifest.ts'
import { realPath as realish } from './trust/realPath.ts'

/** What a command writes: an output folder of JSON-LD, or one NDJSON file. */
export type OutputKind = 'folder' | 'ndjson'

/** What the rule needs to know about the command's surroundings. */
export interface OutputContext {
  /** The working folder. */
  cwd: string
  /** The user's home folder. */
  home: string
  /** Everything the command reads (Markdown folders and files, an NDJSON file, an archive). */
  sources: ReadonlyArray<string>
  /** The option that named the path, for messages (`--out`). */
  option?: string
  /**
   * How a folder's `manifest.json` is proven jobld's: read with its schema (the default), or, for a
   * caller that reads it with its schema itself before it relies on anything in it (`jobld export`:
   * exportToFolder, unless the content store vouches for these very bytes), by the generator it
   * opens with. A damaged manifest is then refused by that caller, with the same message.
   */
  manifest?: 'schema' | 'marker'
}

/** The marker that makes a folder jobld's own: its manifest, written last by every export. */
export const MANIFEST = 'manifest.json'

/**
 * The one rule for everything jobld writes: **jobld writes only to a path of its own.** That path
 * is not, and does not contain, anything the command reads or anything the user works in (a
 * source, the working folder or a folder above it, the home folder, the file system root); and
 * it is either absent, an empty folder, or what jobld wrote there before (a folder with jobld's
 * `manifest.json`, sound by its schema, read here or by the caller before it relies on it; for
 * `import`, an NDJSON file). Everything else is refused
 * before anything is read or written, so jobld can only ever replace or remove what it wrote itself.
 * @param given the path as the user gave it
 * @param kind a JSON-LD output folder or an NDJSON file
 * @param context working folder, home folder and sources
 * @returns the absolute path
 * @throws CliError (OUTPUT, exit 2) saying why the path is refused and what to do instead
 */
export async function checkOutputPath(given: string, kind: OutputKind, context: OutputContext): Promise<string> {
  const option = context.option ?? '--out'
  const example = kind === 'folder' ? 'jsonld' : 'documents.ndjson'
  const refuse = (why: string, instead = `a ${kind === 'folder' ? 'folder' : 'file'} of its own such as ${example}`) =>
    new CliError('OUTPUT', `Unexpected ${option} ${given === '' ? '""' : given}: ${why}, expected ${instead}. Nothing was written.`)
  if (given.trim() === '') throw refuse('an empty path names the working folder')
  const target = realish(resolve(context.cwd, given))

  const guarded: Array<[string, string]> = [
    [realish(resolve(context.cwd)), 'it is the working folder'],
    [realish(resolve(context.home)), 'it is the home folder'],
    [resolve('/'), 'it is the file system root'],
  ]
  for (const [path, why] of guarded) if (target === path) throw refuse(why)
  if (isInside(realish(resolve(context.cwd)), target)) throw refuse('it holds the working folder')
  for (const source of context.sources) {
    const path = realish(resolve(context.cwd, source))
    if (path === target) throw refuse(`it is the source ${source}`, 'a path apart from what the command reads')
    if (isInside(path, target)) throw refuse(`it holds the source ${source}`, 'a path apart from what the command reads')
  }

  const info = await lstat(target).catch(() => undefined)
  if (!info) return target
  if (info.isSymbolicLink())
    throw refuse('it is a symbolic link (jobld 0.1 wrote its output as one; remove it and the .*.v-* folders beside it)')
  if (kind === 'ndjson') {
    if (info.isDirectory()) throw refuse('it is a folder')
    if (!info.isFile()) throw refuse('it is not a regular file')
    if (!(await looksLikeNdjson(target))) throw refuse('the file holds something other than NDJSON documents')
    return target
  }
  if (!info.isDirectory()) throw refuse('it is a file, not a folder')
  const entries = await readdir(target)
  if (entries.length === 0) return target
  if (context.manifest === 'marker') {
    const head = await readHead(join(target, MANIFEST))
    if (head !== undefined && saysJobld(head)) return target
  }
  const manifest = await readFile(join(target, MANIFEST), 'utf8').catch(() => undefined)
  const reading = manifest === undefined ? undefined : readManifestText(manifest)
  if (reading?.kind === 'manifest') return target
  if (reading?.kind === 'damaged')
    throw new CliError('OUTPUT', damagedManifestMessage(given, reading.problem))
  const shown = entries.sort().slice(0, 3).join(', ')
  throw refuse(
    `the folder holds files jobld did not write (${shown}${entries.length > 3 ? ', …' : ''})`,
    `an empty folder or one jobld wrote before, such as ${join(given, 'jsonld')}`,
  )
}

/**
 * The message for an output folder whose manifest.json says it is jobld's but does not pass its
 * schema (cut short, edited by hand or by a tool): nothing in it can be trusted, so nothing is done.
 * @param out the output folder as the user named it
 * @param problem what is wrong, from readManifestText
 * @returns the message
 */
export function damagedManifestMessage(out: string, problem: string): string {
  return `Unexpected ${join(out, MANIFEST)}: it is jobld's manifest, damaged or edited (${problem}), so jobld cannot tell which files in ${out} are its own; expected the manifest jobld wrote: restore it, or remove ${out} and export again. Nothing was written.`
}

/** True when `inner` lies strictly below `outer`. */
function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner)
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel)
}

/** The first bytes of a file as text, or undefined when it cannot be read. */
async function readHead(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const buffer = Buffer.alloc(256)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

/** An empty file, or one whose first non-blank line opens a JSON object. */
async function looksLikeNdjson(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart()
    return head === '' || head.startsWith('{')
  } finally {
    await handle.close()
  }
}
