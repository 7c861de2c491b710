/**
 * `jobld export` and `jobld validate`: read content from Markdown, an NDJSON or .tar.gz export, or
 * the Content Lake; validate it; write JSON-LD into a plain output folder, whole or not at all
 * (scripts/export/io/exportAsConfigured.ts). Their options are the declaration's
 * (scripts/core/config/optionDefinitions.ts). Exit 0: valid (and written); 1: content errors
 * (nothing written); 2: usage or I/O errors.
 */
import type { CommandDef } from 'citty'
import { commandArgs } from '../cli/commandArgs.ts'
import type { CommandIo } from '../cli/commandIo.ts'
import { defineJobldCommand } from '../cli/defineJobldCommand.ts'
import { readConfig } from '../cli/readConfig.ts'
import { runCli } from '../cli/runCli.ts'
import type { Session } from '../cli/session.ts'
import { exportAsConfigured } from './io/exportAsConfigured.ts'

export type { CommandIo }

/**
 * `jobld export`.
 * @param session the run
 * @returns the citty command
 */
export function exportCommand(session: Session): CommandDef {
  return defineJobldCommand(
    { name: 'export', args: commandArgs('export'), run: async (args, io) => exportAsConfigured(readConfig(args, 'export', io, new Date()), io) },
    session,
  )
}

/**
 * `jobld validate`: the export with `dryRun`.
 * @param session the run
 * @returns the citty command
 */
export function validateCommand(session: Session): CommandDef {
  return defineJobldCommand(
    { name: 'validate', args: commandArgs('validate'), run: async (args, io) => exportAsConfigured(readConfig(args, 'validate', io, new Date(), { dryRun: true }), io) },
    session,
  )
}

/**
 * Runs `jobld export` in this process, as the entry point would.
 * @param rawArgs the arguments after `export`
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runExport(rawArgs: string[], io: CommandIo): Promise<number> {
  return runCli(['export', ...rawArgs], io)
}
