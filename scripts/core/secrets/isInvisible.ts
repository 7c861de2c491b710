/**
 * Code points that do not show, or do not change how a secret reads: controls (BEL, DEL, C1),
 * every space (no-break ones too), the soft hyphen, zero-width characters and joiners, the BOM,
 * bidirectional marks, embeddings, overrides and isolates, variation selectors, tag characters,
 * Hangul fillers and combining marks. Written as ranges: a Unicode property regex over every
 * document is several times slower, and this is checked on every byte jobld reads when a token is set.
 */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0020],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x0300, 0x036f],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x20d0, 0x20ff],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
]

/**
 * Whether a code point is one a secret may hide in or be disguised by (see RANGES).
 * @param cp a code point
 * @returns true for an invisible or formatting character
 */
export function isInvisible(cp: number): boolean {
  if (cp > 0x20 && cp < 0x7f) return false
  for (const [from, to] of RANGES) if (cp >= from && cp <= to) return true
  return false
}
