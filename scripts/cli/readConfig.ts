import type { ParsedArgs } from 'citty'
import { ConfigError } from '../core/config/configError.ts'
import { optionNamesOf, type ConfigInput } from '../core/config/configInput.ts'
import type { OptionTaker } from '../core/config/defineOption.ts'
import { optionDefinitions, type OptionName } from '../core/config/optionDefinitions.ts'
import { resolveConfig, type Config } from '../core/config/resolveConfig.ts'
import { CliError } from './cliError.ts'
import type { CommandIo } from './commandIo.ts'

/**
 * The configuration of a command line: each option the command takes, read from its flag (the
 * text as given; the declaration checks it), else from its environment variable, else its
 * default, resolved once (scripts/core/config/resolveConfig.ts). Messages name options by flag.
 * @param args citty's parsed arguments
 * @param command the command whose options these are
 * @param io the environment
 * @param now the clock of this run
 * @param fixed what the command itself decides (`validate`: `dryRun`)
 * @returns the configuration
 * @throws CliError (USAGE) naming the flag or variable at fault; the ConfigError is its cause
 */
export function readConfig(args: ParsedArgs, command: Extract<OptionTaker, 'export' | 'validate' | 'notify' | 'listen' | 'expire'>, io: Pick<CommandIo, 'env'>, now: Date, fixed: ConfigInput = {}): Config {
  const input: Record<string, unknown> = { ...fixed }
  for (const name of optionNamesOf(command)) {
    const value = args[optionDefinitions[name].flag]
    if (value !== undefined) input[name] = value
  }
  try {
    // Text or booleans as citty parsed them: resolveConfig checks each against its schema.
    return resolveConfig(input as ConfigInput, { env: io.env, now, label: flagOf })
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError('USAGE', error.message, { cause: error })
    throw error
  }
}

/** An option as the command line names it: `--base-url`. */
export function flagOf(name: OptionName): string {
  return `--${optionDefinitions[name].flag}`
}
