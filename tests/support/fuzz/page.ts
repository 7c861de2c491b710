/**
 * A Markdown page written block by block, that knows the line each block starts on (messages about
 * a figure must point at its line), and a seeded choice of wording.
 */
export class Page {
  readonly lines: string[] = []

  /**
   * Adds a block (one or more lines) and a blank line after it.
   * @param block the block's text
   * @returns the 1-based line the block starts on
   */
  add(block: string): number {
    const start = this.lines.length + 1
    this.lines.push(...block.split('\n'), '')
    return start
  }

  /** The line the next block will start on. */
  get next(): number {
    return this.lines.length + 1
  }

  /** The page as text. */
  text(): string {
    return `${this.lines.join('\n').trimEnd()}\n`
  }
}

/** A small seeded generator (mulberry32): the same seed always gives the same wording. */
export class Choice {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A number in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** One of the items. */
  pick<T>(items: ReadonlyArray<T>): T {
    const item = items[Math.floor(this.float() * items.length)]
    if (item === undefined) throw new Error('Unexpected empty list, expected items to pick from')
    return item
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }
}

/** A word with a capital first letter. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
