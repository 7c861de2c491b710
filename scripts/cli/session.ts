import type { CommandIo } from './commandIo.ts'

/**
 * One run of `jobld`: what the command may touch, and what it leaves for the entry point. The
 * root command's setup guards the streams (no secret reaches them); the command records its exit
 * code here, and only the entry point hands it to the process.
 */
export interface Session extends CommandIo {
  /** The package's version, for `jobld --version` and the help. */
  version: string
  /** 0 until the command says otherwise. */
  exitCode: number
  /** Rewrites the progress line of a terminal (nothing elsewhere); an empty line clears it. */
  progress(line: string): void
}
