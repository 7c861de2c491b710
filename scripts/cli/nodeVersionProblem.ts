/**
 * What is wrong with the Node that runs jobld, or nothing: the version against package.json's
 * `engines.node` (a `>=major.minor[.patch]` range). Read by the bin before it loads anything else,
 * so it keeps to syntax every Node with ES modules parses (no `??`, no `?.`) and to no dependency.
 * Written by hand: a semver library would have to load, and parse, first.
 * @param version the running Node's version, `process.versions.node` (`18.20.8`)
 * @param range package.json's `engines.node` (`>=20.19`); anything else is not checked
 * @returns the sentence to print, or undefined when this Node will do
 */
export function nodeVersionProblem(version: string, range: unknown): string | undefined {
  const wanted = typeof range === 'string' ? /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range) : null
  const running = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version)
  if (!wanted || !running) return undefined
  const need = [Number(wanted[1]), Number(wanted[2] || 0), Number(wanted[3] || 0)]
  const have = [Number(running[1]), Number(running[2]), Number(running[3])]
  for (let i = 0; i < 3; i++) {
    const a = have[i] || 0
    const b = need[i] || 0
    if (a > b) return undefined
    if (a < b) {
      const shown = need.slice(0, wanted[3] === undefined ? 2 : 3).join('.')
      return `Unexpected Node ${version}, expected Node ${shown} or later (jobld's engines: ${range}): install a current Node (https://nodejs.org) and run jobld again`
    }
  }
  return undefined
}
