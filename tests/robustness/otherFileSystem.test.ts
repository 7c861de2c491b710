/**
 * Issue 19, wrong output: an output on another file system than its cache folder (here /dev/shm, a
 * tmpfs, against a cache in the temporary folder on the disk). The first export into a folder that
 * does not exist yet writes it, every run; an update replaces and removes files there; a run killed
 * while it applies its write is finished by the next command, and no temporary file is left.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, existsSync, statSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { NOW, readTree, runJobld, tempDir } from '../support/exportRun.ts'

const SHM = '/dev/shm'
const otherDevice = existsSync(SHM) && statSync(SHM).dev !== statSync(tmpdir()).dev
const made: string[] = []

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

/** A fresh folder on /dev/shm. */
async function onShm(label: string): Promise<string> {
  const dir = await mkdtemp(join(SHM, `jobld-${label}-`))
  made.push(dir)
  return dir
}

/** Writes a generated dataset as NDJSON. */
async function writeNdjson(file: string, documents: number, seed: number): Promise<void> {
  const out = createWriteStream(file)
  for (const doc of generateDataset({ documents, seed })) if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}

/** Every name under a folder that starts with a dot: jobld's temporary files and probes would. */
async function hidden(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((path) => path.split('/').some((part) => part.startsWith('.')))
}

/** The export as a reader of the folder sees it: the visible files only. */
const visible = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => !path.split('/').some((part) => part.startsWith('.'))))

describe.skipIf(!otherDevice)('an output on another file system than its cache', () => {
  it('writes a first export into a folder that does not exist yet, every run', async () => {
    const dir = await tempDir('other-fs')
    const reference = join(dir, 'reference')
    expect((await runJobld(['export', '--from', 'content', '--out', reference, '--cache-dir', join(dir, 'cache'), ...NOW])).code).toBe(0)
    for (const run of [1, 2]) {
      const out = join(await onShm(`first-${run}`), 'site', 'jsonld')
      const result = await runJobld(['export', '--from', 'content', '--out', out, '--cache-dir', join(dir, 'cache'), ...NOW])
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr.split('\n').at(-2)).toBe(`Wrote 2 job profile pages and 3 vacancies (11 files) to ${out}.`)
      expect(await readTree(out)).toEqual(await readTree(reference))
      expect(await hidden(out)).toEqual([])
      expect((await readdir(join(dir, 'cache', cacheFolderName(out)))).sort()).toEqual(['cache-key', 'store', 'tool-fingerprint.json'])
    }
  })

  it('replaces and removes files there, leaving the new version whole and nothing else', async () => {
    const dir = await tempDir('other-fs-update')
    const data = join(dir, 'data.ndjson')
    await writeNdjson(data, 200, 3)
    const out = join(await onShm('update'), 'jsonld')
    const export_ = (from: string, to = out) => runJobld(['export', '--from', from, '--out', to, '--cache-dir', join(dir, 'cache'), ...NOW])
    expect((await export_('content', join(dir, 'content-ref'))).code).toBe(0)
    expect((await export_(data, join(dir, 'data-ref'))).code).toBe(0)
    for (const [from, reference] of [
      ['content', 'content-ref'],
      [data, 'data-ref'],
      ['content', 'content-ref'],
    ] as const) {
      const result = await export_(from)
      expect(result.code, result.stderr).toBe(0)
      expect(await readTree(out)).toEqual(await readTree(join(dir, reference)))
      expect(await hidden(out)).toEqual([])
    }
  })

  it('killed while it applies its write, is finished by the next command with no temporary file left', { timeout: 120_000 }, async () => {
    const dir = await tempDir('other-fs-kill')
    const [a, b] = [join(dir, 'a.ndjson'), join(dir, 'b.ndjson')]
    await Promise.all([writeNdjson(a, 600, 1), writeNdjson(b, 600, 2)])
    const cache = join(dir, 'cache')
    const out = join(await onShm('kill'), 'jsonld')
    expect((await runJobld(['export', '--from', b, '--out', join(dir, 'b-ref'), '--cache-dir', cache, ...NOW])).code).toBe(0)
    expect((await runJobld(['export', '--from', a, '--out', out, '--cache-dir', cache, ...NOW])).code).toBe(0)
    const [oldTree, newTree] = [await readTree(out), await readTree(join(dir, 'b-ref'))]
    expect(Object.keys(oldTree).length).toBeGreaterThan(300)

    // Each rename into the output waits 10 ms in the child: the apply step takes seconds, and the kill lands in it.
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', './tests/support/slowRenames.ts', 'scripts/jobld.ts', 'export', '--from', b, '--out', out, '--cache-dir', cache, ...NOW], {
      stdio: 'ignore',
      env: { ...process.env, JOBLD_TEST_SLOW_RENAMES_INTO: out },
    })
    const exit = once(child, 'exit')
    const own = join(cache, cacheFolderName(out))
    let killed = false
    for (let waited = 0; waited < 90_000 && child.exitCode === null; waited += 5) {
      const work = (await readdir(own).catch(() => [] as string[])).find((name) => name.startsWith('write-'))
      if (work && existsSync(join(own, work, 'journal.json'))) {
        await new Promise((resolve) => setTimeout(resolve, 300))
        killed = child.kill('SIGKILL')
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await exit
    expect(killed, 'the kill landed while the write was applied').toBe(true)

    // Half applied: every visible file is whole, old or new; the new version's files wait under temporary names.
    const half = await readTree(out)
    for (const [path, text] of Object.entries(visible(half))) expect(text === oldTree[path] || text === newTree[path], path).toBe(true)
    expect(visible(half)).not.toEqual(oldTree)
    expect(await hidden(out)).not.toEqual([])

    const next = await runJobld(['validate', '--from', 'content', ...NOW], { JOBLD_CACHE_DIR: cache })
    expect([next.code, next.stderr.startsWith('jobProfile →')]).toEqual([0, true])
    expect(await readTree(out)).toEqual(newTree)
    expect(await hidden(out)).toEqual([])
    expect((await readdir(own)).filter((name) => name.startsWith('write-'))).toEqual([])
  })
})
