/**
 * Issue 19, wrong output and unclear messages: a disk that fills up, a file that cannot be replaced,
 * a mount that is busy. Before the commit, the write is thrown away and the message says so, naming
 * where it failed (the output, or the cache folder on its own disk); after the commit, the message
 * says how much of the new version is in place, every later command says the same (never a stack),
 * and the first command after the cause is gone finishes the write.
 *
 * The faults are injected at the file system call (tests/support/fsFaults.ts), except where this
 * process may mount a small tmpfs (root): there the disk really fills up.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { injectFault, injectSyncFault } from '../support/fsFaults.ts'
import { NOW, outputState, readTree, runJobld, tempDir } from '../support/exportRun.ts'

const DATA = 'tests/fixtures/robustness/malformed/clean.ndjson'
const SHM = '/dev/shm'
const otherDevice = existsSync(SHM) && statSync(SHM).dev !== statSync(tmpdir()).dev
const restores: Array<() => void> = []

afterEach(() => {
  for (const restore of restores.splice(0)) restore()
})

/** An output of the seed content, its cache root, and a reference export of the fixture dataset to replace it with. */
async function setting(label: string, outParent?: string) {
  const dir = await tempDir(label)
  const cache = join(dir, 'cache')
  const out = join(outParent ?? dir, 'jsonld')
  const exportTo = (from: string, to = out) => runJobld(['export', '--from', from, '--out', to, ...NOW], { JOBLD_CACHE_DIR: cache })
  expect((await exportTo('content')).code).toBe(0)
  expect((await exportTo(DATA, join(dir, 'reference'))).code).toBe(0)
  return { dir, cache, out, exportTo, own: join(cache, cacheFolderName(out)), reference: await readTree(join(dir, 'reference')) }
}

const hidden = async (dir: string) => (await readdir(dir, { recursive: true })).filter((path) => path.split('/').some((part) => part.startsWith('.')))
const writes = async (own: string) => (await readdir(own)).filter((name) => name.startsWith('write-'))

describe('a full disk while the new version is staged', () => {
  it('in the cache folder: names the cache folder, writes nothing, and the next export works', async () => {
    const { out, own, exportTo, reference } = await setting('nospace-cache')
    const before = await outputState(out)
    let staged = 0
    // Pages are written with writeFileSync, the manifest through a file handle: the third staged file fails, whichever it is.
    const full = (path: string) => path.includes('/write-') && path.includes('/files/') && ++staged > 2
    restores.push(injectFault('open', 'ENOSPC', full), injectSyncFault('writeFileSync', 'ENOSPC', full))
    const run = await exportTo(DATA)
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').at(-2)).toMatch(
      new RegExp(`^Cannot write the cache folder ${own}: no space left on the device \\(ENOSPC\\) at ${own}/write-\\d+-[0-9a-f]{16}/files/\\S+\\. Nothing was written; ${out} is as it was\\.$`),
    )
    expect(await outputState(out)).toEqual(before)
    expect(await writes(own)).toEqual([])
    for (const restore of restores.splice(0)) restore()
    expect((await exportTo(DATA)).code).toBe(0)
    expect(await readTree(out)).toEqual(reference)
  })

  it.skipIf(!otherDevice)('in an output on another file system: names the output, leaves no temporary file, and the next export works', async () => {
    const { out, own, exportTo, reference } = await setting('nospace-out', await mkdtemp(join(SHM, 'jobld-nospace-')))
    const before = await outputState(out)
    let staged = 0
    const full = (path: string) => path.endsWith('.jobld-tmp') && ++staged > 2
    restores.push(injectFault('open', 'ENOSPC', full), injectSyncFault('writeFileSync', 'ENOSPC', full))
    const run = await exportTo(DATA)
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').at(-2)).toMatch(
      new RegExp(`^Cannot write ${out}: no space left on the device \\(ENOSPC\\) at ${out}/\\S+\\.[0-9a-f]{16}\\.jobld-tmp\\. Nothing was written; ${out} is as it was\\.$`),
    )
    expect(await outputState(out)).toEqual(before)
    expect(await hidden(out)).toEqual([])
    expect(await writes(own)).toEqual([])
    for (const restore of restores.splice(0)) restore()
    expect((await exportTo(DATA)).code).toBe(0)
    expect(await readTree(out)).toEqual(reference)
    await rm(join(out, '..'), { recursive: true, force: true })
  })
})

describe('a failure after the commit', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EBUSY', 'the file or folder is busy (a mount point?)'],
    ['EXDEV', 'a rename across file systems'],
  ])('(%s) says what is on disk, is said again by every later command without a stack, and is finished once the cause is gone', async (code, words) => {
    const { dir, cache, out, own, exportTo, reference } = await setting(`after-commit-${code}`)
    let moved = 0
    // As the kernel does, a rename whose source is gone fails with ENOENT, not with the fault.
    const fault = injectFault('rename', code, (from, to) => String(to).startsWith(`${out}/`) && !String(to).includes('.jobld-probe-') && existsSync(from) && ++moved > 2)
    restores.push(fault)
    const run = await exportTo(DATA)
    const message = new RegExp(
      `^Cannot finish writing ${out}: ${words.replace(/[()?]/g, '\\$&')} \\(${code}\\) at ${out}/\\S+\\. The new version was decided and is partly in place \\(2 of \\d+ changes made; manifest\\.json still lists the old version\\)\\. Fix the cause and run any jobld command: it finishes the write\\.$`,
    )
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').at(-2)).toMatch(message)
    expect(await writes(own)).toHaveLength(1)

    // While the cause lasts: a command about another output goes on and says it; one about this output stops.
    const validate = await runJobld(['validate', '--from', 'content', ...NOW], { JOBLD_CACHE_DIR: cache })
    expect(validate.code).toBe(0)
    expect(validate.stderr.split('\n')[0]).toMatch(message)
    const again = await exportTo(DATA)
    expect(again.code).toBe(2)
    for (const text of [run.stderr, validate.stderr, again.stderr]) expect(text).not.toMatch(/\n\s+at /)

    fault()
    const finish = await runJobld(['validate', '--from', 'content', ...NOW], { JOBLD_CACHE_DIR: cache })
    expect([finish.code, finish.stderr.startsWith('jobProfile →')]).toEqual([0, true])
    expect(await readTree(out)).toEqual(reference)
    expect(await writes(own)).toEqual([])
    await rm(dir, { recursive: true, force: true })
  })
})

describe('a cache folder that cannot be written', () => {
  it('is named, with what to do, also with --no-cache; nothing is written', async () => {
    const dir = await tempDir('cache-unwritable')
    await writeFile(join(dir, 'a-file'), 'not a folder')
    const out = join(dir, 'jsonld')
    const run = await runJobld(['export', '--from', 'content', '--out', out, '--no-cache', '--cache-dir', join(dir, 'a-file', 'cache'), ...NOW])
    expect([run.code, run.stderr.split('\n').at(-2)]).toEqual([
      2,
      `Cannot write the cache folder ${join(dir, 'a-file', 'cache', cacheFolderName(out))}: a file stands where a folder was expected (ENOTDIR) at ${join(dir, 'a-file', 'cache', cacheFolderName(out))}, expected a folder jobld can write (every export keeps the journal of its write there, with --no-cache too); give another with --cache-dir or JOBLD_CACHE_DIR. Nothing was written.`,
    ])
    expect(existsSync(out)).toBe(false)
  })
})

/** Mounts a tmpfs of `size` at a new folder when this process may (root); undefined otherwise. */
function smallDisk(size: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined
  const dir = join(tmpdir(), `jobld-small-${process.pid}-${size}-${Math.random().toString(16).slice(2, 8)}`)
  try {
    execFileSync('mkdir', ['-p', dir])
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
    mounted.push(dir)
    return dir
  } catch {
    execFileSync('rmdir', [dir])
    return undefined
  }
}

/** Unmounts what smallDisk mounted. */
function unmountAll(): void {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', [dir])
    execFileSync('rmdir', [dir])
  }
}

const mounted: string[] = []
const canMount = smallDisk('64k') !== undefined
unmountAll()

/** Bytes still free on a file system. */
const freeBytes = (dir: string) => Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().split('\n')[1])

describe.skipIf(!canMount)('a disk that really fills up (a small tmpfs; needs root)', () => {
  afterEach(unmountAll)

  it('stops an update of an output there with the truth, leaves the old version whole, and the next command works', async () => {
    const root = smallDisk('2m') ?? ''
    const { dir, cache, out, own, exportTo } = await setting('really-full', root)
    const before = await outputState(out)
    // Fill what is left but a few kilobytes: the new version's files do not fit.
    await writeFile(join(root, 'filler'), Buffer.alloc(Math.max(0, freeBytes(root) - 8192)))
    const data = join(dir, 'bigger.ndjson')
    const { generateDataset } = await import('../../bench/generateDataset.ts')
    await writeFile(data, [...generateDataset({ documents: 120, seed: 4 })].map((doc) => JSON.stringify(doc)).join('\n'))
    const run = await exportTo(data)
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').at(-2)).toMatch(new RegExp(`^Cannot write ${out}: no space left on the device \\(ENOSPC\\) at ${out}/\\S+\\. Nothing was written; ${out} is as it was\\.$`))
    expect(await outputState(out)).toEqual(before)
    expect(await hidden(out)).toEqual([])
    expect(await writes(own)).toEqual([])
    const next = await runJobld(['validate', '--from', 'content', ...NOW], { JOBLD_CACHE_DIR: cache })
    expect(next.code).toBe(0)
    await rm(join(root, 'filler'))
    expect((await exportTo(data)).code).toBe(0)
  })

  it('names the cache folder when the cache disk is the full one', async () => {
    const cacheDisk = smallDisk('1m') ?? ''
    const dir = await tempDir('cache-full')
    await mkdir(join(cacheDisk, 'cache'))
    await writeFile(join(cacheDisk, 'filler'), Buffer.alloc(freeBytes(cacheDisk)))
    const out = join(dir, 'jsonld')
    const run = await runJobld(['export', '--from', 'content', '--out', out, ...NOW], { JOBLD_CACHE_DIR: join(cacheDisk, 'cache') })
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').at(-2)).toMatch(new RegExp(`^Cannot write the cache folder ${join(cacheDisk, 'cache', cacheFolderName(out))}: no space left on the device \\(ENOSPC\\)`))
    expect(existsSync(out)).toBe(false)
  })
})
