import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The majors a peer range names: `^6 || ^7` → [6, 7]; a range in any other form is refused. */
function majors(range: string): number[] {
  return range.split('||').map((part) => {
    const match = /^\s*\^(\d+)(?:\.\d+){0,2}\s*$/.exec(part)
    if (!match?.[1]) throw new Error(`Unexpected peer range "${range}", expected caret ranges joined by ||`)
    return Number(match[1])
  })
}

/** The version a lock file installs of a package at the top of node_modules. */
function locked(lock: unknown, name: string): string | undefined {
  const entry = isRecord(lock) && isRecord(lock.packages) ? lock.packages[`node_modules/${name}`] : undefined
  return isRecord(entry) && typeof entry.version === 'string' ? entry.version : undefined
}

/** The example Studios the consumer suite builds: an example with `sanity` among its dependencies, and what its lock file installs. */
function exampleStudios() {
  return readdirSync(join(root, 'examples')).flatMap((name) => {
    const pkg = readJson(join(root, 'examples', name, 'package.json'))
    if (!isRecord(pkg) || !isRecord(pkg.dependencies) || !('sanity' in pkg.dependencies)) return []
    const lock = readJson(join(root, 'examples', name, 'package-lock.json'))
    const cli = isRecord(pkg.overrides) ? pkg.overrides['@sanity/cli'] : undefined
    return [{ name, sanity: locked(lock, 'sanity'), ui: locked(lock, '@sanity/ui'), cli }]
  })
}

describe("the Sanity majors jobld's Studio plugin claims", () => {
  const pkg = readJson(join(root, 'package.json'))
  const peers = isRecord(pkg) && isRecord(pkg.peerDependencies) ? pkg.peerDependencies : {}
  const studios = exampleStudios()

  it('are the majors of the example Studios the consumer suite builds, no more and no fewer', () => {
    const claimed = majors(String(peers.sanity))
    const built = [...new Set(studios.map((s) => Number(s.sanity?.split('.')[0])))].sort()
    expect(studios.length).toBeGreaterThan(0)
    expect(claimed.sort()).toEqual(built)
  })

  it("claim the @sanity/ui majors those Studios install (the JSON-LD tab imports @sanity/ui/code, @sanity/ui 4's)", () => {
    const claimed = majors(String(peers['@sanity/ui']))
    const built = [...new Set(studios.map((s) => Number(s.ui?.split('.')[0])))].sort()
    expect(claimed.sort()).toEqual(built)
  })

  it("shows in the README the @sanity/cli override the example Studios pin, for a registry that holds only part of npm", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const shown = [...readme.matchAll(/"overrides": \{ "@sanity\/cli": "([^"]+)" \}/g)].map((match) => match[1])
    expect(shown).toHaveLength(1)
    expect(studios.map((s) => s.cli)).toEqual(studios.map(() => shown[0]))
  })

  it('reads a peer range as its majors, and refuses one it cannot read', () => {
    expect(majors('^5 || ^6.2')).toEqual([5, 6])
    expect(() => majors('>=5')).toThrow('Unexpected peer range ">=5"')
  })
})
