import { createHmac } from 'node:crypto'
import { cp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rememberedToolFingerprint } from '../scripts/export/io/engine/toolFingerprint.ts'
import { tempDir } from './support/exportRun.ts'

const mac = (data: string) => createHmac('sha256', 'a cache folder key').update(data).digest('base64url')

describe('the tool fingerprint remembered in the cache folder', () => {
  let dir = ''
  let code = { scripts: '', ext: '.ts' }
  /** The fingerprint hashed from the files, with no memo to go by. */
  const hashed = async () => {
    await rm(join(dir, 'fresh.json'), { force: true })
    return rememberedToolFingerprint(join(dir, 'fresh.json'), mac, code)
  }
  const remembered = () => rememberedToolFingerprint(join(dir, 'memo.json'), mac, code)

  beforeAll(async () => {
    // A copy of jobld's own code folders and package manifest, as the source runs them.
    dir = await tempDir('tool-fingerprint')
    code = { scripts: join(dir, 'jobld', 'scripts'), ext: '.ts' }
    for (const folder of ['core', 'export', 'import', 'sources']) await cp(join('scripts', folder), join(code.scripts, folder), { recursive: true })
    await cp('package.json', join(dir, 'jobld', 'package.json'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('gives what hashing gives, and follows every change of a file, even one of the same size with its time set back', async () => {
    // A module whose modification time is a whole second, so that it can be set back exactly.
    const file = join(code.scripts, 'export', 'lib', 'renderFiles.ts')
    const second = new Date('2026-11-26T12:00:00Z')
    await utimes(file, second, second)
    const first = await hashed()
    expect(await remembered()).toBe(first)
    expect(await remembered()).toBe(first)

    // One character of it changed, the size and modification time kept.
    const before = await stat(file, { bigint: true })
    await writeFile(file, (await readFile(file, 'utf8')).replace('manifest', 'Manifest'))
    await utimes(file, second, second)
    const after = await stat(file, { bigint: true })
    expect([after.size, after.mtimeNs]).toEqual([before.size, before.mtimeNs])
    const edited = await hashed()
    expect(edited).not.toBe(first)
    expect(await remembered()).toBe(edited)

    // A module added in a subfolder, then the package manifest's version.
    await writeFile(join(code.scripts, 'core', 'vocabulary', 'added.ts'), 'export const added = 1\n')
    const added = await hashed()
    expect(added).not.toBe(edited)
    expect(await remembered()).toBe(added)
    const manifest = join(dir, 'jobld', 'package.json')
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"version": "', '"version": "9'))
    const released = await hashed()
    expect(released).not.toBe(added)
    expect(await remembered()).toBe(released)
  })

  it('does not believe a memo sealed with another key or edited', async () => {
    const memo = join(dir, 'memo.json')
    const truth = await remembered()
    const other = (data: string) => createHmac('sha256', 'another key').update(data).digest('base64url')
    const lie = 'A'.repeat(43)
    // A memo that names another fingerprint for the same stamps, sealed with another folder's key.
    await rememberedToolFingerprint(memo, other, code)
    const sealed = await readFile(memo, 'utf8')
    await writeFile(memo, sealed.replace(truth, lie))
    expect(await remembered()).toBe(truth)
    // Edited after it was sealed with this folder's key.
    await rememberedToolFingerprint(memo, mac, code)
    await writeFile(memo, (await readFile(memo, 'utf8')).replace(truth, lie))
    expect(await remembered()).toBe(truth)
  })
})
