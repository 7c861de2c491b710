import type { VFile } from 'vfile'
import { reportMessage } from './reportMessage.ts'

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts no valid sequence. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0
  if (b0 < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k]
    return b !== undefined && b >= lo && b <= hi
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // Overlong forms (E0 80–9F) and surrogates (ED A0–BF) are not UTF-8.
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf]
    return cont(1, lo, hi) && cont(2) ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** Offset of the first byte that is not part of valid UTF-8. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i)
    if (n === 0) return i
    i += n
  }
  return bytes.length
}

/**
 * Decodes a file's bytes as UTF-8 (strictly: `TextDecoder` with `fatal`), replacing
 * `file.value` with the text; on bad bytes it reports an error at the line and column
 * of the first one and leaves the file undecoded.
 * @param file a file whose value is a string (already text) or bytes
 * @returns the text, or undefined when the bytes are not UTF-8
 */
export function decodeUtf8(file: VFile): string | undefined {
  if (typeof file.value === 'string') return file.value
  const bytes = file.value
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    file.value = text
    return text
  } catch {
    const bad = firstBadByte(bytes)
    const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1
    let line = 1
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    reportMessage(file, `Unexpected byte 0x${hex}, expected UTF-8 text; save the file as UTF-8`, {
      place: { line, column },
      ruleId: 'encoding',
      level: 'error',
    })
    return undefined
  }
}
