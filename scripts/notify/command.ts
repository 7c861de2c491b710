/**
 * `jobld notify`: tells search engines what changed in an exported folder since the last run:
 * Google's Indexing API for vacancy pages (URL_UPDATED / URL_DELETED) and IndexNow for every
 * page. See docs/notify.md. Its options are the declaration's (scripts/core/config/optionDefinitions.ts).
 * Exit 0: sent (or queued for quota only); 2: usage or I/O errors, or a request failed (what was
 * not sent stays queued for the next run).
 */
import type { CommandDef } from 'citty'
import { CliError } from '../cli/cliError.ts'
import { commandArgs } from '../cli/commandArgs.ts'
import type { CommandIo } from '../cli/commandIo.ts'
import { defineJobldCommand } from '../cli/defineJobldCommand.ts'
import { readConfig } from '../cli/readConfig.ts'
import { runCli } from '../cli/runCli.ts'
import type { Session } from '../cli/session.ts'
import { notifyExport } from './io/notifyExport.ts'

export { notifyExport, type NotifyEnv, type NotifyIo, type NotifyOptions } from './io/notifyExport.ts'

/**
 * `jobld notify`.
 * @param session the run
 * @returns the citty command
 */
export function notifyCommand(session: Session): CommandDef {
  return defineJobldCommand(
    {
      name: 'notify',
      args: commandArgs('notify'),
      run: async (args, io) => {
        const config = readConfig(args, 'notify', io, new Date())
        if (config.baseUrl === undefined) throw new CliError('USAGE', 'Unexpected notify without --base-url, expected the base URL the pages are published under')
        return notifyExport({ ...config, baseUrl: config.baseUrl }, io)
      },
    },
    session,
  )
}

/** What the command may touch; the export's CommandIo fits it. */
export type NotifyCommandIo = CommandIo

/**
 * Runs `jobld notify` in this process, as the entry point would.
 * @param rawArgs the arguments after `notify`
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runNotify(rawArgs: string[], io: NotifyCommandIo): Promise<number> {
  return runCli(['notify', ...rawArgs], io)
}
