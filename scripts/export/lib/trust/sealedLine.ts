/**
 * A keyed digest of a text (with the cache folder's own random key, as base64url: see
 * scripts/export/io/trust/cacheMac.ts): who can edit a cache file but not read the key cannot make
 * a line that passes.
 */
export type Mac = (text: string) => string

/** Characters of a base64url digest of 256 bits. */
export const MAC_LENGTH = 43

/**
 * Seals one line of a file jobld reads back (a cache line, a journal): the line's text is bound to
 * the keyed digest of its context and its text, so that editing the line, or moving it to another
 * file or another version of the cache, is seen when it is read back.
 * @param mac the cache folder's keyed digest
 * @param context what the line belongs to (file kind, tool, version): the same context must be given to open it
 * @param text the line's text (JSON, no newline)
 * @returns `<digest> <text>`
 */
export function sealLine(mac: Mac, context: string, text: string): string {
  return `${mac(`${context}\n${text}`)} ${text}`
}

/**
 * Opens a line sealed by sealLine.
 * @param mac the cache folder's keyed digest
 * @param context the context it was sealed with
 * @param line the line as read (no newline)
 * @returns the text, or undefined when the line was not sealed with this key and context, or was changed since
 */
export function openSealedLine(mac: Mac, context: string, line: string): string | undefined {
  if (line.length <= MAC_LENGTH || line[MAC_LENGTH] !== ' ') return undefined
  const text = line.slice(MAC_LENGTH + 1)
  // Not compared in constant time: who can time this comparison can read the key file as well.
  return line.slice(0, MAC_LENGTH) === mac(`${context}\n${text}`) ? text : undefined
}
