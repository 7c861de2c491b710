/** A seeded pseudo-random source: the same seed gives the same sequence on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** One item of a non-empty list. */
  pick<T>(items: ReadonlyArray<T>): T
  /** True with probability p. */
  chance(p: number): boolean
  /** A Sanity-like `_key`: 12 hex digits. */
  key(): string
}

/**
 * Creates a seeded random source (mulberry32: 32 bits of state, fast, good enough for test data).
 * @param seed any integer
 * @returns the source
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(items: ReadonlyArray<T>): T {
      const item = items[int(0, items.length - 1)]
      if (item === undefined) throw new RangeError('Unexpected empty list, expected at least one item to pick from')
      return item
    },
    chance: (p) => next() < p,
    key: () => int(0, 0xffffff).toString(16).padStart(6, '0') + int(0, 0xffffff).toString(16).padStart(6, '0'),
  }
}
