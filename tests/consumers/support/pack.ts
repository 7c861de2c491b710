/**
 * The package as a consumer gets it: `npm pack` of this repository, once per test run, and
 * example projects copied out of the repository and installed from that tarball. Used by every
 * consumer test (`tests/consumers/`); keep the two signatures stable.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './run.ts'

/** The repository's root. */
export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))

let ownRunDir: string | undefined

/**
 * The folder of this test run: the one the global setup made (`JOBLD_CONSUMERS_DIR`, shared by
 * every test file of the run), else one for this process, removed when it exits.
 * @returns the folder's path
 */
export function runDir(): string {
  const shared = process.env.JOBLD_CONSUMERS_DIR
  if (shared) return shared
  if (!ownRunDir) {
    const dir = mkdtempSync(join(tmpdir(), 'jobld-consumers-'))
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
    ownRunDir = dir
  }
  return ownRunDir
}

let packing: Promise<string> | undefined

/**
 * Packs the package (`npm pack`, which compiles dist/ in `prepack`) once per test run.
 * @returns the tarball's absolute path, e.g. `/tmp/jobld-consumers-x/pack/jobld-0.1.0.tgz`
 */
export function packJobld(): Promise<string> {
  packing ??= (async () => {
    const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
    const dir = join(runDir(), 'pack')
    const tarball = join(dir, `${name}-${version}.tgz`)
    if (existsSync(tarball)) return tarball
    await mkdir(dir, { recursive: true })
    await run('npm', ['pack', '--pack-destination', dir], { cwd: repoRoot })
    if (!existsSync(tarball)) throw new Error(`Unexpected npm pack without ${tarball}, expected the package's tarball`)
    return tarball
  })()
  return packing
}

/** What an install or a build leaves at the top of an example folder; never copied. */
const leftovers = new Set(['node_modules', '.next', 'dist', '.astro', 'jsonld', 'documents.ndjson', 'next-env.d.ts'])

/**
 * Copies an example project out of the repository and installs it there: its committed lock
 * file for every package, and the tarball for `jobld` (`npm install <tarball>`, as a user does
 * before jobld is on the registry). The copy keeps the repository's layout, `<tmp>/examples/<name>`
 * beside a copy of `<tmp>/content`, so the example's `../../content` is the seed content; the
 * repository itself is never written.
 * @param exampleDir the example's folder, e.g. `examples/next` (relative to the repository or absolute)
 * @param tarball the path {@link packJobld} returned
 * @returns the installed copy's absolute path
 */
export async function installExample(exampleDir: string, tarball: string): Promise<string> {
  const source = resolve(repoRoot, exampleDir)
  const root = await mkdtemp(join(runDir(), `${basename(source)}-`))
  const target = join(root, 'examples', basename(source))
  await cp(join(repoRoot, 'content'), join(root, 'content'), { recursive: true })
  await cp(source, target, {
    recursive: true,
    filter: (path) => !leftovers.has(relative(source, path).split(sep)[0] ?? ''),
  })
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: target })
  return target
}

let freshInstall: Promise<string> | undefined

/**
 * An empty project with only the tarball installed (`npm init -y && npm install <tarball>`), as a
 * site that needs the CLI or the library has it; made once per test run and shared.
 * @param tarball the path {@link packJobld} returned
 * @returns the project's absolute path
 */
export function installFresh(tarball: string): Promise<string> {
  freshInstall ??= (async () => {
    const dir = join(runDir(), 'fresh')
    if (existsSync(join(dir, 'node_modules', 'jobld', 'package.json'))) return dir
    await mkdir(dir, { recursive: true })
    await run('npm', ['init', '-y'], { cwd: dir })
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: dir })
    return dir
  })()
  return freshInstall
}
