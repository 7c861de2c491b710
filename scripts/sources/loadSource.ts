import { stat } from 'node:fs/promises'
import { defaultLimits, type Limits } from '../core/limits.ts'
import type { SourceResult } from '../core/rawDocument.ts'
import { checkApiHost } from './checkApiHost.ts'
import { sanityProjectError } from '../core/sanityProject.ts'
import type { ContentLakeOptions } from './contentLake.ts'
import { CliError } from '../cli/cliError.ts'
import { blankSecrets } from '../core/secrets/blankSecrets.ts'

/** The environment variables a Content Lake source reads. */
export interface ContentLakeEnv {
  SANITY_PROJECT_ID?: string | undefined
  SANITY_DATASET?: string | undefined
  SANITY_API_TOKEN?: string | undefined
  SANITY_API_VERSION?: string | undefined
  SANITY_API_HOST?: string | undefined
  /** Retries after the first attempt of each Content Lake request (default 4). */
  JOBLD_HTTP_RETRIES?: string | undefined
  /** First backoff delay between attempts, in ms; it doubles per retry (default 500). */
  JOBLD_HTTP_RETRY_BASE_MS?: string | undefined
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
      checkContentLakeEnv(env)
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
 * Checks the Content Lake settings the way @sanity/client would, but as usage errors: the
 * client throws plain errors that would be reported as unexpected failures with a stack.
 * A user or password in SANITY_API_HOST is refused without repeating the value, which could
 * hold the token.
 */
function checkContentLakeEnv(env: ContentLakeEnv): void {
  const { SANITY_PROJECT_ID: projectId = '', SANITY_DATASET: dataset = '', SANITY_API_VERSION: version, SANITY_API_HOST: host } = env
  // A token pasted into the wrong variable must not be printed back.
  const token = env.SANITY_API_TOKEN
  const usage = (message: string) => new CliError('USAGE', token ? blankSecrets(message, [token], '[token]') : message)
  const wrong = sanityProjectError({ projectId, dataset }, { projectId: 'SANITY_PROJECT_ID', dataset: 'SANITY_DATASET' })
  if (wrong) throw usage(wrong)
  if (version && !/^(1|X|v?\d{4}-\d{2}-\d{2})$/.test(version))
    throw usage(`Unexpected SANITY_API_VERSION "${version}", expected a date like 2025-02-19`)
  checkApiHost(host, token)
}

/**
 * Reads a source into memory: Markdown articles, or a dataset export archive (a release's view
 * needs every document at once; an export streams them into its content store instead).
 * @param choice from chooseSource
 * @param limits bounds on file, front matter and line sizes, and on the archive's size and ratio
 * @returns documents and source issues
 */
export async function loadSource(choice: Extract<SourceChoice, { kind: 'markdown' | 'tarGz' }>, limits: Limits = defaultLimits): Promise<SourceResult> {
  // Each reader is loaded when chosen: the Markdown parser takes a moment of start-up that an
  // archive does not need. An export reads every source through its loader into the content
  // store (scripts/export/io/exportToFolder.ts), never held in memory.
  return choice.kind === 'markdown'
    ? (await import('./readMarkdown.ts')).readMarkdown(choice.paths, limits)
    : (await import('./readTarGz.ts')).readTarGz(choice.file, limits)
}

/**
 * The Content Lake reader's options from the environment.
 * @param choice project and dataset
 * @param env token, API version and host, and the retry budget
 * @param limits the bounds of the read (its silence bound among them)
 * @returns the options
 */
export function contentLakeOptions(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits): ContentLakeOptions {
  const maxRetries = wholeNumber(env, 'JOBLD_HTTP_RETRIES', 0)
  const retryBaseMs = wholeNumber(env, 'JOBLD_HTTP_RETRY_BASE_MS', 0)
  return {
    projectId: choice.projectId,
    dataset: choice.dataset,
    ...(env.SANITY_API_TOKEN ? { token: env.SANITY_API_TOKEN } : {}),
    ...(env.SANITY_API_VERSION ? { apiVersion: env.SANITY_API_VERSION } : {}),
    ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST } : {}),
    timeoutMs: limits.httpTimeoutMs,
    ...(maxRetries !== undefined ? { maxRetries } : {}),
    ...(retryBaseMs !== undefined ? { retryBaseMs } : {}),
    limits,
  }
}

/** A whole number from the environment, undefined when unset; anything else is a usage error. */
function wholeNumber(env: ContentLakeEnv, name: 'JOBLD_HTTP_RETRIES' | 'JOBLD_HTTP_RETRY_BASE_MS', min: number): number | undefined {
  const text = env[name]
  if (text === undefined || text === '') return undefined
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min)
    throw new CliError('USAGE', `Unexpected ${name}=${text}, expected a whole number of at least ${min}`)
  return value
}
