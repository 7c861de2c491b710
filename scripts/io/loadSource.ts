import { stat } from 'node:fs/promises'
import type { SourceResult } from '../lib/rawDocument.ts'
import { CliError } from './cliError.ts'
import { readContentLake } from './contentLake.ts'
import { readMarkdown } from './readMarkdown.ts'
import { readNdjson } from './readNdjson.ts'
import { readTarGz } from './readTarGz.ts'

/** The environment variables a Content Lake source reads. */
export interface ContentLakeEnv {
  SANITY_PROJECT_ID?: string | undefined
  SANITY_DATASET?: string | undefined
  SANITY_API_TOKEN?: string | undefined
  SANITY_API_VERSION?: string | undefined
  SANITY_API_HOST?: string | undefined
}

/** Which source an export reads, as decided from `--from` and the environment. */
export type SourceChoice =
  | { kind: 'markdown'; paths: string[] }
  | { kind: 'ndjson'; file: string }
  | { kind: 'tarGz'; file: string }
  | { kind: 'contentLake'; projectId: string; dataset: string }

/**
 * Decides the source: `--from` by its extension (a folder or `.md` is Markdown), else the
 * Content Lake when `SANITY_PROJECT_ID` is set, else the bundled `content/` folder.
 * @param from the `--from` argument
 * @param env the environment
 * @param defaultContent the folder used when nothing is given
 * @returns the choice
 */
export async function chooseSource(from: string | undefined, env: ContentLakeEnv, defaultContent: string): Promise<SourceChoice> {
  if (from === undefined || from === '') {
    if (env.SANITY_PROJECT_ID) {
      if (!env.SANITY_DATASET)
        throw new CliError('USAGE', 'SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to read the Content Lake')
      return { kind: 'contentLake', projectId: env.SANITY_PROJECT_ID, dataset: env.SANITY_DATASET }
    }
    return { kind: 'markdown', paths: [defaultContent] }
  }
  if (/\.ndjson$/i.test(from)) return { kind: 'ndjson', file: from }
  if (/\.(tar\.gz|tgz)$/i.test(from)) return { kind: 'tarGz', file: from }
  const info = await stat(from).catch(() => undefined)
  if (!info) throw new CliError('ENOENT', `Cannot read --from ${from}: no such file or folder`)
  if (info.isDirectory() || /\.(md|markdown)$/i.test(from)) return { kind: 'markdown', paths: [from] }
  throw new CliError('USAGE', `Unexpected --from ${from}, expected a folder or .md file, a .ndjson export or a .tar.gz archive`)
}

/**
 * Reads the chosen source.
 * @param choice from chooseSource
 * @param env token, API version and host for the Content Lake
 * @returns documents and source issues
 */
export async function loadSource(choice: SourceChoice, env: ContentLakeEnv): Promise<SourceResult> {
  switch (choice.kind) {
    case 'markdown':
      return readMarkdown(choice.paths)
    case 'ndjson':
      return readNdjson(choice.file)
    case 'tarGz':
      return readTarGz(choice.file)
    case 'contentLake':
      return readContentLake({
        projectId: choice.projectId,
        dataset: choice.dataset,
        ...(env.SANITY_API_TOKEN ? { token: env.SANITY_API_TOKEN } : {}),
        ...(env.SANITY_API_VERSION ? { apiVersion: env.SANITY_API_VERSION } : {}),
        ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST } : {}),
      })
  }
}
