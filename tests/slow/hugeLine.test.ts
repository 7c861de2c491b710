/**
 * A 600 MB NDJSON line, longer than the longest string V8 can make: the export reports it at its
 * line, reads the lines after it, and never holds it (a 256 MB heap is plenty).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOW, tempDir } from '../support/exportRun.ts'

describe('a 600 MB line', () => {
  it('is an issue at its line, within a small heap, and the other lines are read', async () => {
    const dir = await tempDir('huge-line')
    const file = join(dir, 'huge.ndjson')
    const seed = (await readFile('tests/fixtures/robustness/network/dataset.ndjson', 'utf8')).trimEnd().split('\n')
    const out = createWriteStream(file)
    out.write(`${seed[0]}\n{"_id":"faqEntry.huge","_type":"faqEntry","question":"`)
    const chunk = Buffer.alloc(8 * 1024 * 1024, 'x')
    for (let written = 0; written < 600 * 1024 * 1024; written += chunk.length) if (!out.write(chunk)) await once(out, 'drain')
    out.write(`?"}\n${seed.slice(1).join('\n')}\n`)
    out.end()
    await once(out, 'finish')

    const child = spawn(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', 'scripts/jobld.ts', 'export', '--from', file, '--out', join(dir, 'jsonld'), ...NOW], {
      env: { ...process.env, JOBLD_CACHE_DIR: join(dir, 'cache') },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    await rm(file, { force: true })
    expect(stderr).toContain(
      `(unknown) → (line 2) (${file}:2): does not validate.\n  (document): Unexpected line longer than 67,108,864 bytes, expected one document of at most that size per line (raise JOBLD_MAX_LINE_BYTES for longer ones)\n`,
    )
    // The lines after it were read: their documents are there, so no other document is reported missing.
    expect(stderr).toContain('1 error: nothing written')
    expect(code).toBe(1)
  })
})
