import { stripVTControlCharacters } from 'node:util'
import { renderUsage, type ArgsDef, type CommandDef } from 'citty'
import type { CommandIo } from './commandIo.ts'

/** The root command as the usage line names it: `jobld export [OPTIONS]`. */
const parent = { meta: { name: 'jobld' } }

/**
 * Prints a command's `--help`: citty's usage under `jobld <command>`, in colour on a terminal
 * only (a pipe or a file gets plain text, and NO_COLOR turns colour off anywhere).
 * @param command the command
 * @param io where to print, and NO_COLOR
 */
export async function printUsage<Args extends ArgsDef>(command: CommandDef<Args>, io: Pick<CommandIo, 'stdout' | 'env'>): Promise<void> {
  const text = await renderUsage(command, parent)
  const colour = io.stdout.isTTY === true && !io.env.NO_COLOR
  io.stdout.write(`${colour ? text : stripVTControlCharacters(text)}\n`)
}
