/**
 * Issue 19, wrong output: two exports from different sources into one output at the same time
 * leave one whole version and no file in no manifest. Runs with different cache folders (and
 * `--no-cache`) take the same lock, which belongs to the output; and a writer that takes no lock
 * at all (another program, an older jobld) is seen at commit, when the manifest on disk is no
 * longer the one the export started from: the export then writes nothing and says so.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, existsSync } from 'node:fs'
import { cpSync, readdirSync, rmSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { exportToFolder } from '../../scripts/export/io/exportToFolder.ts'
import { lockFileOf } from '../../scripts/export/io/outputLock.ts'
import { NOW, readTree, runJobld, tempDir } from '../support/exportRun.ts'

/** Writes a generated dataset as NDJSON. */
async function writeNdjson(file: string, documents: number, seed: number): Promise<void> {
  const out = createWriteStream(file)
  for (const doc of generateDataset({ documents, seed })) if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}

const hidden = async (dir: string) => (await readdir(dir, { recursive: true })).filter((path) => path.split('/').some((part) => part.startsWith('.')))

describe('two exports into one output at the same time', () => {
  it.each([[[]], [['--no-cache']]])('with different cache folders %j: the second is refused, the first writes one whole version', { timeout: 120_000 }, async (extra) => {
    const dir = await tempDir('concurrent')
    const slow = join(dir, 'slow.ndjson')
    await writeNdjson(slow, 3000, 1)
    const out = join(dir, 'jsonld')
    expect((await runJobld(['export', '--from', slow, '--out', join(dir, 'slow-ref'), ...NOW], { JOBLD_CACHE_DIR: join(dir, 'ref-cache') })).code).toBe(0)
    expect((await runJobld(['export', '--from', 'content', '--out', out, ...NOW], { JOBLD_CACHE_DIR: join(dir, 'cache-b') })).code).toBe(0)

    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobld.ts', 'export', '--from', slow, '--out', out, '--cache-dir', join(dir, 'cache-a'), ...extra, ...NOW], { stdio: 'ignore' })
    const exit = once(child, 'exit') as Promise<[number | null]>
    // The lock of the output is taken before the slow export reads its source.
    while (!existsSync(lockFileOf(out)) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await runJobld(['export', '--from', 'content', '--out', out, ...extra, ...NOW], { JOBLD_CACHE_DIR: join(dir, 'cache-b') })
    expect([second.code, second.stderr]).toEqual([2, `Unexpected second jobld run writing ${out} (process ${child.pid} is writing it), expected one at a time; wait for it to finish\n`])
    const [code] = await exit
    expect(code).toBe(0)
    expect(await readTree(out)).toEqual(await readTree(join(dir, 'slow-ref')))
    expect(await hidden(out)).toEqual([])
    expect(existsSync(lockFileOf(out))).toBe(false)
  })

  it('when another program writes the output meanwhile, writes nothing at its commit and leaves the other version whole', async () => {
    const dir = await tempDir('concurrent-other')
    const data = join(dir, 'data.ndjson')
    await writeNdjson(data, 200, 5)
    const out = join(dir, 'jsonld')
    const other = join(dir, 'other')
    const cacheRoot = join(dir, 'cache')
    expect((await runJobld(['export', '--from', 'content', '--out', out, ...NOW], { JOBLD_CACHE_DIR: cacheRoot })).code).toBe(0)
    expect((await runJobld(['export', '--from', 'content', '--out', other, '--base-url', 'https://www.example.nl/beroepen', ...NOW], { JOBLD_CACHE_DIR: join(dir, 'other-cache') })).code).toBe(0)

    let replaced = false
    const write = exportToFolder({ kind: 'ndjson', file: data }, {}, out, { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir: join(cacheRoot, cacheFolderName(out)) }, (line) => {
      // While this export builds its pages, someone copies another whole version over the output.
      if (line.startsWith('Building') && !replaced) {
        for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true })
        cpSync(other, out, { recursive: true })
        replaced = true
      }
    })
    await expect(write).rejects.toThrow(
      `Unexpected change to ${out}/manifest.json while this export ran (another program or jobld run wrote it), expected it to stay as it was; nothing was written, run the export again`,
    )
    expect(replaced).toBe(true)
    expect(await readTree(out)).toEqual(await readTree(other))
    expect(await hidden(out)).toEqual([])
    expect((await readdir(join(cacheRoot, cacheFolderName(out)))).filter((name) => name.startsWith('write-'))).toEqual([])
  })
})
