/**
 * The `jobld` command line as a whole: dispatch to the citty commands, their help as a pipe gets
 * it, the errors the entry point reports (with their cause kept), and the Node version check that
 * runs before anything else is loaded.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'citty'
import { describe, expect, it } from 'vitest'
import { CliError } from '../scripts/cli/cliError.ts'
import { commandArgs } from '../scripts/cli/commandArgs.ts'
import { nodeVersionProblem } from '../scripts/cli/nodeVersionProblem.ts'
import { readConfig } from '../scripts/cli/readConfig.ts'
import { ConfigError } from '../scripts/core/config/configError.ts'
import { resolveConfig } from '../scripts/core/config/resolveConfig.ts'
import { exportAsConfigured } from '../scripts/export/io/exportAsConfigured.ts'
import { SourceError } from '../scripts/sources/sourceError.ts'
import { runJobld, tempDir, type CliRun } from './support/exportRun.ts'

/** Runs the bin as a user's shell would, its output piped, with nothing of the test runner's environment (vitest sets TEST, which turns citty's colours off). */
async function jobldChild(args: string[], node: string[] = []): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...node, 'scripts/jobld.ts', ...args], { env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code: code ?? -1, stdout, stderr }
}

describe('jobld <command> --help', () => {
  it.each(['export', 'validate', 'import', 'notify'])('prints plain text into a pipe, its usage line naming jobld %s', async (command) => {
    const { code, stdout, stderr } = await jobldChild([command, '--help'])
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).not.toMatch(/\u001b\[/)
    expect(stdout.split('\n')[2]).toMatch(new RegExp(`^USAGE jobld ${command} \\[OPTIONS\\]`))
  })

  it('lists the options the declaration gives the command', async () => {
    const { stdout } = await runJobld(['notify', '--help'])
    expect(stdout).toContain('--out=<out>    The exported folder (its manifest.json is read) (Default: jsonld)')
    expect(stdout).not.toContain('--from')
    expect((await runJobld(['validate', '--help'])).stdout).not.toMatch(/^ *--dry-run/m)
  })
})

describe('jobld', () => {
  it('prints its commands for jobld, jobld help and jobld --help, and its version for --version', async () => {
    const usage = await runJobld([])
    expect(usage.code).toBe(0)
    expect(usage.stdout).toContain('Usage: jobld <command> [options]')
    expect(usage.stdout).toContain('  notify    Tell search engines which pages changed since the last run (Google Indexing API, IndexNow)')
    expect(await runJobld(['help'])).toEqual(usage)
    expect(await runJobld(['--help'])).toEqual(usage)
    expect(await runJobld(['--help', 'export', '--out', 'nowhere'])).toEqual(usage)
    expect(await runJobld(['--version'])).toEqual({ code: 0, stdout: 'test\n', stderr: '' })
  })

  it('refuses a command it does not have; exit 2', async () => {
    expect(await runJobld(['exprot', '--dry-run'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unexpected command "exprot", expected one of export, validate, import, notify, listen, expire (jobld --help)\n',
    })
  })

  it('points to --from and SANITY_PROJECT_ID when there is no content to read; exit 2', async () => {
    const dir = await tempDir('no-content')
    expect(await runJobld(['export', '--dry-run', '--now', '2026-11-26'], {}, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `Unexpected export without content: no --from, no SANITY_PROJECT_ID, and no Markdown in ${join(dir, 'content')}, expected --from <folder, .md, .ndjson or .tar.gz>, or SANITY_PROJECT_ID and SANITY_DATASET to read the Content Lake\n`,
    })
  })
})

describe('CLI errors', () => {
  it('keep the error they report as their cause', async () => {
    const refused = (() => {
      try {
        return readConfig(parseArgs(['--now', 'yesterday'], commandArgs('export')), 'export', { env: {} }, new Date())
      } catch (error) {
        return error
      }
    })()
    expect(refused).toBeInstanceOf(CliError)
    expect(refused).toMatchObject({ code: 'USAGE', message: 'Unexpected --now yesterday, expected a date like 2026-11-26', cause: expect.any(ConfigError) })

    const dir = await tempDir('no-content-cause')
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: { JOBLD_CACHE_DIR: join(dir, 'cache') }, cwd: dir, progress: () => undefined }
    const failure = await exportAsConfigured(resolveConfig({ dryRun: true }, { now: new Date() }), io).catch((error: unknown) => error)
    expect(failure).toMatchObject({ code: 'ENOENT', cause: expect.any(SourceError) })
    expect(failure).toBeInstanceOf(CliError)
  })
})

describe('the Node version check', () => {
  it('compares the running Node with the engines range', () => {
    expect(nodeVersionProblem('18.20.8', '>=20.19')).toBe(
      "Unexpected Node 18.20.8, expected Node 20.19 or later (jobld's engines: >=20.19): install a current Node (https://nodejs.org) and run jobld again",
    )
    expect(nodeVersionProblem('20.18.3', '>=20.19')).toMatch(/^Unexpected Node 20\.18\.3, expected Node 20\.19 or later/)
    expect(nodeVersionProblem('20.19.0', '>=20.19')).toBeUndefined()
    expect(nodeVersionProblem('24.9.0', '>=20.19')).toBeUndefined()
    expect(nodeVersionProblem('24.9.0', '^20 || ^22')).toBeUndefined()
  })

  it('stops the bin on an old Node before it loads any other module of jobld', async () => {
    const dir = await tempDir('old-node')
    // A resolve hook that fails any module of jobld's the bin loads besides the version check: on an
    // old Node, those are what fail to link (Node 18: "does not provide an export named 'hash'").
    const hook = `export async function resolve(specifier, context, next) {
      if (context.parentURL?.includes('/scripts/') && specifier !== 'node:fs' && !specifier.endsWith('/nodeVersionProblem.ts')) throw new Error('loaded before the version check: ' + specifier)
      return next(specifier, context)
    }`
    await writeFile(join(dir, 'onlyTheCheck.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)})\n`)
    await writeFile(join(dir, 'node18.mjs'), "Object.defineProperty(process.versions, 'node', { value: '18.20.8' })\n")

    const old = await jobldChild(['export', '--dry-run'], ['--import', join(dir, 'onlyTheCheck.mjs'), '--import', join(dir, 'node18.mjs')])
    expect(old).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unexpected Node 18.20.8, expected Node 20.19 or later (jobld's engines: >=20.19): install a current Node (https://nodejs.org) and run jobld again\n",
    })
    // The hook does catch a module loaded past the check: on this Node the bin goes on to load
    // node:module (for its compile cache), then the CLI.
    const current = await jobldChild(['--version'], ['--import', join(dir, 'onlyTheCheck.mjs')])
    expect(current.code).not.toBe(0)
    expect(current.stderr).toContain('loaded before the version check: node:module')
  })
})
