import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ndjsonLines, readNdjson } from '../scripts/sources/readNdjson.ts'
import { sourceFailure } from './support/sourceFailure.ts'

const root = 'tests/fixtures/sources'
const fixture = (name: string) => join(root, name)

describe('readNdjson', () => {
  it('reads every object with its file and line', async () => {
    const { documents, issues } = await readNdjson(fixture('dataset.ndjson'))
    expect(issues).toEqual([])
    expect(documents.map((d) => [d.value._id, d.position])).toEqual([
      ['organization.voorbeeld-bv', { file: 'tests/fixtures/sources/dataset.ndjson', line: 1 }],
      ['jobProfile.customer-service-medewerker', { file: 'tests/fixtures/sources/dataset.ndjson', line: 2 }],
      ['drafts.jobProfile.customer-service-medewerker', { file: 'tests/fixtures/sources/dataset.ndjson', line: 3 }],
      ['salaryTier.customer-service-medewerker.starter', { file: 'tests/fixtures/sources/dataset.ndjson', line: 4 }],
      ['salaryTier.customer-service-medewerker.ervaren', { file: 'tests/fixtures/sources/dataset.ndjson', line: 5 }],
      ['faqEntry.customer-service-medewerker.1', { file: 'tests/fixtures/sources/dataset.ndjson', line: 6 }],
      ['versions.rZomer.faqEntry.customer-service-medewerker.1', { file: 'tests/fixtures/sources/dataset.ndjson', line: 7 }],
      ['vacancy.klantenservice-utrecht', { file: 'tests/fixtures/sources/dataset.ndjson', line: 8 }],
      ['_.groups.public', { file: 'tests/fixtures/sources/dataset.ndjson', line: 9 }],
    ])
  })

  it('reports every malformed line, not just the first, and keeps the good ones', async () => {
    const { documents, issues } = await readNdjson(fixture('malformed-line.ndjson'))
    expect(documents.map((d) => d.position?.line)).toEqual([1, 4, 6])
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'ndjson.invalid_json',
        docId: '(line 2)',
        docType: '(unknown)',
        path: [],
        message:
          'Unexpected text that is not JSON: `{"_id":"faqEntry.x.1","_type":"faqEntry"…`, expected one JSON object per line',
        position: { file: 'tests/fixtures/sources/malformed-line.ndjson', line: 2 },
      },
      {
        severity: 'error',
        code: 'ndjson.invalid_json',
        docId: '(line 5)',
        docType: '(unknown)',
        path: [],
        message:
          'Unexpected text that is not JSON: `this line is not JSON at all, it is a se…`, expected one JSON object per line',
        position: { file: 'tests/fixtures/sources/malformed-line.ndjson', line: 5 },
      },
    ])
  })

  it('reports JSON values that are not objects', async () => {
    const { documents, issues } = await readNdjson(fixture('not-object.ndjson'))
    expect(documents.map((d) => d.value._id)).toEqual(['organization.voorbeeld-bv'])
    expect(issues.map((i) => [i.code, i.docId, i.message])).toEqual([
      ['ndjson.not_object', '(line 1)', 'Unexpected JSON array `["jobProfile.a","jobProfile.b"]`, expected one JSON object per line'],
      ['ndjson.not_object', '(line 3)', 'Unexpected JSON string `"faqEntry.x.1"`, expected one JSON object per line'],
      ['ndjson.not_object', '(line 4)', 'Unexpected JSON number `42`, expected one JSON object per line'],
      ['ndjson.not_object', '(line 5)', 'Unexpected JSON null `null`, expected one JSON object per line'],
      ['ndjson.not_object', '(line 6)', 'Unexpected JSON boolean `true`, expected one JSON object per line'],
    ])
  })

  it('strips a UTF-8 byte order mark from the first line', async () => {
    const { documents, issues } = await readNdjson(fixture('bom.ndjson'))
    expect(issues).toEqual([])
    expect(documents[0]?.value).toEqual({ _id: 'organization.voorbeeld-bv', _type: 'organization', name: 'Voorbeeld B.V.' })
    expect(documents).toHaveLength(2)
  })

  it('accepts CRLF line endings and skips blank lines while counting them', async () => {
    const { documents, issues } = await readNdjson(fixture('crlf.ndjson'))
    expect(issues).toEqual([])
    expect(documents.map((d) => [d.value, d.position?.line])).toEqual([
      [{ _id: 'organization.voorbeeld-bv', _type: 'organization', name: 'Voorbeeld B.V.' }, 1],
      [{ _id: 'faqEntry.x.1', _type: 'faqEntry', question: 'Wat verdien je?' }, 3],
    ])
  })

  it('reports a last line that the file cuts off', async () => {
    const { documents, issues } = await readNdjson(fixture('truncated-last-line.ndjson'))
    expect(documents).toHaveLength(1)
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'ndjson.invalid_json',
        docId: '(line 2)',
        docType: '(unknown)',
        path: [],
        message: 'Unexpected end of file inside `{"_id":"faqEntry.x.1","_type":"faqEntry"…`, expected one JSON object per line',
        position: { file: 'tests/fixtures/sources/truncated-last-line.ndjson', line: 2 },
      },
    ])
  })

  it('rejects an empty file', async () => {
    const error = await sourceFailure(readNdjson(fixture('empty.ndjson')))
    expect(error.code).toBe('EMPTY')
    expect(error.message).toBe('Unexpected empty file "tests/fixtures/sources/empty.ndjson", expected one JSON object per line')
  })

  it('rejects a file of blank lines as empty', async () => {
    const error = await sourceFailure(readNdjson(fixture('blank-lines.ndjson')))
    expect(error.code).toBe('EMPTY')
  })

  it('rejects bytes that are not UTF-8, naming the line', async () => {
    const error = await sourceFailure(readNdjson(fixture('latin1.ndjson')))
    expect(error.code).toBe('ENCODING')
    expect(error.message).toBe(
      'Unexpected bytes that are not UTF-8 in "tests/fixtures/sources/latin1.ndjson" on line 2, expected UTF-8 text',
    )
    expect(error.position).toEqual({ file: 'tests/fixtures/sources/latin1.ndjson', line: 2 })
  })

  it('rejects a UTF-16 file', async () => {
    const error = await sourceFailure(readNdjson(fixture('utf16.ndjson')))
    expect(error.code).toBe('ENCODING')
    expect(error.message).toBe(
      'Unexpected UTF-16 byte order mark in "tests/fixtures/sources/utf16.ndjson", expected UTF-8 text (re-save the file as UTF-8)',
    )
  })

  it('rejects a missing file', async () => {
    const error = await sourceFailure(readNdjson(fixture('no-such-file.ndjson')))
    expect(error.code).toBe('ENOENT')
    expect(error.message).toBe('Unexpected missing file "tests/fixtures/sources/no-such-file.ndjson", expected an NDJSON file')
  })

  it('rejects a folder as unreadable', async () => {
    const error = await sourceFailure(readNdjson(root))
    expect(error.code).toBe('READ')
    expect(error.message).toBe('Unexpected EISDIR while reading "tests/fixtures/sources", expected a readable NDJSON file')
  })

  describe('with a generated file', () => {
    let dir = ''
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'jobld-ndjson-'))
    })
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('reads a line with a 50 MB string field', async () => {
      const file = join(dir, 'huge-field.ndjson')
      const out = createWriteStream(file)
      out.write('{"_id":"a","_type":"faqEntry"}\n{"_id":"b","_type":"jobProfile","summary":"')
      const block = 'Klantcontact ’s avonds. '.repeat(4096)
      let written = 0
      while (written < 50 * 1024 * 1024) {
        if (!out.write(block)) await once(out, 'drain')
        written += Buffer.byteLength(block)
      }
      out.end('"}\n{"_id":"c","_type":"faqEntry"}\n')
      await once(out, 'finish')

      const { documents, issues } = await readNdjson(file)
      expect(issues).toEqual([])
      expect(documents.map((d) => [d.value._id, d.position?.line])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ])
      const summary = documents[1]?.value.summary
      expect(typeof summary === 'string' && summary.length).toBe(written / Buffer.byteLength(block) * block.length)
    })
  })
})

describe('ndjsonLines', () => {
  it('yields the same entries however the bytes are chunked', async () => {
    const bytes = await readFile(fixture('malformed-line.ndjson'))
    const crlf = await readFile(fixture('crlf.ndjson'))
    const accents = Buffer.from('\ufeff{"_id":"café","t":"’s avonds – 🙂"}\r\n\n[1]\n{"_id":"b"}')
    const collect = async (chunks: Uint8Array[]) => {
      const entries = []
      for await (const entry of ndjsonLines(toIterable(chunks), 'x.ndjson')) entries.push(entry)
      return entries
    }
    for (const input of [bytes, crlf, accents]) {
      const whole = await collect([input])
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 0, max: input.length }), { maxLength: 12 }), async (cuts) => {
          const points = [...new Set([0, ...cuts, input.length])].sort((a, b) => a - b)
          const chunks = points.slice(1).map((end, i) => input.subarray(points[i], end))
          expect(await collect(chunks)).toEqual(whole)
        }),
        { numRuns: 60 },
      )
    }
  })
})

async function* toIterable(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk
}
