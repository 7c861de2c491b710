import { hash, randomBytes } from 'node:crypto'
import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Mac } from '../../lib/trust/sealedLine.ts'

/** The key's file in a cache folder: named like the caches, so that it goes when they go. */
export const KEY_FILE = 'cache-key'

/**
 * The keyed digest of one cache folder (see keyedDigest), with a random key kept in the folder's own
 * `cache-key` file (made on first use, readable by its owner only). Every cache line, journal and
 * local copy of that folder is sealed with it (scripts/export/lib/trust/sealedLine.ts), so that
 * editing one file can never make jobld trust what it says. A missing or damaged key is replaced
 * by a new one, and everything sealed with the old one is then ignored (a full export).
 * @param cacheDir the output's cache folder (it exists)
 * @returns the digest function
 */
export async function cacheMac(cacheDir: string): Promise<Mac> {
  const file = join(cacheDir, KEY_FILE)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text !== undefined && /^[0-9a-f]{64}$/.test(text)) return keyedDigest(text)
    if (text !== undefined) await rm(file, { force: true })
    try {
      const handle = await open(file, 'wx', 0o600)
      try {
        await handle.writeFile(randomBytes(32).toString('hex'))
      } finally {
        await handle.close()
      }
    } catch (error) {
      // Another run made it at the same moment: read that one.
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
    }
  }
  throw new Error(`Unexpected key file ${file} that cannot be read back, expected 64 hex digits`)
}

/**
 * A keyed digest: SHA-512/256 of the key's 64 hex digits, a newline and the text, as base64url (43
 * characters). A secret prefix is a sound MAC with this hash, whose output leaves out half of its
 * state, so that no digest can be extended to a longer text (the weakness that makes HMAC's two
 * passes necessary for SHA-256). One call of Node's one-shot `hash` is about twice as fast as an
 * HMAC object made for each text (0.7–0.9 µs against 1.8 µs for the store's values, most under
 * 300 bytes), and a large export seals several million values, all in the main thread.
 * @param key the key, 64 hex digits
 * @returns the digest function
 */
export function keyedDigest(key: string): Mac {
  const prefix = `${key}\n`
  return (text) => hash('sha512-256', prefix + text, 'base64url')
}
