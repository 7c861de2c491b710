#!/usr/bin/env node
/**
 * The `jobld` command (package.json `bin`): `jobld export | validate | import | notify | listen | expire`. The only
 * module that touches `process`: it hands the command line its streams, environment and working
 * folder, and sets the exit code it returns.
 *
 * It checks the Node version (package.json's `engines`) before it loads anything else: on an older
 * Node the CLI's modules fail while loading, with errors that do not say why (Node 18:
 * "does not provide an export named 'hash'"). So this file and the one it imports keep to syntax
 * every Node with ES modules parses: no top-level await, no `??`, no `?.`.
 */
import { readFileSync } from 'node:fs'
import { nodeVersionProblem } from './cli/nodeVersionProblem.ts'

/** package.json: two folders up from the compiled file (dist/scripts/jobld.js), one from the source. */
function readPackage(): { version: unknown; engines: unknown } {
  const paths = ['../../package.json', '../package.json']
  for (let i = 0; i < paths.length; i++) {
    try {
      const value: unknown = JSON.parse(readFileSync(new URL(paths[i] || '', import.meta.url), 'utf8'))
      if (typeof value === 'object' && value !== null && 'name' in value && value.name === 'jobld')
        return {
          version: 'version' in value ? value.version : undefined,
          engines: 'engines' in value ? value.engines : undefined,
        }
    } catch {
      // try the next
    }
  }
  return { version: undefined, engines: undefined }
}

const pkg = readPackage()
const engines = pkg.engines
const problem = nodeVersionProblem(process.versions.node, typeof engines === 'object' && engines !== null && 'node' in engines ? engines.node : undefined)
if (problem) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 2
} else {
  // `jobld listen` runs until it is stopped: SIGINT or SIGTERM lets the current run finish first
  // (a second signal stops it at once, as the handler is gone by then).
  const stop = new AbortController()
  if (process.argv[2] === 'listen') {
    process.once('SIGINT', () => stop.abort())
    process.once('SIGTERM', () => stop.abort())
  }
  // V8's compiled code of jobld's modules and its dependencies is kept on disk (Node 22.1 and
  // later; the temporary folder's node-compile-cache, or NODE_COMPILE_CACHE): the next run loads
  // them without compiling them again.
  // Loaded after the version check, as every other module.
  import('node:module')
    .then((nodeModule) => {
      if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache()
      return import('./cli/runCli.ts')
    })
    .then(({ runCli }) =>
      runCli(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        signal: stop.signal,
        version: pkg.version === undefined ? 'unknown' : String(pkg.version),
      }),
    )
    .then((code) => {
      process.exitCode = code
    })
}
