import { hash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { Mac } from '../../lib/trust/sealedLine.ts'
import { readSealedFile, writeSealedFile } from '../trust/sealedFile.ts'

/** The folders of jobld's code whose every module counts: all but the command line and the site entries. */
const CODE_FOLDERS = ['core', 'export', 'import', 'sources']
/** The package manifests looked for, from the scripts folder: compiled (dist/scripts) or source (scripts). */
const MANIFESTS = ['../package.json', '../../package.json']
const MEMO_CONTEXT = 'tool fingerprint'
const Memo = z.object({ stamps: z.array(z.string()), fingerprint: z.string() })

/** The code that runs: its scripts folder and the extension of its modules (source or compiled). */
const running = { scripts: fileURLToPath(new URL('../../../', import.meta.url)), ext: import.meta.url.endsWith('.ts') ? '.ts' : '.js' }
let hashed: string | undefined

/**
 * A hash of the code that decides the output (scripts/core, export, import and sources, the
 * package manifest with its version), as source or compiled, whichever runs: another version of
 * jobld never trusts this one's cache. Read synchronously, once a process: some 400 small files
 * that nothing else waits on, where a promise a file cost a turn of the event loop each.
 * @returns a base64url SHA-256
 */
export function toolFingerprint(): string {
  hashed ??= hashCode(running.scripts, running.ext)
  return hashed
}

/**
 * The tool fingerprint, taken from a sealed memo in the cache folder when every folder and file it
 * was hashed from has the same stamp as then (toolStamps), else hashed again and the memo written
 * anew. A stamp changes with a file's content (its change time), so the memo only spares reading
 * files that did not change; its seal (the folder's key) keeps an edited memo from being believed.
 * @param memoFile the memo's file in the cache folder (the caller holds the folder's lock)
 * @param mac the cache folder's keyed digest
 * @param code the code's scripts folder and module extension (default: the code that runs)
 * @returns the same fingerprint as hashing the files
 */
export async function rememberedToolFingerprint(memoFile: string, mac: Mac, code = running): Promise<string> {
  const memo = await readSealedFile(memoFile, mac, MEMO_CONTEXT, Memo).catch(() => undefined)
  // Each stamp the memo holds taken again, no folder listed: a folder whose entries changed has another stamp itself.
  if (memo?.state === 'ok' && memo.value.stamps[0] === rootStamp(code) && memo.value.stamps.slice(1).every((stamp) => stamp === stampOf(code.scripts, stamp.slice(0, stamp.indexOf('\t'))))) return memo.value.fingerprint
  const stamps = toolStamps(code.scripts, code.ext)
  const fingerprint = code === running ? toolFingerprint() : hashCode(code.scripts, code.ext)
  // Stamped before hashing: a file changed meanwhile leaves a memo that no longer matches.
  if (stamps) writeSealedFile(memoFile, mac, MEMO_CONTEXT, { stamps, fingerprint })
  return fingerprint
}

function hashCode(scripts: string, ext: string): string {
  const files: string[] = []
  // Every module of the code folders: any change to what checks, reads or builds content is another tool.
  for (const dir of CODE_FOLDERS) for (const name of readdirSync(join(scripts, dir), { recursive: true, encoding: 'utf8' })) if (name.endsWith(ext) || name.endsWith('.json')) files.push(join(scripts, dir, name))
  files.sort()
  const parts: string[] = []
  for (const file of files) parts.push(relative(scripts, file), hash('sha256', readFileSync(file), 'base64url'))
  for (const manifest of MANIFESTS) {
    const text = readOptional(join(scripts, manifest))
    if (text) {
      parts.push(hash('sha256', text, 'base64url'))
      break
    }
  }
  return hash('sha256', parts.join('\n'), 'base64url')
}

/**
 * The stamp of everything the fingerprint is hashed from, without reading a file: each code
 * folder and subfolder (its times move when an entry is added, removed or renamed), each file in
 * them and the package manifests, as path, inode, size, modification and change time in
 * nanoseconds. Writing a file moves its change time, which no program can set back (touch sets
 * the modification time only), so equal stamps mean the same bytes.
 * @param scripts the scripts folder
 * @param ext the modules' extension
 * @returns the root's stamp, then the others in the order found, or undefined when a folder cannot be read
 */
export function toolStamps(scripts: string, ext: string): string[] | undefined {
  try {
    const stamps = [rootStamp({ scripts, ext }), ...MANIFESTS.map((path) => stampOf(scripts, path))]
    const folders = [...CODE_FOLDERS]
    for (let folder = folders.shift(); folder !== undefined; folder = folders.shift()) {
      stamps.push(stampOf(scripts, folder))
      for (const entry of readdirSync(join(scripts, folder), { withFileTypes: true }))
        if (entry.isDirectory()) folders.push(join(folder, entry.name))
        else if (entry.name.endsWith(ext) || entry.name.endsWith('.json')) stamps.push(stampOf(scripts, join(folder, entry.name)))
    }
    return stamps
  } catch {
    return undefined
  }
}

function rootStamp(code: { scripts: string; ext: string }): string {
  return `\t${code.scripts}\t${code.ext}`
}

function stampOf(scripts: string, path: string): string {
  const s = statSync(join(scripts, path), { bigint: true, throwIfNoEntry: false })
  return s ? `${path}\t${String(s.ino)}\t${String(s.size)}\t${String(s.mtimeNs)}\t${String(s.ctimeNs)}` : `${path}\tabsent`
}

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}
