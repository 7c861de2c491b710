import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { notifyPageUrl } from '../lib/notifyPageUrl.ts'
import type { NotifyPage } from '../lib/planNotifications.ts'
import type { ManifestEntry } from '../../export/lib/renderFiles.ts'
import { toDotPath } from '../../core/toDotPath.ts'
import { CliError } from '../../cli/cliError.ts'

/** The part of `manifest.json` (scripts/export/lib/renderFiles.ts `Manifest`) that notifying reads. */
const ManifestPages = z.object({
  generator: z.literal('jobld'),
  version: z.literal(1),
  pages: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['profile', 'vacancy']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
})

// The schema must accept every entry the export writes: this type fails to compile when it does not.
type Accepts<T extends z.infer<typeof ManifestPages>['pages'][number]> = T
export type _ManifestEntryFits = Accepts<Pick<ManifestEntry, 'path' | 'kind' | 'sha256'>>

/**
 * Reads the pages of an exported folder's `manifest.json`, each with its public URL.
 * @param out the output folder
 * @param baseUrl `--base-url`
 * @returns the pages, in manifest order
 * @throws CliError (IO) when the manifest is missing or is not a jobld manifest
 */
export async function readManifestPages(out: string, baseUrl: string): Promise<NotifyPage[]> {
  const file = join(out, 'manifest.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
    throw new CliError('IO', `Unexpected ${code} reading ${file}, expected the manifest of an export (run the export first)`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CliError('IO', `Unexpected ${file} that is not JSON, expected the manifest of an export`)
  }
  const parsed = ManifestPages.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => `  ${toDotPath(issue.path.filter((p) => typeof p !== 'symbol'))}: ${issue.message}`)
    throw new CliError('IO', `Unexpected ${file} that is not a jobld manifest (version 1):\n${lines.join('\n')}`)
  }
  const pages: NotifyPage[] = []
  for (const [index, entry] of parsed.data.pages.entries()) {
    const url = notifyPageUrl(entry.path, baseUrl)
    if (url === undefined)
      throw new CliError('IO', `Unexpected ${file} pages[${index}].path "${entry.path}", expected <slug>.jsonld or <folder>/<slug>.jsonld`)
    pages.push({ url, kind: entry.kind, sha256: entry.sha256 })
  }
  return pages
}
