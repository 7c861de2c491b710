import { CliError } from '../../cli/cliError.ts'
import { readBaseUrl } from '../../core/readBaseUrl.ts'

/**
 * Checks `--base-url` (or JOBLD_BASE_URL) by the library's own rule (scripts/core/readBaseUrl.ts).
 * @param given the value, or undefined when none was given
 * @returns the URL without a trailing slash, or undefined
 * @throws CliError (USAGE) naming what is wrong
 */
export function checkBaseUrl(given: string | undefined): string | undefined {
  if (given === undefined) return undefined
  const read = readBaseUrl(given, '--base-url')
  if ('error' in read) throw new CliError('USAGE', read.error)
  return read.url
}
