import { z } from 'zod'
import type { Manifest } from './renderFiles.ts'

const Entry = z.object({
  path: z.string(),
  html: z.string(),
  kind: z.enum(['profile', 'vacancy']),
  slug: z.string(),
  sourceIds: z.array(z.string()),
  types: z.array(z.string()),
  sha256: z.string(),
  updatedAt: z.string().optional(),
})

const ManifestSchema = z.object({ generator: z.literal('jobld'), version: z.literal(1), pages: z.array(Entry), files: z.array(z.string()).optional() })

/**
 * Reads the text of an exported folder's `manifest.json`.
 * @param text the file's text
 * @returns the manifest, or undefined when the text is not a jobld manifest
 */
export function parseManifest(text: string): Manifest | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = ManifestSchema.safeParse(value)
  if (!parsed.success) return undefined
  const pages = parsed.data.pages.map(({ updatedAt, ...entry }) => (updatedAt === undefined ? entry : { ...entry, updatedAt }))
  return { generator: 'jobld', version: 1, pages, ...(parsed.data.files ? { files: parsed.data.files } : {}) }
}
