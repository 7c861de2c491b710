/**
 * An organisation's logo as a Sanity image or as a URL: the export publishes an uploaded image at
 * its CDN address, built from the asset reference and the project and dataset the documents come
 * from (the Content Lake's own, --project-id and --dataset or SANITY_PROJECT_ID and
 * SANITY_DATASET for a file, the option `project` of exportJsonLd), and checks what Google can
 * know of a logo from its reference or URL.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { exportJsonLd, type Issue } from '../scripts/index.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { NOW, runCli, tempDir } from './support/exportRun.ts'

const fixture = 'tests/fixtures/validation/valid/input.ndjson'
const project = { projectId: 'jobldci', dataset: 'production' } as const
const image = (ref: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: ref } })
const landscape = 'image-Tb9Ew8CXIwaY6R1kjMvI0uRR-400x200-png'
const landscapeUrl = 'https://cdn.sanity.io/images/jobldci/production/Tb9Ew8CXIwaY6R1kjMvI0uRR-400x200.png'

let documents: Record<string, unknown>[] = []

beforeAll(async () => {
  documents = (await readNdjson(fixture)).documents.map((doc) => doc.value)
})

/** The fixture's documents with the organisation's fields changed. */
function withOrganization(fields: Record<string, unknown>): Record<string, unknown>[] {
  return documents.map((doc) => (doc._type === 'organization' ? { ...doc, ...fields } : doc))
}

/** The `logo` of every Organization node the export wrote: a profile's publisher, a vacancy's employer. */
function logos(pages: ReadonlyArray<{ graph: unknown }>): unknown[] {
  const found: unknown[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) {
      if ('@type' in value && value['@type'] === 'Organization' && 'name' in value) found.push('logo' in value ? value.logo : undefined)
      Object.values(value).forEach(walk)
    }
  }
  pages.forEach((page) => walk(page.graph))
  return found
}

const organizationIssues = (issues: ReadonlyArray<Issue>) =>
  issues.filter((issue) => issue.docType === 'organization').map(({ severity, code, path, message }) => ({ severity, code, path, message }))

describe('an organisation whose logo is a Sanity image', () => {
  it('publishes the image at its CDN URL, from the project and dataset given to exportJsonLd', async () => {
    const result = await exportJsonLd(withOrganization({ logo: image(landscape) }), { now: '2026-11-26', ...project })
    expect(result.ok).toBe(true)
    expect(organizationIssues(result.issues)).toEqual([])
    // The profile page's publisher and the vacancy's employer are the same organisation.
    expect(logos(result.pages)).toEqual([landscapeUrl, landscapeUrl])
  })

  it('refuses the image when the export does not know the project it is stored in', async () => {
    const result = await exportJsonLd(withOrganization({ logo: image(landscape) }), { now: '2026-11-26' })
    expect(result.ok).toBe(false)
    expect(organizationIssues(result.issues)).toEqual([
      {
        severity: 'error',
        code: 'organization.logo_no_project',
        path: ['logo'],
        message:
          'Unexpected Sanity image without the project it is stored in, expected the project id and dataset to publish its URL (jobld export --project-id and --dataset, or SANITY_PROJECT_ID and SANITY_DATASET; the options projectId and dataset of exportJsonLd)',
      },
    ])
  })

  it('warns about an image smaller than 112×112 pixels or in a format Google Images does not read, never about an SVG', async () => {
    const small = await exportJsonLd(withOrganization({ logo: image('image-abc123-300x100-png') }), { now: '2026-11-26', ...project })
    expect(small.ok).toBe(true)
    expect(organizationIssues(small.issues)).toEqual([
      {
        severity: 'warning',
        code: 'organization.logo_size',
        path: ['logo'],
        message: "Unexpected logo of 300×100 pixels, expected at least 112×112 (Google's minimum for a logo)",
      },
    ])
    const tiff = await exportJsonLd(withOrganization({ logo: image('image-abc123-400x400-tiff') }), { now: '2026-11-26', ...project })
    expect(organizationIssues(tiff.issues).map((issue) => issue.message)).toEqual([
      'Unexpected logo format tiff, expected one Google Images reads: jpg, jpeg, png, gif, webp, svg, bmp, avif',
    ])
    const svg = await exportJsonLd(withOrganization({ logo: image('image-abc123-60x20-svg') }), { now: '2026-11-26', ...project })
    expect(organizationIssues(svg.issues)).toEqual([])
    expect(logos(svg.pages)[0]).toBe('https://cdn.sanity.io/images/jobldci/production/abc123-60x20.svg')
  })

  it('takes a logo given as a URL as it is, and logoUrl when logo is empty', async () => {
    const url = await exportJsonLd(withOrganization({ logo: 'https://www.voorbeeld.nl/logo.png' }), { now: '2026-11-26' })
    expect(logos(url.pages)).toEqual(['https://www.voorbeeld.nl/logo.png', 'https://www.voorbeeld.nl/logo.png'])
    const elsewhere = await exportJsonLd(withOrganization({ logo: { _type: 'image' }, logoUrl: 'https://www.voorbeeld.nl/logo.png' }), { now: '2026-11-26' })
    expect(elsewhere.ok).toBe(true)
    expect(logos(elsewhere.pages)).toEqual(['https://www.voorbeeld.nl/logo.png', 'https://www.voorbeeld.nl/logo.png'])
  })

  it('refuses a logo that is neither a URL nor an image, and an asset reference that is not an image', async () => {
    const wrong = await exportJsonLd(withOrganization({ logo: { url: 'https://www.voorbeeld.nl/logo.png' } }), { now: '2026-11-26', ...project })
    expect(organizationIssues(wrong.issues).map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      'logo: Unexpected an object, expected an absolute http(s) URL or a Sanity image ({_type: "image", asset: {_ref: "image-<id>-400x200-png"}})',
    ])
    const file = await exportJsonLd(withOrganization({ logo: image('file-abc123-pdf') }), { now: '2026-11-26', ...project })
    expect(organizationIssues(file.issues).map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      'logo.asset._ref: Unexpected "file-abc123-pdf", expected a Sanity image asset id such as image-<id>-400x200-png',
    ])
  })

  it('refuses a project id or dataset that cannot be part of a URL', async () => {
    await expect(exportJsonLd(documents, { now: '2026-11-26', projectId: 'a/b', dataset: 'production' })).rejects.toThrow(
      'Unexpected projectId a/b, expected letters, digits and dashes',
    )
  })
})

describe('jobld export with an image logo', () => {
  let dir = ''
  let ndjson = ''
  let lake: ContentLake | undefined

  beforeAll(async () => {
    dir = await tempDir('logo')
    ndjson = join(dir, 'input.ndjson')
    await writeFile(ndjson, `${withOrganization({ logo: image(landscape) }).map((doc) => JSON.stringify(doc)).join('\n')}\n`)
  })

  afterEach(async () => {
    await lake?.close()
    lake = undefined
  })

  const profilePage = async (out: string) => readFile(join(out, 'kok.jsonld'), 'utf8')

  it('publishes the CDN URL from --project-id and --dataset, or from SANITY_PROJECT_ID and SANITY_DATASET', async () => {
    const flags = await runCli(['--from', ndjson, '--out', join(dir, 'flags'), '--project-id', 'jobldci', '--dataset', 'production', '--workers', '0', ...NOW])
    expect(flags.code).toBe(0)
    expect(await profilePage(join(dir, 'flags'))).toContain(`"logo": "${landscapeUrl}"`)
    const env = await runCli(['--from', ndjson, '--out', join(dir, 'env'), '--workers', '2', ...NOW], { SANITY_PROJECT_ID: 'jobldci', SANITY_DATASET: 'production' })
    expect(env.code).toBe(0)
    expect(await profilePage(join(dir, 'env'))).toBe(await profilePage(join(dir, 'flags')))
  })

  it('stops on a lone --project-id, and on an image without any project', async () => {
    const alone = await runCli(['--from', ndjson, '--out', join(dir, 'alone'), '--project-id', 'jobldci', ...NOW])
    expect({ code: alone.code, stderr: alone.stderr }).toEqual({
      code: 2,
      stderr: 'Unexpected --project-id without --dataset, expected both: the Sanity project and its dataset\n',
    })
    const none = await runCli(['--from', ndjson, '--out', join(dir, 'none'), ...NOW])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('  logo: Unexpected Sanity image without the project it is stored in')
  })

  it('publishes an image read from the Content Lake under that project and dataset', async () => {
    lake = await startContentLake({ documents: withOrganization({ logo: image(landscape) }) })
    const out = join(dir, 'lake')
    const run = await runCli(['--out', out, '--no-cache', '--workers', '0', ...NOW], { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url })
    expect(run.code).toBe(0)
    expect(await profilePage(out)).toContain(`"logo": "https://cdn.sanity.io/images/${lake.projectId}/${lake.dataset}/Tb9Ew8CXIwaY6R1kjMvI0uRR-400x200.png"`)
  })
})
