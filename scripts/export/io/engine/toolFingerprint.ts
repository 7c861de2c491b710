import { hash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

let fingerprint: Promise<string> | undefined

/**
 * A hash of the code that decides the output (scripts/core, export, import and sources, the
 * package manifest with its version), as source or compiled, whichever runs: another version of
 * jobld never trusts this one's cache.
 * @returns a base64url SHA-256
 */
export function toolFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const scripts = fileURLToPath(new URL('../../../', import.meta.url))
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
    const files: string[] = []
    // Every shipped module but the command line and the site entries: any change to what checks,
    // reads or builds content is another tool.
    for (const dir of ['core', 'export', 'import', 'sources'])
      for (const name of await readdir(join(scripts, dir), { recursive: true })) if (name.endsWith(ext) || name.endsWith('.json')) files.push(join(scripts, dir, name))
    files.sort()
    const parts: string[] = []
    for (const file of files) parts.push(relative(scripts, file), hash('sha256', await readFile(file), 'base64url'))
    for (const manifest of ['../package.json', '../../package.json']) {
      const text = await readFile(join(scripts, manifest)).catch(() => undefined)
      if (text) {
        parts.push(hash('sha256', text, 'base64url'))
        break
      }
    }
    return hash('sha256', parts.join('\n'), 'base64url')
  })()
  return fingerprint
}
