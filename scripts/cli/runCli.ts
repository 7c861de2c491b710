/**
 * Runs one `jobld` command line (scripts/cli/jobldCommand.ts) and turns what happened into an exit
 * code: the command's own, or 2 (1 for content) with the message of an expected failure, or the
 * stack of an unexpected one. The entry point (scripts/jobld.ts) hands the code to the process.
 */
import { runCommand } from 'citty'
import type { CommandIo } from './commandIo.ts'
import { jobldCommand } from './jobldCommand.ts'
import { reportFailure } from './reportFailure.ts'
import type { Session } from './session.ts'

/**
 * Runs one `jobld` command line.
 * @param argv the arguments after `jobld`
 * @param io streams, environment, working folder (and the package version, for --version)
 * @returns the exit code
 */
export async function runCli(argv: string[], io: CommandIo & { version?: string }): Promise<number> {
  const session: Session = { ...io, version: io.version ?? 'unknown', exitCode: 0, progress: () => undefined }
  session.progress = progressLine(session)
  // jobld's own flags come first, and end the line: `jobld --help export` is help, not an export.
  const rawArgs = /^(-h|--help|-v|--version)$/.test(argv[0] ?? '') ? argv.slice(0, 1) : argv
  try {
    await runCommand(jobldCommand(session), { rawArgs })
    return session.exitCode
  } catch (error) {
    return reportFailure(error, session)
  }
}

/** Progress on a TTY only: a single line rewritten in place, cleared by an empty one. */
function progressLine(session: Session): (line: string) => void {
  let shown = false
  return (line) => {
    if (!session.stderr.isTTY || (line === '' && !shown)) return
    session.stderr.write(`\r\u001b[2K${line}`)
    shown = line !== ''
  }
}
