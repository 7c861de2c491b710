import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** A SHA-256 of a text's UTF-8 bytes, as lowercase hex: the library's own runs anywhere, the CLI passes Node's faster one. */
export type Sha256Hex = (text: string) => string

/**
 * SHA-256 of a text's UTF-8 bytes in pure JavaScript (no `node:crypto`, so that the library runs in
 * edge runtimes and browsers); about six times slower than Node's, which the CLI uses instead.
 * @param text the text
 * @returns 64 lowercase hex digits
 */
export const sha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)))
