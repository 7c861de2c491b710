import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeOutputAtomically } from '../scripts/io/writeOutputAtomically.ts'

const files = (tag: string) => [
  { path: 'a.jsonld', content: `{"v":"${tag}"}\n` },
  { path: 'vacatures/b.jsonld', content: `{"w":"${tag}"}\n` },
]

describe('writeOutputAtomically', () => {
  it('makes <out> a link to a complete version folder and replaces it as a whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-write-'))
    const out = join(dir, 'jsonld')
    await writeOutputAtomically(out, files('one'))
    expect((await lstat(out)).isSymbolicLink()).toBe(true)
    expect(await readFile(join(out, 'vacatures/b.jsonld'), 'utf8')).toBe('{"w":"one"}\n')
    const first = await readlink(out)
    await writeOutputAtomically(out, files('two'))
    expect(await readlink(out)).not.toBe(first)
    expect(await readFile(join(out, 'a.jsonld'), 'utf8')).toBe('{"v":"two"}\n')
    // Only the current version is left beside the link.
    expect((await readdir(dir)).sort()).toEqual(['jsonld', await readlink(out)].sort())
  })

  it('moves an existing real folder aside once and links in its place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-write-'))
    const out = join(dir, 'jsonld')
    await mkdir(out)
    await writeFile(join(out, 'old.jsonld'), 'old')
    await writeOutputAtomically(out, files('new'))
    expect((await lstat(out)).isSymbolicLink()).toBe(true)
    expect((await readdir(out)).sort()).toEqual(['a.jsonld', 'vacatures'])
  })

  it('removes temporary folders left by a killed run and keeps the output when a write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-write-'))
    const out = join(dir, 'jsonld')
    await writeOutputAtomically(out, files('one'))
    // A run with a pid that no longer exists (pids are below 2^22 on Linux).
    await mkdir(join(dir, '.jsonld.tmp-4194999-deadbeef00'))
    await writeFile(join(dir, '.jsonld.tmp-4194999-deadbeef00', 'half.jsonld'), '{"trunc')
    const before = await readlink(out)
    await expect(writeOutputAtomically(out, [{ path: 'ok.jsonld', content: '{}' }, { path: '../escape.jsonld', content: '' }])).rejects.toThrow(
      'Unexpected output path "../escape.jsonld", expected a path inside the output folder',
    )
    // A failure halfway through writing (a file where a folder must go) also leaves the output alone.
    await expect(writeOutputAtomically(out, [{ path: 'a.jsonld', content: 'x' }, { path: 'a.jsonld/oops', content: 'x' }])).rejects.toThrow()
    expect(await readlink(out)).toBe(before)
    expect(await readFile(join(out, 'a.jsonld'), 'utf8')).toBe('{"v":"one"}\n')
    expect((await readdir(dir)).filter((e) => e.includes('tmp'))).toEqual([])
  })
})
