import { defineCommand, type SubCommandsDef } from 'citty'
import { cacheRoot } from '../export/io/cacheDir.ts'
import { recoverOutputs } from '../export/io/outputFolder.ts'
import { CliError } from './cliError.ts'
import { commandMeta, type CommandName } from './commandMeta.ts'
import type { Session } from './session.ts'
import { withoutSecrets } from './withoutSecrets.ts'

/**
 * `jobld`: the root command, whose sub-commands are loaded when chosen (so that `jobld --help`
 * and an export from a file never load the Markdown parser or the Sanity client). Its setup, shared
 * by every command, blanks the API token and the webhook's secrets out of everything printed and finishes a write that a
 * killed run committed; its cleanup clears a progress line left on the terminal.
 * @param session the run
 * @returns the citty command
 */
export function jobldCommand(session: Session) {
  const commands = {
    export: async () => (await import('../export/command.ts')).exportCommand(session),
    validate: async () => (await import('../export/command.ts')).validateCommand(session),
    import: async () => (await import('../import/command.ts')).importCommand(session),
    notify: async () => (await import('../notify/command.ts')).notifyCommand(session),
    listen: async () => (await import('../webhook/command.ts')).listenCommand(session),
    expire: async () => (await import('../webhook/command.ts')).expireCommand(session),
  } satisfies Record<CommandName, SubCommandsDef[string]>
  // `jobld help` is `jobld --help`.
  const help = defineCommand({
    meta: { name: 'help', hidden: true },
    run: () => void session.stdout.write(usage(session.version)),
  })
  return defineCommand({
    meta: {
      name: 'jobld',
      version: session.version,
      description: 'validated schema.org JSON-LD for career pages and vacancies',
    },
    args: {
      help: { type: 'boolean', alias: 'h', description: 'Show this help' },
      version: { type: 'boolean', alias: 'v', description: 'Show the version' },
    },
    subCommands: { ...commands, help } satisfies SubCommandsDef,
    setup: async ({ args }) => {
      for (const secret of [session.env.SANITY_API_TOKEN, session.env.SANITY_WEBHOOK_SECRET, session.env.JOBLD_REVALIDATE_SECRET]) {
        session.stdout = withoutSecrets(session.stdout, secret)
        session.stderr = withoutSecrets(session.stderr, secret)
      }
      const name = args._[0]
      if (name === undefined || name === 'help') return
      if (!Object.hasOwn(commands, name))
        throw new CliError('USAGE', `Unexpected command "${name.slice(0, 40)}", expected one of ${Object.keys(commands).join(', ')} (jobld --help)`)
      // Whatever command runs, a write that a killed run committed is finished first, and one it did
      // not commit is thrown away (scripts/export/io/outputFolder.ts); what could not be done is said.
      // export and validate do it themselves, in the cache folder their options name.
      if (name !== 'export' && name !== 'validate')
        for (const notice of await recoverOutputs(cacheRoot({ cwd: session.cwd, env: session.env }))) session.stderr.write(notice)
    },
    cleanup: () => session.progress(''),
    // citty runs this after a sub-command too: it answers only a line without one.
    run: ({ args }) => {
      if (args._.length > 0) return
      session.stdout.write(args.version && !args.help ? `${session.version}\n` : usage(session.version))
    },
  })
}

/** `jobld --help`: the commands and what each does. */
function usage(version: string): string {
  const width = Math.max(...Object.keys(commandMeta).map((name) => name.length))
  const lines = Object.values(commandMeta).map(({ name, description }) => `  ${name.padEnd(width)}  ${description}`)
  return [
    `jobld ${version}: validated schema.org JSON-LD for career pages and vacancies`,
    '',
    'Usage: jobld <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'jobld <command> --help shows the options of a command.',
    '',
  ].join('\n')
}
