/**
 * The tarball in an empty project (`npm init -y && npm install <tarball>`), as a site that needs
 * only the CLI or the library: a consistent tree, no Studio toolchain, an entry that Node
 * imports, and a bin that exports.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { installFresh, packJobld, repoRoot } from './support/pack.ts'
import { run } from './support/run.ts'

/** Debian's Node 20, the oldest Node jobld supports, when the machine has it. */
const node20 = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && execFileSync(path, ['--version'], { encoding: 'utf8' }).startsWith('v20.'))

const importJobld = "import('jobld').then((m) => console.log(typeof m.exportJsonLd, typeof m.previewPage))"

describe('jobld installed from its tarball into an empty project', () => {
  let project = ''

  beforeAll(async () => {
    project = await installFresh(await packJobld())
  })

  it('has a tree that npm ls accepts', async () => {
    await expect(run('npm', ['ls', '--all'], { cwd: project })).resolves.toBeDefined()
  })

  it('installs none of the Studio toolchain or the frameworks, which are optional peers', () => {
    const peers = ['sanity', '@sanity/ui', '@sanity/vision', 'react', 'react-dom', 'styled-components', 'next', 'astro']
    expect(peers.filter((name) => existsSync(join(project, 'node_modules', name)))).toEqual([])
  })

  it('imports in this Node', async () => {
    expect((await run(process.execPath, ['-e', importJobld], { cwd: project })).stdout).toBe('function function\n')
  })

  it.runIf(node20)('imports in Node 20', async () => {
    expect((await run(node20 ?? 'node', ['-e', importJobld], { cwd: project })).stdout).toBe('function function\n')
  })

  it('exports with npx jobld into a folder relative to the working folder', async () => {
    await run('npx', ['jobld', 'export', '--from', join(repoRoot, 'content'), '--out', 'out', '--now', '2026-11-26'], { cwd: project })
    expect(existsSync(join(project, 'out', 'manifest.json'))).toBe(true)
    expect(existsSync(join(project, 'out', 'customer-service-medewerker.jsonld'))).toBe(true)
  })
})
