import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { isExpired } from '../../core/rules/lib/isExpired.ts'
import { MANIFEST } from '../../export/io/checkOutputPath.ts'
import { parseManifest } from '../../export/lib/parseManifest.ts'

/** One vacancy page as the expiry check sees it. */
export interface VacancyExpiry {
  /** The page's path in the output. */
  path: string
  /** Its JobPosting's `validThrough`, when it has one. */
  validThrough: string | undefined
  /** The documents the page is built from (the vacancy, its profile, tier and employer). */
  sourceIds: string[]
}

const Index = z.object({
  version: z.literal(1),
  pages: z.record(z.string(), z.object({ sha256: z.string(), validThrough: z.string().nullable() })),
})

/**
 * The vacancy pages of an output whose `validThrough` has passed: a vacancy expires with no edit,
 * so the webhook and `jobld expire` look for them by the clock. Each page's `validThrough` is read
 * from its `.jsonld` once and kept in `<cache folder>/webhook/expiry.json` by the page's digest, so
 * a check reads the manifest and only the pages that changed since the last check.
 * @param out the output folder
 * @param cacheDir the output's cache folder
 * @param now the clock (the export's rule: a date alone expires at its start, UTC)
 * @returns the expired pages
 */
export async function expiredVacancies(out: string, cacheDir: string, now: Date): Promise<VacancyExpiry[]> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  const manifest = text === undefined ? undefined : parseManifest(text)
  if (!manifest) return []
  const file = join(cacheDir, 'webhook', 'expiry.json')
  const cached = Index.safeParse(await readFile(file, 'utf8').then(JSON.parse, () => undefined)).data?.pages ?? {}
  const pages: z.infer<typeof Index>['pages'] = {}
  const expired: VacancyExpiry[] = []
  let read = 0
  for (const entry of manifest.pages) {
    if (entry.kind !== 'vacancy') continue
    let known = cached[entry.path]
    if (!known || known.sha256 !== entry.sha256) {
      read += 1
      known = {
        sha256: entry.sha256,
        validThrough: await validThroughOf(join(out, entry.path), entry.sha256),
      }
    }
    pages[entry.path] = known
    if (isExpired(known.validThrough ?? undefined, now))
      expired.push({
        path: entry.path,
        validThrough: known.validThrough ?? undefined,
        sourceIds: entry.sourceIds,
      })
  }
  if (read > 0 || Object.keys(cached).length !== Object.keys(pages).length) {
    const tmp = `${file}.tmp-${process.pid}`
    await writeFile(tmp, JSON.stringify({ version: 1, pages }))
    await rename(tmp, file)
  }
  return expired
}

/** The JobPosting's `validThrough` of a page file whose bytes are the ones the manifest lists. */
async function validThroughOf(file: string, sha256: string): Promise<string | null> {
  const bytes = await readFile(file).catch(() => undefined)
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) return null
  try {
    const graph: unknown = JSON.parse(bytes.toString('utf8'))
    const nodes = typeof graph === 'object' && graph !== null && '@graph' in graph && Array.isArray(graph['@graph']) ? graph['@graph'] : []
    for (const node of nodes) {
      if (typeof node === 'object' && node !== null && '@type' in node && node['@type'] === 'JobPosting' && 'validThrough' in node && typeof node.validThrough === 'string')
        return node.validThrough
    }
  } catch {
    return null
  }
  return null
}
