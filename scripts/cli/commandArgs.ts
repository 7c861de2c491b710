import type { ArgsDef } from 'citty'
import { optionNamesOf } from '../core/config/configInput.ts'
import type { OptionTaker } from '../core/config/defineOption.ts'
import { optionDefinitions } from '../core/config/optionDefinitions.ts'

/** `--help`, which every command takes. */
export const helpArg = { help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false } } as const satisfies ArgsDef

/**
 * A command's citty arguments, derived from the option declaration (scripts/core/config/optionDefinitions.ts):
 * each option the command takes under its flag, with its description and default, then `--help`.
 * @param command the command
 * @returns the arguments, in the declaration's order
 */
export function commandArgs(command: Extract<OptionTaker, 'export' | 'validate' | 'notify' | 'listen' | 'expire'>): ArgsDef {
  const args: ArgsDef = {}
  for (const name of optionNamesOf(command)) {
    const definition = optionDefinitions[name]
    const description = definition.help?.[command] ?? definition.description
    args[definition.flag] =
      typeof definition.default === 'boolean'
        ? { type: 'boolean', description, default: definition.default }
        : { type: 'string', description, ...(definition.default === undefined ? {} : { default: definition.default }) }
  }
  return { ...args, ...helpArg }
}
