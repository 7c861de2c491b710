/**
 * Dispatches `jobld <command> [options]` to its command. Each command module is loaded when it is
 * chosen, so that `jobld --help` and an export from a file never load the Markdown parser or the
 * Sanity client.
 */
import type { CommandIo } from '../export/command.ts'
import { cacheRoot } from '../export/io/cacheDir.ts'
import { recoverOutputs } from '../export/io/outputFolder.ts'

/** A command: its one-line description and how to run it. */
interface Command {
  description: string
  run(args: string[], io: CommandIo & { signal?: AbortSignal | undefined }): Promise<number>
}

const commands: Record<string, Command> = {
  export: {
    description: 'Validate content and write its schema.org JSON-LD to an output folder',
    run: async (args, io) => (await import('../export/command.ts')).runExport(args, io),
  },
  validate: {
    description: 'Everything export does except writing (export --dry-run)',
    run: async (args, io) => (await import('../export/command.ts')).runExport(['--dry-run', ...args], io),
  },
  import: {
    description: 'Turn Markdown career articles and vacancies into Sanity documents (NDJSON, or --push)',
    run: async (args, io) => (await import('../import/command.ts')).runImport(args, io),
  },
  notify: {
    description: 'Tell search engines which pages changed since the last run (Google Indexing API, IndexNow)',
    run: async (args, io) => (await import('../notify/command.ts')).runNotify(args, io),
  },
  listen: {
    description: "Serve Sanity's webhook: each change written to the output, the site told, Google told once the page is live",
    run: async (args, io) => (await import('../webhook/command.ts')).runListen(args, io),
  },
  expire: {
    description: 'Once, for a scheduler: pending webhook deliveries, expired vacancies, notifications waiting for the site',
    run: async (args, io) => (await import('../webhook/command.ts')).runExpire(args, io),
  },
}

/**
 * Runs one `jobld` command line.
 * @param argv the arguments after `jobld`
 * @param io streams, environment, working folder and the package version
 * @returns the exit code
 */
export async function runCli(argv: string[], io: CommandIo & { version: string; signal?: AbortSignal | undefined }): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${io.version}\n`)
    return 0
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage(io.version))
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`Unexpected command "${name.slice(0, 40)}", expected one of ${Object.keys(commands).join(', ')} (jobld --help)\n`)
    return 2
  }
  // Whatever command runs, a write that a killed run committed is finished first (scripts/export/io/outputFolder.ts).
  await recoverOutputs(cacheRoot({ cwd: io.cwd, env: io.env }))
  return command.run(rest, io)
}

function usage(version: string): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length))
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.description}`)
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
