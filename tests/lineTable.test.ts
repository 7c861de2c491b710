/**
 * The line table of an NDJSON file (or an archive's data.ndjson) is read once per run: the rows a
 * comparison passes by are kept for the end, when the entries that no line took are removed.
 * Whether few or very many rows were passed by (past what a reader keeps, it reads the table again),
 * the rows left at the end are exactly those no match took, each once.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { lineTable, type LineRow } from '../scripts/export/io/loaders/lineTable.ts'
import { memoryStore } from '../scripts/export/lib/store/memoryStore.ts'

const hashOf = (n: number) => createHash('sha256').update(`line ${n}`).digest()

/** A table of `count` rows, entry n on line n. */
function tableOf(count: number) {
  const store = memoryStore()
  const table = lineTable(store)
  const writer = table.writer()
  for (let n = 1; n <= count; n++) writer.push({ hash: hashOf(n), n, line: n, offset: n * 100, length: 99, flags: 0 })
  writer.finish()
  return table
}

/** Compares a file's lines with the table, line n kept when `kept(n)` (else its bytes changed), and returns the rows `rest()` then yields that no match took. */
function restAfter(count: number, kept: (n: number) => boolean) {
  const reader = tableOf(count).reader()
  const taken = new Set<number>()
  for (let n = 1; n <= count; n++) {
    const row = reader.match(hashOf(kept(n) ? n : -n), taken, 16)
    if (row) taken.add(row.n)
  }
  const rest: LineRow[] = [...reader.rest()]
  return { taken, rest: rest.filter((row) => !taken.has(row.n)).map((row) => row.n) }
}

describe('the line table read once per comparison', () => {
  it('leaves exactly the rows no match took when a few lines changed', () => {
    const { taken, rest } = restAfter(20_000, (n) => n % 1000 !== 0)
    expect(taken.size).toBe(20_000 - 20)
    expect(rest).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 1000))
  })

  it('leaves exactly the rows no match took when more lines changed than a reader keeps', () => {
    // Two in three lines changed: about 67,000 rows passed by, more than the 65,536 kept.
    const { taken, rest } = restAfter(100_000, (n) => n % 3 === 0)
    expect(taken.size).toBe(33_333)
    expect(rest).toEqual(Array.from({ length: 100_000 }, (_, i) => i + 1).filter((n) => n % 3 !== 0))
  })
})

describe('a new line table', () => {
  it('takes the place of the previous one: the store keeps the chunks of the current table only', () => {
    const store = memoryStore()
    const table = lineTable(store)
    const write = (count: number) => {
      const writer = table.writer()
      for (let n = 1; n <= count; n++) writer.push({ hash: hashOf(n), n, line: n, offset: n * 100, length: 99, flags: 0 })
      writer.finish()
    }
    write(10_000)
    write(5_000)
    const keys = [...store.table('ndjson:lines').keys()]
    // 5,000 rows are two chunks of 4,096 rows, and the generation's own key.
    expect(keys.filter((key) => key !== 'gen')).toHaveLength(2)
    expect([...table.rows()].map((row) => row.n)).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1))
  })
})
