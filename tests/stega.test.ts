import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stegaClean } from '@sanity/client/stega'
import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { cleanStega } from '../scripts/core/stega/cleanStega.ts'
import { readMarkdown } from '../scripts/sources/readMarkdown.ts'
import { readTree, runCli } from './support/exportRun.ts'

const now = new Date('2026-11-26T12:00:00Z')

/**
 * Encodes every string of a value the way a site's client does with stega on (Visual Editing):
 * the edit link appended as invisible characters. Keys that start with "_" are left alone, as
 * @sanity/client's default filter leaves them; `everything` encodes those too.
 */
function encode(value: unknown, id: string, path = '', everything = false): unknown {
  if (typeof value === 'string') return vercelStegaCombine(value, { origin: 'sanity.io', href: `/studio/intent/edit/id=${id};path=${path}` }, false)
  if (Array.isArray(value)) return value.map((item, i) => encode(item, id, `${path}[${i}]`, everything))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key.startsWith('_') && !everything ? item : encode(item, id, `${path}.${key}`, everything)]))
  return value
}

async function seed(): Promise<Array<Record<string, unknown>>> {
  const { documents } = await readMarkdown(['content'])
  return documents.map((d) => d.value)
}

function encodeAll(documents: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  return documents.map((doc) => {
    const encoded = encode(doc, String(doc._id))
    if (typeof encoded !== 'object' || encoded === null || Array.isArray(encoded)) throw new Error('encode changed the shape')
    return Object.fromEntries(Object.entries(encoded))
  })
}

describe('stega encoding from Visual Editing', () => {
  it('cleans every encoded string as stegaClean from @sanity/client/stega does', async () => {
    const clean = await seed()
    const encoded = encodeAll(clean)
    expect(JSON.stringify(encoded)).not.toBe(JSON.stringify(clean))
    for (const [i, doc] of encoded.entries()) {
      const { value, strings } = cleanStega(doc)
      expect(value).toEqual(clean[i])
      expect(value).toEqual(stegaClean(doc))
      expect(strings).toBeGreaterThan(0)
    }
    const untouched = clean[0] ?? {}
    expect(cleanStega(untouched)).toEqual({ value: untouched, strings: 0 })
    expect(cleanStega(untouched).value).toBe(untouched)
  })

  it('exports a stega-encoded dataset byte-identical to its clean twin through exportJsonLd, and says so once', async () => {
    const clean = await seed()
    const plain = await exportJsonLd(clean, { now })
    const stega = await exportJsonLd(encodeAll(clean), { now })
    expect(plain.ok).toBe(true)
    expect(stega.ok).toBe(true)
    expect(stega.pages.map((p) => [p.path, p.jsonld, p.html])).toEqual(plain.pages.map((p) => [p.path, p.jsonld, p.html]))
    const notices = stega.issues.filter((i) => i.code === 'stega.cleaned')
    expect(notices).toHaveLength(1)
    expect(stega.issues.filter((i) => i.code !== 'stega.cleaned')).toEqual(plain.issues)
    expect(plain.issues.some((i) => i.code === 'stega.cleaned')).toBe(false)
    expect(notices[0]?.message).toMatchInlineSnapshot(`"Removed the stega encoding of Visual Editing (invisible characters) from 492 strings in 24 documents: the JSON-LD holds the clean text (fetch with stega off for builds to skip this)"`)
  })

  it('cleans a stega-encoded _type before the Studio type names are mapped', async () => {
    const clean = (await seed()).map((doc) => (doc._type === 'jobProfile' ? { ...doc, _type: 'careerProfile' } : doc))
    const plain = await exportJsonLd(clean, { now, types: { jobProfile: 'careerProfile' } })
    const stega = await exportJsonLd(
      clean.map((doc) => {
        const encoded = encode(doc, String(doc._id), '', true)
        return typeof encoded === 'object' && encoded !== null && !Array.isArray(encoded) ? Object.fromEntries(Object.entries(encoded)) : {}
      }),
      { now, types: { jobProfile: 'careerProfile' } },
    )
    expect(plain.pages.length).toBeGreaterThan(0)
    expect(stega.pages.map((p) => p.jsonld)).toEqual(plain.pages.map((p) => p.jsonld))
  })

  it.each([['in this thread', '0'], ['on worker threads', '1']])(
    'exports a stega-encoded NDJSON file byte-identical to its clean twin %s, and says so once',
    async (_where, workers) => {
      const dir = await mkdtemp(join(tmpdir(), 'lifecycle-stega-'))
      const clean = await seed()
      await writeFile(join(dir, 'clean.ndjson'), `${clean.map((d) => JSON.stringify(d)).join('\n')}\n`)
      await writeFile(join(dir, 'stega.ndjson'), `${encodeAll(clean).map((d) => JSON.stringify(d)).join('\n')}\n`)
      const plain = await runCli(['--from', join(dir, 'clean.ndjson'), '--out', join(dir, 'clean'), '--now', '2026-11-26', '--no-cache', '--workers', workers])
      const stega = await runCli(['--from', join(dir, 'stega.ndjson'), '--out', join(dir, 'stega'), '--now', '2026-11-26', '--no-cache', '--workers', workers])
      expect(plain.code).toBe(0)
      expect(stega.code).toBe(0)
      expect(await readTree(join(dir, 'stega'))).toEqual(await readTree(join(dir, 'clean')))
      const report = stega.stdout + stega.stderr
      expect(report.split('Removed the stega encoding').length - 1).toBe(1)
      expect(report).toContain('faqEntry → faqEntry.customer-service-employee.1: notices.\n  (document): notice: Removed the stega encoding of Visual Editing (invisible characters) from 492 strings in 24 documents')
      expect(plain.stdout + plain.stderr).not.toContain('Removed the stega')
    },
  )
})
