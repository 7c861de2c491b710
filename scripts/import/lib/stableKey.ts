const fnvOffset = 0xcbf29ce484222325n
const fnvPrime = 0x100000001b3n
const mask = (1n << 64n) - 1n

/**
 * Derives a Sanity `_key` from a seed string (FNV-1a, 64 bit, mixed, first 12 hex digits), so
 * importing the same article twice gives the same keys; no randomness, no clock.
 * @param seed a string naming the item uniquely in its document, e.g. `jobProfile.x|body|3`
 * @returns twelve lowercase hex digits
 */
export function stableKey(seed: string): string {
  let hash = fnvOffset
  for (const byte of new TextEncoder().encode(seed)) {
    hash ^= BigInt(byte)
    hash = (hash * fnvPrime) & mask
  }
  // FNV alone changes only the low digits for seeds that differ at the end; a final mix (from
  // SplitMix64) spreads every input bit over the whole key.
  hash ^= hash >> 30n
  hash = (hash * 0xbf58476d1ce4e5b9n) & mask
  hash ^= hash >> 27n
  hash = (hash * 0x94d049bb133111ebn) & mask
  hash ^= hash >> 31n
  return hash.toString(16).padStart(16, '0').slice(0, 12)
}
