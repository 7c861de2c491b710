/**
 * Issue 19, deliverable 1: the pure rules for what jobld reads back from its own files. A path read
 * back is a plain relative path inside its folder, and in an output folder one of the files jobld
 * writes; a sealed line passes only with the key and context it was sealed with; a manifest or a
 * journal that does not pass its schema says which field is wrong.
 */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readManifestText } from '../../scripts/export/lib/parseManifest.ts'
import { checkRelativePath } from '../../scripts/export/lib/trust/checkRelativePath.ts'
import { outputFileKind } from '../../scripts/export/lib/trust/outputFileKind.ts'
import { readBack } from '../../scripts/export/lib/trust/readBack.ts'
import { openSealedLine, sealLine } from '../../scripts/export/lib/trust/sealedLine.ts'
import { WriteJournal } from '../../scripts/export/lib/trust/writeRecords.ts'

const mac = (key: string) => (text: string) => createHmac('sha256', key).update(text).digest('base64url')

describe('checkRelativePath', () => {
  it.each([
    ['../victim.txt', 'it climbs out of its folder'],
    ['vacatures/../../x', 'it climbs out of its folder'],
    ['/etc/passwd', 'it is absolute'],
    ['C:/x', 'it is absolute'],
    ['a\\b', 'it holds a backslash or a NUL'],
    ['a\u0000b', 'it holds a backslash or a NUL'],
    ['a//b', 'it has an empty or "." part'],
    ['./a', 'it has an empty or "." part'],
    ['', 'it is empty'],
    ['a'.repeat(1025), 'it is 1025 characters long (at most 1024)'],
  ])('refuses %j: %s', (path, why) => {
    expect(checkRelativePath(path)).toBe(why)
  })

  it('takes a plain path inside the folder', () => {
    expect(checkRelativePath('vacatures/kok-utrecht.jsonld')).toBeUndefined()
  })
})

describe('outputFileKind', () => {
  it.each([
    ['manifest.json', 'manifest'],
    ['kok.jsonld', 'jsonld'],
    ['vacatures/kok-utrecht.html', 'html'],
    ['sitemap.xml', 'sitemap'],
    ['sitemap-vacatures-2.xml', 'sitemap'],
  ])('knows %s as a %s', (path, kind) => {
    expect(outputFileKind(path)).toBe(kind)
  })

  it.each(['../victim.txt', 'notes.txt', 'vacatures/sub/kok.jsonld', 'beroepen/kok.jsonld', 'Kok.jsonld', 'kok--x.html', `${'a'.repeat(201)}.jsonld`, '.kok.jsonld.0123456789abcdef.jobld-tmp'])(
    'knows %j as no file jobld writes',
    (path) => {
      expect(outputFileKind(path)).toBeUndefined()
    },
  )
})

describe('sealed lines', () => {
  const line = sealLine(mac('k1'), 'jobld-document-verdicts\ntool', '[["abc",{"validThrough":"2027-01-01"}]]')

  it('open with the key and context they were sealed with', () => {
    expect(openSealedLine(mac('k1'), 'jobld-document-verdicts\ntool', line)).toBe('[["abc",{"validThrough":"2027-01-01"}]]')
  })

  it('do not open once edited, with another key, or in another context', () => {
    expect(openSealedLine(mac('k1'), 'jobld-document-verdicts\ntool', line.replace('2027-01-01', '2020-01-01'))).toBeUndefined()
    expect(openSealedLine(mac('k2'), 'jobld-document-verdicts\ntool', line)).toBeUndefined()
    expect(openSealedLine(mac('k1'), 'jobld-export-pages\ntool', line)).toBeUndefined()
    expect(openSealedLine(mac('k1'), 'jobld-document-verdicts\ntool', '[["abc",{}]]')).toBeUndefined()
  })
})

describe('reading back a manifest', () => {
  const sha = 'a'.repeat(64)
  const entry = { path: 'kok.jsonld', html: 'kok.html', kind: 'profile', slug: 'kok', sourceIds: ['jobProfile.kok'], types: ['Occupation'], sha256: sha }
  const text = (value: unknown) => JSON.stringify(value)

  it('gives the manifest when every path follows from its page', () => {
    expect(readManifestText(text({ generator: 'jobld', version: 1, pages: [entry], files: ['sitemap.xml'] }))).toEqual({
      kind: 'manifest',
      manifest: { generator: 'jobld', version: 1, pages: [entry], files: ['sitemap.xml'] },
    })
  })

  it.each([
    [{ files: ['../victim.txt'] }, 'files[0]: Unexpected path "../victim.txt" (it climbs out of its folder), expected a path inside the folder'],
    [{ pages: [{ ...entry, html: '../../victim2.html' }] }, 'pages[0].html: Unexpected path "../../victim2.html", expected kok.html beside kok.jsonld'],
    [{ pages: [{ ...entry, sha256: 'x' }] }, 'pages[0].sha256: Unexpected hash, expected 64 lowercase hex digits (SHA-256)'],
    [{ pages: [entry, entry] }, 'pages[1].path: Unexpected second page at kok.jsonld, expected each page once'],
    [{ pages: [{ ...entry, slug: '../x' }] }, 'pages[0].slug: Unexpected slug "../x", expected a slug of lowercase letters, digits and hyphens'],
  ])('calls a jobld manifest with %j damaged: %s', (change, problem) => {
    expect(readManifestText(text({ generator: 'jobld', version: 1, pages: [entry], ...change }))).toEqual({ kind: 'damaged', problem })
  })

  it('tells a manifest cut short from another program\'s manifest.json', () => {
    expect(readManifestText(text({ generator: 'jobld', version: 1, pages: [entry] }).slice(0, 40))).toEqual({ kind: 'damaged', problem: 'it is not JSON (cut short or damaged)' })
    expect(readManifestText(text({ name: 'my-app', icons: [] }))).toEqual({ kind: 'foreign' })
  })
})

describe('reading back a journal', () => {
  const journal = {
    format: 'jobld-output-journal',
    version: 2,
    out: '/srv/site/jsonld',
    id: '0123456789abcdef',
    staging: 'cache',
    whole: false,
    replaces: null,
    manifest: 'b'.repeat(64),
    put: ['kok.jsonld', 'manifest.json'],
    remove: [],
    createdOut: null,
    createdFolders: [],
  }

  it('takes a journal of jobld files', () => {
    expect(readBack(JSON.stringify(journal), WriteJournal).ok).toBe(true)
  })

  it.each([
    [{ remove: [{ path: '../victim.txt', sha256: 'c'.repeat(64) }] }, 'remove[0].path: Unexpected path "../victim.txt" (it climbs out of its folder), expected a file jobld writes into an output folder'],
    [{ put: ['img/logo.png'] }, 'put[0]: Unexpected path "img/logo.png", expected a file jobld writes into an output folder'],
    [{ out: '/srv/../home/me' }, 'out: Unexpected output path, expected an absolute path without . or .. parts'],
    [{ mode: 'files', version: undefined }, 'version: Unexpected value, expected 2'],
  ])('refuses %j', (change, problem) => {
    expect(readBack(JSON.stringify({ ...journal, ...change }), WriteJournal)).toEqual({ ok: false, problem })
  })
})
