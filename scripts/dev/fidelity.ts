/**
 * `npm run fidelity [-- --verbose] [--fuzz <n>] [--seed <n>] [--show <n>]`: imports every article
 * fixture (tests/fixtures/articles/<case>/, each with an expected.json) as `npm run import` does,
 * exports what was imported with the export's own code, and prints per article and in total how
 * many expected facts came out right; then does the same for `n` articles of the layout fuzzer
 * (tests/support/fuzz) and prints the score per value of each layout dimension.
 * Exit 0: at least 95 % right on the fixtures and on every dimension value, no net amount exported
 * as gross and no export refusal the importer did not report; 1: below that; 2: usage errors or an
 * unreadable fixture.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty'
import { VFile } from 'vfile'
import { ExpectedArticle } from './fidelity/expectedArticle.ts'
import { fidelityTotals, type FidelityTotals } from './fidelity/fidelityTotals.ts'
import { formatDimensionTable } from './fidelity/formatDimensionTable.ts'
import { formatFidelityTable } from './fidelity/formatFidelityTable.ts'
import { measureArticle } from './fidelity/measureArticle.ts'
import { measureFuzzed } from './fidelity/measureFuzzed.ts'
import type { ArticleScore } from './fidelity/scoreArticle.ts'
import { toDotPath } from '../core/toDotPath.ts'
import { CliError } from '../cli/cliError.ts'

/** The folder of article fixtures, relative to the repository. */
export const fixturesFolder = 'tests/fixtures/articles'
/** The share of expected facts that must come out right. */
export const minimumScore = 0.95
/** How many fuzzed articles a run measures unless told. */
export const defaultFuzzCount = 1000

const fidelityArgs = {
  verbose: { type: 'boolean', alias: 'v', description: 'List every fact that came out wrong', default: false },
  fuzz: { type: 'string', description: 'How many articles of the layout fuzzer to measure (0: none)', default: String(defaultFuzzCount) },
  seed: { type: 'string', description: "The fuzzer's seed", default: '1' },
  show: { type: 'string', description: 'Print this many fuzzed articles that came out wrong, with their wrong facts', default: '0' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

/** The command's declared arguments. */
export const fidelityCommand = defineCommand({
  meta: { name: 'fidelity', description: 'Measure how faithfully career articles are imported and exported' },
  args: fidelityArgs,
})

/** One fixture: its name, its Markdown file and what it must come out as. */
export interface FidelityCase {
  name: string
  input: string
  expected: ExpectedArticle
}

/**
 * Lists the fixtures that have an expected.json, sorted by name.
 * @param root the repository folder
 * @returns the cases
 * @throws CliError (INPUT) naming the file and field of an expected.json that does not parse
 */
export async function readFidelityCases(root: string): Promise<FidelityCase[]> {
  const folder = join(root, fixturesFolder)
  const names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  const cases: FidelityCase[] = []
  for (const name of names) {
    const path = join(fixturesFolder, name, 'expected.json')
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new CliError('INPUT', `Unexpected text in ${path} that is not JSON (${error instanceof Error ? error.message : String(error)}), expected an expected.json object`)
    }
    const parsed = ExpectedArticle.safeParse(json)
    if (!parsed.success)
      throw new CliError('INPUT', `Unexpected ${path}, expected the expected.json shape:\n${parsed.error.issues.map((i) => `  ${toDotPath(i.path.map((p) => (typeof p === 'number' ? p : String(p))))}: ${i.message}`).join('\n')}`)
    cases.push({ name, input: parsed.data.input ?? join(fixturesFolder, name, 'input.md'), expected: parsed.data })
  }
  return cases
}

/**
 * Measures every case.
 * @param root the repository folder
 * @returns each case's score, by name, and the totals
 */
export async function measureFidelity(root: string): Promise<{ scores: Array<{ name: string; score: ArticleScore }>; totals: FidelityTotals }> {
  const scores: Array<{ name: string; score: ArticleScore }> = []
  for (const c of await readFidelityCases(root)) {
    const file = new VFile({ path: c.input, value: new Uint8Array(await readFile(join(root, c.input))) })
    scores.push({ name: c.name, score: await measureArticle(file, c.expected) })
  }
  return { scores, totals: fidelityTotals(scores.map((s) => s.score)) }
}

/** What the command may touch. */
export interface FidelityIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
  cwd: string
}

/**
 * Runs the fidelity command.
 * @param rawArgs arguments after the script name
 * @param io streams and the repository folder
 * @returns the exit code
 */
export async function runFidelity(rawArgs: string[], io: FidelityIo): Promise<number> {
  try {
    const args = parseArgs<typeof fidelityArgs>(rawArgs, fidelityArgs)
    if (args.help) {
      io.stdout.write(`${await renderUsage(fidelityCommand)}\n`)
      return 0
    }
    const unknown = [...args._, ...Object.keys(args).filter((key) => key !== '_' && !(key in fidelityArgs) && key !== 'h' && key !== 'v')]
    if (unknown.length > 0) throw new CliError('USAGE', `Unexpected argument ${unknown[0]}, expected --verbose, --fuzz, --seed, --show or --help`)
    const count = (name: 'fuzz' | 'seed' | 'show') => {
      const text = args[name]
      if (!/^\d{1,9}$/u.test(text)) throw new CliError('USAGE', `Unexpected --${name} ${JSON.stringify(text)}, expected a whole number`)
      return Number(text)
    }
    const [fuzz, seed, show] = [count('fuzz'), count('seed'), count('show')]
    const { scores, totals } = await measureFidelity(resolve(io.cwd))
    io.stdout.write(formatFidelityTable(scores, args.verbose))
    const fuzzed = await measureFuzzed(fuzz, seed)
    if (fuzz > 0) {
      io.stdout.write(`\n${fuzz} fuzzed articles (seed ${seed}), per layout dimension:\n`)
      io.stdout.write(formatDimensionTable(fuzzed, minimumScore))
    }
    for (const miss of fuzzed.misses.slice(0, show)) {
      io.stdout.write(`\n--- fuzzed article ${miss.index} (${Object.entries(miss.layout).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ')})\n`)
      for (const f of miss.wrong) io.stdout.write(`    ✗ ${f.fact}${f.detail ? `: ${f.detail}` : ''}\n`)
      io.stdout.write(miss.markdown)
    }
    const weak = fuzzed.dimensions.filter((d) => d.facts > 0 && d.right / d.facts < minimumScore)
    const short = [
      ...(totals.score < minimumScore ? [`${(100 * totals.score).toFixed(1)} % of the facts came out right, expected at least ${100 * minimumScore} %`] : []),
      ...(totals.netAsGross > 0 ? [`${totals.netAsGross} net amounts were exported as gross salary, expected none`] : []),
      ...(totals.refusedWithoutReport > 0 ? [`${totals.refusedWithoutReport} export errors on imports that reported none, expected none`] : []),
      ...weak.map((d) => `${(100 * d.right / d.facts).toFixed(1)} % of the fuzzed facts came out right for ${d.dimension} ${JSON.stringify(d.value)}, expected at least ${100 * minimumScore} %`),
      ...(fuzzed.netAsGross > 0 ? [`${fuzzed.netAsGross} net amounts of fuzzed articles were exported as gross salary, expected none`] : []),
      ...(fuzzed.refusedWithoutReport > 0 ? [`${fuzzed.refusedWithoutReport} export errors on fuzzed imports that reported none, expected none`] : []),
    ]
    for (const line of short) io.stderr.write(`Unexpected fidelity: ${line}\n`)
    return short.length > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && error.name === 'CLIError')) {
      io.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runFidelity(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
}
