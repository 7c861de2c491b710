/**
 * The file floor of the benchmark: what creating the export's files costs on this disk, done
 * plainly. Writes one file per line of a list (`<size> <path>`, the files of a full export), each
 * of that size, into a new folder, one after another in one thread; no content is made, nothing
 * is read back. An export writes at least these files.
 *
 *   npx tsx bench/filesFloor.ts --list files.txt --out folder
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { list: { type: 'string' }, out: { type: 'string' } } })
if (!values.list || !values.out) {
  process.stderr.write('Usage: tsx bench/filesFloor.ts --list files.txt --out folder\n')
  process.exitCode = 2
} else {
  const lines = readFileSync(values.list, 'utf8').split('\n').filter(Boolean)
  let largest = 0
  const files = lines.map((line) => {
    const space = line.indexOf(' ')
    const size = Number(line.slice(0, space))
    largest = Math.max(largest, size)
    return { size, path: line.slice(space + 1) }
  })
  const bytes = Buffer.alloc(largest, 0x20)
  const made = new Set<string>()
  for (const { size, path } of files) {
    const file = join(values.out, path)
    const dir = dirname(file)
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    writeFileSync(file, bytes.subarray(0, size))
  }
  process.stderr.write(`File floor: wrote ${files.length} files.\n`)
}
