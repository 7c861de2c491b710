import { z } from 'zod'
import { quoteText } from '../../core/messages/quoteText.ts'
import { htmlPath, pagePath } from './pagePath.ts'
import type { Manifest } from './renderFiles.ts'
import { checkRelativePath } from './trust/checkRelativePath.ts'
import { outputFileKind } from './trust/outputFileKind.ts'
import { readBack } from './trust/readBack.ts'

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Unexpected hash, expected 64 lowercase hex digits (SHA-256)')

/** A path of the folder as jobld writes it (a sitemap), or a custom issue saying what is wrong with it. */
export const ManifestFilePath = z.string().superRefine((path, ctx) => {
  const why = checkRelativePath(path)
  if (why) ctx.addIssue({ code: 'custom', message: `Unexpected path ${quoteText(path)} (${why}), expected a path inside the folder` })
  else if (outputFileKind(path) !== 'sitemap') ctx.addIssue({ code: 'custom', message: `Unexpected ${quoteText(path)}, expected a sitemap jobld writes, such as sitemap.xml` })
})

/** One page's entry in `manifest.json`: its paths follow from its kind and slug. */
export const ManifestEntrySchema = z
  .object({
    path: z.string(),
    html: z.string(),
    kind: z.enum(['profile', 'vacancy']),
    slug: z.string(),
    sourceIds: z.array(z.string()),
    types: z.array(z.string()),
    sha256: Sha256,
    updatedAt: z.string().optional(),
    language: z.string().optional(),
    translationOf: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    // Every path follows from the kind and the slug: a manifest can name no other file.
    const path = pagePath(entry.kind, entry.slug)
    if (outputFileKind(path) !== 'jsonld') ctx.addIssue({ code: 'custom', path: ['slug'], message: `Unexpected slug ${quoteText(entry.slug)}, expected a slug of lowercase letters, digits and hyphens` })
    else if (entry.path !== path) ctx.addIssue({ code: 'custom', path: ['path'], message: `Unexpected path ${quoteText(entry.path)}, expected ${path} for the ${entry.kind} ${entry.slug}` })
    else if (entry.html !== htmlPath(path)) ctx.addIssue({ code: 'custom', path: ['html'], message: `Unexpected path ${quoteText(entry.html)}, expected ${htmlPath(path)} beside ${path}` })
    else if (entry.translationOf !== undefined && outputFileKind(entry.translationOf) !== 'jsonld')
      ctx.addIssue({ code: 'custom', path: ['translationOf'], message: `Unexpected translationOf ${quoteText(entry.translationOf)}, expected the path of a page such as customer-service-medewerker.jsonld` })
  })

/** The schema of `manifest.json`: jobld reads its own manifest back as input, like any other. */
export const ManifestSchema = z
  .object({ generator: z.literal('jobld'), version: z.literal(1), pages: z.array(ManifestEntrySchema), files: z.array(ManifestFilePath).optional() })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>()
    manifest.pages.forEach((entry, index) => {
      if (seen.has(entry.path)) ctx.addIssue({ code: 'custom', path: ['pages', index, 'path'], message: `Unexpected second page at ${entry.path}, expected each page once` })
      seen.add(entry.path)
    })
  })

/** What a folder's `manifest.json` turned out to be. */
export type ManifestReading =
  | { kind: 'manifest'; manifest: Manifest }
  /** jobld's manifest, but edited, cut short or damaged: nothing in it can be trusted. */
  | { kind: 'damaged'; problem: string }
  /** Some other program's `manifest.json` (no `"generator": "jobld"`). */
  | { kind: 'foreign' }

/**
 * Reads the text of an exported folder's `manifest.json` with its schema: every page's paths follow
 * from its kind and slug, every other file is a sitemap, and no path leaves the folder.
 * @param text the file's text
 * @returns the manifest; `damaged` with the first problem when it says it is jobld's but does not
 *   hold; `foreign` when another program wrote it
 */
export function readManifestText(text: string): ManifestReading {
  const read = readBack(text, ManifestSchema)
  if (read.ok) {
    // Optional keys only when set, in the order the export writes them.
    const pages = read.value.pages.map(({ updatedAt, language, translationOf, ...entry }) => ({
      ...entry,
      ...(updatedAt === undefined ? {} : { updatedAt }),
      ...(language === undefined ? {} : { language }),
      ...(translationOf === undefined ? {} : { translationOf }),
    }))
    return { kind: 'manifest', manifest: { generator: 'jobld', version: 1, pages, ...(read.value.files ? { files: read.value.files } : {}) } }
  }
  return saysJobld(text) ? { kind: 'damaged', problem: read.problem } : { kind: 'foreign' }
}

/**
 * Whether a `manifest.json` says it is jobld's: jobld's manifests open with their generator, so
 * one cut short is still recognisably jobld's. Says nothing about whether it is sound.
 * @param head the file's text, or its first bytes (64 are enough)
 * @returns true when it opens as jobld's manifests do
 */
export function saysJobld(head: string): boolean {
  return /^\s*\{\s*"generator"\s*:\s*"jobld"/.test(head)
}

/**
 * Reads the text of an exported folder's `manifest.json`.
 * @param text the file's text
 * @returns the manifest, or undefined when the text is not a sound jobld manifest
 */
export function parseManifest(text: string): Manifest | undefined {
  const read = readManifestText(text)
  return read.kind === 'manifest' ? read.manifest : undefined
}
