import { stripVTControlCharacters } from 'node:util'
import { ConfigError } from '../core/config/configError.ts'
import { SourceError } from '../sources/sourceError.ts'
import { CliError } from './cliError.ts'
import type { CommandIo } from './commandIo.ts'
import { unexpectedFailure } from './unexpectedFailure.ts'

/**
 * Reports why a command stopped: an expected failure (a CliError, a source that cannot be read, a
 * configuration refused) by its message alone, anything else with its stack, the token blanked.
 * @param error what the command threw
 * @param io where to report it, and the token to blank
 * @returns the exit code: the CliError's own, else 2
 */
export function reportFailure(error: unknown, io: Pick<CommandIo, 'stderr' | 'env'>): number {
  if (error instanceof CliError || error instanceof SourceError || error instanceof ConfigError) {
    io.stderr.write(`${error.message}\n`)
    return error instanceof CliError ? error.exitCode : 2
  }
  // citty's own usage errors (a required argument missing), in its colours.
  if (error instanceof Error && error.name === 'CLIError') {
    io.stderr.write(`${stripVTControlCharacters(error.message)}\n`)
    return 2
  }
  io.stderr.write(unexpectedFailure(error, io.env.SANITY_API_TOKEN))
  return 2
}
