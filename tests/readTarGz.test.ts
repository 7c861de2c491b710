import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { create } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { readTarGz } from '../scripts/sources/readTarGz.ts'
import { sourceFailure } from './support/sourceFailure.ts'

// Archives are built per run from the NDJSON fixtures; the folder is git-ignored.
const work = 'tests/artifacts/readTarGz'
const sources = 'tests/fixtures/sources'
const folder = 'production-export-2026-11-26'

/** Packs an NDJSON fixture the way `sanity dataset export` does: `<folder>/data.ndjson` beside asset folders. */
async function exportArchive(name: string, ndjson: string | undefined): Promise<string> {
  const dir = join(work, name)
  await mkdir(join(dir, folder, 'images'), { recursive: true })
  await writeFile(join(dir, folder, 'images', 'a1b2c3-1200x800.png'), randomBytes(256 * 1024))
  await writeFile(join(dir, folder, 'assets.json'), '{}\n')
  const entries = [`${folder}/images`, `${folder}/assets.json`]
  if (ndjson !== undefined) {
    await copyFile(join(sources, ndjson), join(dir, folder, 'data.ndjson'))
    entries.push(`${folder}/data.ndjson`)
  }
  const archive = join(work, `${name}.tar.gz`)
  await create({ gzip: true, file: archive, cwd: dir, portable: true }, entries)
  return archive
}

describe('readTarGz', () => {
  let dataset = ''
  beforeAll(async () => {
    await rm(work, { recursive: true, force: true })
    dataset = await exportArchive('dataset', 'dataset.ndjson')
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  it('reads data.ndjson out of a dataset export archive, skipping the assets', async () => {
    const fromArchive = await readTarGz(dataset)
    const fromFile = await readNdjson(join(sources, 'dataset.ndjson'))
    expect(fromArchive.issues).toEqual([])
    expect(fromArchive.documents.map((d) => d.value)).toEqual(fromFile.documents.map((d) => d.value))
    expect(fromArchive.documents.slice(0, 2).map((d) => d.position)).toEqual([
      { file: `tests/artifacts/readTarGz/dataset.tar.gz!/${folder}/data.ndjson`, line: 1 },
      { file: `tests/artifacts/readTarGz/dataset.tar.gz!/${folder}/data.ndjson`, line: 2 },
    ])
  })

  it('reports every bad line at its position inside the archive', async () => {
    const archive = await exportArchive('malformed-line', 'malformed-line.ndjson')
    const { documents, issues } = await readTarGz(archive)
    expect(documents.map((d) => d.position?.line)).toEqual([1, 4, 6])
    expect(issues.map((i) => [i.code, i.docId, i.position])).toEqual([
      ['ndjson.invalid_json', '(line 2)', { file: `tests/artifacts/readTarGz/malformed-line.tar.gz!/${folder}/data.ndjson`, line: 2 }],
      ['ndjson.invalid_json', '(line 5)', { file: `tests/artifacts/readTarGz/malformed-line.tar.gz!/${folder}/data.ndjson`, line: 5 }],
    ])
  })

  it('rejects a cut-off archive', async () => {
    const whole = await readFile(dataset)
    const cut = join(work, 'cut-off.tar.gz')
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)))
    const error = await sourceFailure(readTarGz(cut))
    expect(error.code).toBe('TRUNCATED_ARCHIVE')
    expect(error.message).toBe(
      `Unexpected end of archive "tests/artifacts/readTarGz/cut-off.tar.gz" inside its entry ${folder}/images/a1b2c3-1200x800.png, expected a complete .tar.gz (was the export or its download cut off?)`,
    )
  })

  it('rejects an archive cut off inside data.ndjson, naming it', async () => {
    // data.ndjson last, after the assets (the order of `dataset` puts it before the image).
    const dir = join(work, 'data-last')
    await mkdir(join(dir, folder, 'images'), { recursive: true })
    await writeFile(join(dir, folder, 'images', 'a.png'), randomBytes(64 * 1024))
    await copyFile(join(sources, 'dataset.ndjson'), join(dir, folder, 'data.ndjson'))
    const last = join(work, 'data-last.tar.gz')
    await create({ gzip: true, file: last, cwd: dir, portable: true }, [`${folder}/images/a.png`, `${folder}/data.ndjson`])
    const whole = await readFile(last)
    const cut = join(work, 'cut-in-data.tar.gz')
    await writeFile(cut, whole.subarray(0, whole.length - 40))
    const error = await sourceFailure(readTarGz(cut))
    expect(error.code).toBe('TRUNCATED_ARCHIVE')
    expect(error.message).toBe(
      `Unexpected end of archive "tests/artifacts/readTarGz/cut-in-data.tar.gz" inside its entry ${folder}/data.ndjson, expected a complete .tar.gz (was the export or its download cut off?)`,
    )
  })

  it('rejects an archive without data.ndjson', async () => {
    const archive = await exportArchive('assets-only', undefined)
    const error = await sourceFailure(readTarGz(archive))
    expect(error.code).toBe('BAD_ARCHIVE')
    expect(error.message).toBe(
      'Unexpected archive "tests/artifacts/readTarGz/assets-only.tar.gz" without data.ndjson, expected a `sanity dataset export` archive',
    )
  })

  it('rejects a file that is not an archive', async () => {
    const error = await sourceFailure(readTarGz(join(sources, 'dataset.ndjson')))
    expect(error.code).toBe('BAD_ARCHIVE')
    expect(error.message).toBe(
      'Unexpected file "tests/fixtures/sources/dataset.ndjson" that is not a tar archive, expected a `sanity dataset export` archive',
    )
  })

  it('rejects an archive whose data.ndjson is empty', async () => {
    const archive = await exportArchive('empty', 'empty.ndjson')
    const error = await sourceFailure(readTarGz(archive))
    expect(error.code).toBe('EMPTY')
    expect(error.message).toBe(
      'Unexpected empty data.ndjson in "tests/artifacts/readTarGz/empty.tar.gz", expected one JSON object per line',
    )
  })

  it('rejects bytes that are not UTF-8 without waiting for the rest of the archive', async () => {
    const archive = await exportArchive('latin1', 'latin1.ndjson')
    const error = await sourceFailure(readTarGz(archive))
    expect(error.code).toBe('ENCODING')
    expect(error.position).toEqual({ file: `tests/artifacts/readTarGz/latin1.tar.gz!/${folder}/data.ndjson`, line: 2 })
  })

  it('rejects a missing archive', async () => {
    const error = await sourceFailure(readTarGz(join(work, 'no-such.tar.gz')))
    expect(error.code).toBe('ENOENT')
    expect(error.message).toBe('Unexpected missing file "tests/artifacts/readTarGz/no-such.tar.gz", expected a .tar.gz archive')
  })
})
