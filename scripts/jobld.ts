#!/usr/bin/env node
/**
 * The `jobld` command (package.json `bin`): `jobld export | validate | import | notify | listen | expire`. The only
 * module that touches `process`: it hands each command its arguments, streams, environment and
 * working folder, and sets the exit code the command returns.
 */
import { readFileSync } from 'node:fs'
import { runCli } from './cli/runCli.ts'

const version = (() => {
  // package.json sits two folders up from the compiled file (dist/scripts/jobld.js), one from the source.
  for (const path of ['../../package.json', '../package.json']) {
    try {
      const value: unknown = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))
      if (typeof value === 'object' && value !== null && 'name' in value && value.name === 'jobld' && 'version' in value)
        return String(value.version)
    } catch {
      // try the next
    }
  }
  return 'unknown'
})()

// `jobld listen` runs until it is stopped: SIGINT or SIGTERM lets the current run finish first
// (a second signal stops it at once, as the handler is gone by then).
const stop = new AbortController()
if (process.argv[2] === 'listen') for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  version,
  signal: stop.signal,
})
