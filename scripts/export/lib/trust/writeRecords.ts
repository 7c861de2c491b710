/**
 * The two records of a write into an output folder, kept in the output's cache folder and read back
 * by the next jobld command after a kill (scripts/export/io/outputFolder.ts): the intent, written
 * before anything is staged, and the journal, whose arrival commits the new version. Both are
 * sealed with the cache folder's key, and read with these schemas: a record that does not pass is
 * removed and nothing it names is touched.
 */
import { z } from 'zod'
import { quoteText } from '../../../core/messages/quoteText.ts'
import { checkRelativePath } from './checkRelativePath.ts'
import { outputFileKind } from './outputFileKind.ts'

/** A write's id: 16 hex digits, part of its folder's name and of its temporary files' names. */
export const WriteId = z.string().regex(/^[0-9a-f]{16}$/, 'Unexpected id, expected 16 hex digits')

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Unexpected hash, expected 64 lowercase hex digits (SHA-256)')

/** An absolute path, `/`-separated, with no `.`, `..` or empty parts (the resolved output folder). */
const AbsolutePath = z.string().refine((path) => path === '/' || (path.startsWith('/') && checkRelativePath(path.slice(1)) === undefined), {
  message: 'Unexpected output path, expected an absolute path without . or .. parts',
})

/** A file jobld writes into an output folder (a page's two files, a sitemap, the manifest). */
const OutputFile = z.string().superRefine((path, ctx) => {
  const why = checkRelativePath(path)
  if (why || outputFileKind(path) === undefined)
    ctx.addIssue({ code: 'custom', message: `Unexpected path ${quoteText(path)}${why ? ` (${why})` : ''}, expected a file jobld writes into an output folder` })
})

/** A folder inside an output folder. */
const Folder = z.string().superRefine((path, ctx) => {
  const why = checkRelativePath(path)
  if (why) ctx.addIssue({ code: 'custom', message: `Unexpected folder ${quoteText(path)} (${why}), expected a folder inside the output folder` })
})

/** Where the new version's files wait for the commit: in the cache folder, or in the output under temporary names. */
export const Staging = z.enum(['cache', 'output'])
export type Staging = z.infer<typeof Staging>

/** What a write intends, before it stages anything: enough for the next command to clean up after a kill. */
export const WriteIntent = z.object({
  format: z.literal('jobld-write-intent'),
  out: AbsolutePath,
  id: WriteId,
  /** The first folder this write made for the output (the output itself or a folder above it), when it was absent. */
  createdOut: AbsolutePath.nullable(),
  /** Folders inside the output that this write made, parents first. */
  createdFolders: z.array(Folder),
})
export type WriteIntent = z.infer<typeof WriteIntent>

/** The journal: the decided new version, replayed by the next command when a run is killed while applying it. */
export const WriteJournal = z.object({
  format: z.literal('jobld-output-journal'),
  version: z.literal(2),
  out: AbsolutePath,
  id: WriteId,
  staging: Staging,
  /** True: the staged folder becomes the output at once (a first export, staged in the cache). */
  whole: z.boolean(),
  /** SHA-256 of the manifest.json this version replaces; null when the output had none. */
  replaces: Sha256.nullable(),
  /** SHA-256 of the new manifest.json. */
  manifest: Sha256,
  /** Files to move into place; manifest.json last. */
  put: z.array(OutputFile),
  /** Files of the replaced version to remove, each with the SHA-256 its bytes had when the write was decided. */
  remove: z.array(z.object({ path: OutputFile, sha256: Sha256 })),
  createdOut: AbsolutePath.nullable(),
  createdFolders: z.array(Folder),
})
export type WriteJournal = z.infer<typeof WriteJournal>
