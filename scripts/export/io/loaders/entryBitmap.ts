/**
 * A set of entry numbers, as bits: the entries of a stored line table that lines of this run took.
 * @returns the set
 */
export function entryBitmap() {
  let bits = new Uint8Array(1024)
  return {
    has: (n: number) => ((bits[n >> 3] ?? 0) & (1 << (n & 7))) !== 0,
    add(n: number) {
      if (n >> 3 >= bits.length) {
        const larger = new Uint8Array(Math.max((n >> 3) + 1, bits.length * 2))
        larger.set(bits)
        bits = larger
      }
      bits[n >> 3] = (bits[n >> 3] ?? 0) | (1 << (n & 7))
    },
  }
}
