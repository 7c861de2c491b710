import { defineCommand, type ArgsDef, type CommandDef, type ParsedArgs } from 'citty'
import { CliError } from './cliError.ts'
import { commandMeta, type CommandName } from './commandMeta.ts'
import { printUsage } from './printUsage.ts'
import type { Session } from './session.ts'

/** A command of `jobld`: its name, its arguments, and what it does with them. */
export interface JobldCommand<Args extends ArgsDef> {
  name: CommandName
  /** Its arguments, `--help` included (scripts/cli/commandArgs.ts derives them from the option declaration). */
  args: Args
  /**
   * Runs it.
   * @param args the parsed arguments, every one of them declared
   * @param session streams, environment, working folder, progress line
   * @returns the exit code
   */
  run(args: ParsedArgs<Args>, session: Session): Promise<number>
}

/**
 * Makes a citty command of a jobld command, for one session: `--help` prints its usage, an argument
 * it does not declare is a usage error, and its exit code goes to the session, for the entry point.
 * @param command the command
 * @param session the run it belongs to
 * @returns the citty command
 */
export function defineJobldCommand<Args extends ArgsDef>(command: JobldCommand<Args>, session: Session): CommandDef<Args> {
  const definition: CommandDef<Args> = defineCommand({
    meta: commandMeta[command.name],
    args: command.args,
    run: async ({ args }) => {
      if (args.help) {
        await printUsage(definition, session)
        return
      }
      refuseUndeclared(args, command.args)
      session.exitCode = await command.run(args, session)
    },
  })
  return definition
}

/**
 * Refuses an argument the command does not declare. citty keeps unknown flags (and a camelCase
 * copy of each kebab-case one), so the check is by hand.
 */
function refuseUndeclared(args: { _: string[] }, declared: ArgsDef): void {
  const names = new Set(['_'])
  for (const [name, arg] of Object.entries(declared)) {
    names.add(name).add(name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))
    for (const alias of 'alias' in arg ? [arg.alias ?? []].flat() : []) names.add(alias)
  }
  const flags = Object.entries(declared).filter(([, arg]) => arg.type !== 'positional')
  const takesPositionals = flags.length < Object.keys(declared).length
  const unknown = Object.keys(args).find((key) => !names.has(key))
  // A command that takes positional arguments names its few options; the others point to --help.
  const expected =
    flags.length <= 3 ? `expected ${flags.map(([name]) => `--${name}`).join(', ').replace(/, ([^,]*)$/, ' or $1')}` : 'expected the options of --help'
  if (unknown !== undefined) throw new CliError('USAGE', `Unexpected ${takesPositionals ? 'option' : 'argument'} --${unknown}, ${expected}`)
  if (!takesPositionals && args._.length > 0) throw new CliError('USAGE', `Unexpected argument "${String(args._[0])}", ${expected}`)
}
