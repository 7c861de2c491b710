import type { ContentStore } from '../../lib/store/contentStore.ts'

/** One non-blank line of a line-based source as its table keeps it. */
export interface LineRow {
  /** SHA-256 of its bytes (32 bytes). */
  hash: Uint8Array
  /** Its entry's number (0: a line that is no entry, such as one too long). */
  n: number
  /** Its line number in the file. */
  line: number
  offset: number
  length: number
  /** LINE_* flags of scanNdjson. */
  flags: number
}

const ROW = 56
const ROWS_PER_CHUNK = 4096
/** Chunks the writer puts per transaction (about 3.7 MB). */
const CHUNKS_PER_TRANSACTION = 16
/** Rows passed by without a match that a reader keeps for `rest()`. */
const PASSED_KEPT = 65_536

/**
 * The line table of a line-based source in the store: every non-blank line in file order, 56
 * bytes each, in chunks of 4,096 lines, so that it is read and written a chunk at a time. A new
 * table is written beside the old one (the next generation) and replaces it when whole.
 * @param store the store
 * @param name the loader's name for its tables
 * @returns readers and a writer
 */
export function lineTable(store: ContentStore, name = 'ndjson') {
  const table = store.table<unknown>(`${name}:lines`)
  const gen = () => {
    const value = table.get('gen')
    return typeof value === 'number' ? value : 0
  }
  const chunkKey = (generation: number, index: number) => `${String(generation).padStart(8, '0')}:${String(index).padStart(8, '0')}`
  // Every chunk key of a generation: its number, a colon, then anything (`;` follows `:`).
  const chunksOf = (generation: number) => ({ start: `${String(generation).padStart(8, '0')}:`, end: `${String(generation).padStart(8, '0')};` })
  function* rowsOf(generation: number): Generator<LineRow, void, undefined> {
    for (const [, chunk] of table.entries(chunksOf(generation))) {
      if (!(chunk instanceof Uint8Array)) return
      for (let at = 0; at + ROW <= chunk.length; at += ROW) yield decode(chunk, at)
    }
  }
  return {
    /** The rows of the current table, in file order. */
    rows: () => rowsOf(gen()),
    /** A cursor over the current table for comparing a new scan with it, in file order. */
    reader() {
      const generation = gen()
      const source = rowsOf(generation)
      const window: LineRow[] = []
      // Rows the cursor passed by without a match: with the window and what the cursor has not reached, the rows no match took.
      // Kept up to PASSED_KEPT (a few changed lines); past that, the table is read again from the start.
      let passed: LineRow[] | undefined = []
      const fill = (count: number) => {
        while (window.length < count) {
          const next = source.next()
          if (next.done) return
          window.push(next.value)
        }
      }
      return {
        /**
         * The stored line (its entry, its place) with these bytes at the cursor or a little after it (then the
         * lines in between are passed by: deleted or changed), unless already taken.
         */
        match(hash: Uint8Array, taken: { has(n: number): boolean }, lookahead: number): LineRow | undefined {
          fill(lookahead + 1)
          for (let i = 0; i < window.length; i++) {
            const row = window[i]
            if (row && row.n > 0 && !taken.has(row.n) && equal(row.hash, hash)) {
              const skipped = window.splice(0, i + 1).slice(0, i)
              if (passed && passed.length + skipped.length <= PASSED_KEPT) passed.push(...skipped)
              else passed = undefined
              return row
            }
          }
          return undefined
        },
        /**
         * Every row of the stored table that no match returned (some may have been taken otherwise, by
         * their hash): those passed by, then the rest from the cursor on. The table is read once.
         */
        *rest(): Generator<LineRow, void, undefined> {
          if (!passed) {
            yield* rowsOf(generation)
            return
          }
          yield* passed
          yield* window
          yield* source
        },
      }
    },
    /** A writer of the next table; `finish()` (in a transaction) makes it the current one. */
    writer() {
      const generation = gen() + 1
      let chunk = Buffer.alloc(ROW * ROWS_PER_CHUNK)
      let used = 0
      let index = 0
      // Full chunks are written CHUNKS_PER_TRANSACTION at a time: a commit per chunk cost more than its write.
      let full: Array<[string, Buffer]> = []
      const commit = () => {
        const chunks = full
        full = []
        if (chunks.length) store.transaction(() => chunks.forEach(([key, bytes]) => table.put(key, bytes)))
      }
      const flush = () => {
        if (used === 0) return
        full.push([chunkKey(generation, index++), used === ROWS_PER_CHUNK ? chunk : Buffer.from(chunk.subarray(0, used * ROW))])
        if (full.length >= CHUNKS_PER_TRANSACTION) commit()
        chunk = Buffer.alloc(ROW * ROWS_PER_CHUNK)
        used = 0
      }
      return {
        push(row: LineRow) {
          encode(chunk, used * ROW, row)
          used += 1
          if (used === ROWS_PER_CHUNK) flush()
        },
        finish() {
          flush()
          commit()
          const previous = gen()
          // Listed by key: the previous table's chunks are removed, not read (a reader read them already).
          const stale = [...table.keys(chunksOf(previous))]
          store.transaction(() => {
            for (const key of stale) table.remove(key)
            table.put('gen', generation)
          })
        },
      }
    },
  }
}

function encode(chunk: Buffer, at: number, row: LineRow): void {
  chunk.set(row.hash, at)
  chunk.writeUInt32LE(row.n, at + 32)
  chunk.writeUInt32LE(row.line, at + 36)
  chunk.writeUInt32LE(row.length, at + 40)
  chunk.writeUInt8(row.flags, at + 44)
  chunk.writeDoubleLE(row.offset, at + 48)
}

function decode(chunk: Uint8Array, at: number): LineRow {
  const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return {
    hash: view.subarray(at, at + 32),
    n: view.readUInt32LE(at + 32),
    line: view.readUInt32LE(at + 36),
    length: view.readUInt32LE(at + 40),
    flags: view.readUInt8(at + 44),
    offset: view.readDoubleLE(at + 48),
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
