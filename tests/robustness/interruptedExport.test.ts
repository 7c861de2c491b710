/**
 * Issue 6.5: an export killed with SIGKILL at any moment leaves either the old output or the
 * new one, whole, never a mix; the next run removes what the killed one left behind.
 *
 * The export runs as a real child process (`node --import tsx scripts/export-jsonld.ts`: one
 * process, so SIGKILL stops exactly the writer; the `tsx` CLI would fork a second node process
 * that outlives a SIGKILL sent to the CLI). Two generated datasets take turns: each child
 * writes the one that is not in the output folder now. Kill moments come from a seeded random
 * source: some anywhere in the run, most inside the write phase (from the moment the temporary
 * folder appears), timed from a measured uninterrupted run so that slow machines are hit too.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { readdir, readlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { createRandom } from '../../bench/random.ts'
import { NOW, outputState, readTree, runCli, tempDir } from '../support/exportRun.ts'

/** About 200 pages (400 files) per dataset: writing takes long enough to be hit, the run stays short. */
const DOCUMENTS = 600
const KILLS_ANYWHERE = 4
const KILLS_WHILE_WRITING = 6
const SEED = 20261126

/** Writes a generated dataset as NDJSON. */
async function writeNdjson(file: string, seed: number): Promise<void> {
  const out = createWriteStream(file)
  for (const doc of generateDataset({ documents: DOCUMENTS, seed })) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

/** What happened to one child run. */
interface ChildRun {
  /** ms from spawn to the temporary folder appearing, to the link being swapped, and to exit. */
  tmpAt: number | undefined
  swappedAt: number | undefined
  exitedAt: number
  /** Exit code, or undefined when it was killed. */
  code: number | null
  /** Where the run was when the kill landed. */
  phase: 'before writing' | 'writing' | 'after the swap' | 'not killed'
  /** Files in the killed run's temporary folder, when it left one. */
  leftoverFiles: number
}

/**
 * Spawns one export and kills it when `killAt` says so, watching the folder every 4 ms.
 * @param killAt decides, from the elapsed time and whether the temporary folder is there, to kill now
 */
async function runChild(
  from: string,
  out: string,
  killAt: (elapsed: number, tmpAt: number | undefined) => boolean,
): Promise<ChildRun> {
  const parent = dirname(out)
  const link = () => readlink(out).catch(() => '(none)')
  const linkBefore = await link()
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export-jsonld.ts', '--from', from, '--out', out, '--now', '2026-11-26'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  let exited = false
  void exit.then(() => (exited = true))
  const tmpName = `.${basename(out)}.tmp-${child.pid}-`
  let tmpAt: number | undefined
  let swappedAt: number | undefined
  let phase: ChildRun['phase'] = 'not killed'
  while (!exited) {
    const elapsed = Date.now() - started
    const names = await readdir(parent)
    if (tmpAt === undefined && names.some((name) => name.startsWith(tmpName))) tmpAt = elapsed
    if (swappedAt === undefined && (await link()) !== linkBefore) swappedAt = elapsed
    if (!exited && killAt(elapsed, tmpAt)) {
      phase = swappedAt !== undefined ? 'after the swap' : tmpAt !== undefined ? 'writing' : 'before writing'
      child.kill('SIGKILL')
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 4))
  }
  const [code] = await exit
  const leftover = (await readdir(parent)).find((name) => name.startsWith(tmpName))
  const leftoverFiles = leftover ? (await readdir(join(parent, leftover), { recursive: true })).length : 0
  if (phase === 'not killed' && code !== 0) throw new Error(`The export failed (exit ${String(code)}):\n${stderr}`)
  return { tmpAt, swappedAt, exitedAt: Date.now() - started, code, phase, leftoverFiles }
}

describe('an export killed with SIGKILL', () => {
  it('leaves the old output or the new one, whole, and the next run cleans up', { timeout: 180_000 }, async () => {
    const dir = await tempDir('killed')
    const datasets = [join(dir, 'a.ndjson'), join(dir, 'b.ndjson')] as const
    await Promise.all([writeNdjson(datasets[0], 1), writeNdjson(datasets[1], 2)])
    const out = join(dir, 'jsonld')
    const never = () => false

    // The two whole trees, from in-process runs (no start-up to pay): a is written to the
    // output folder, b beside it. Then one uninterrupted child writes b over a, which proves
    // the child path and gives the timing of a run on this machine.
    expect((await runCli(['--from', datasets[0], '--out', out, ...NOW])).code).toBe(0)
    expect((await runCli(['--from', datasets[1], '--out', join(dir, 'b'), ...NOW])).code).toBe(0)
    const trees = [await readTree(out), await readTree(join(dir, 'b'))]
    expect(Object.keys(trees[0] ?? {}).length).toBeGreaterThan(300)
    expect(trees[0]).not.toEqual(trees[1])
    const calibration = await runChild(datasets[1], out, never)
    expect(await readTree(out)).toEqual(trees[1])
    const runTime = calibration.exitedAt
    const writeTime = (calibration.swappedAt ?? calibration.exitedAt) - (calibration.tmpAt ?? 0)

    const random = createRandom(SEED)
    let current = 1 // dataset b is in the output now
    const kills: ChildRun[] = []
    const plan = [
      ...Array.from({ length: KILLS_ANYWHERE }, () => ({ anywhere: true, fraction: random.next() })),
      ...Array.from({ length: KILLS_WHILE_WRITING }, () => ({ anywhere: false, fraction: random.next() })),
    ]
    for (const [index, { anywhere, fraction }] of plan.entries()) {
      const next = 1 - current
      const run = await runChild(datasets[next] ?? '', out, (elapsed, tmpAt) =>
        anywhere ? elapsed >= fraction * runTime : tmpAt !== undefined && elapsed - tmpAt >= fraction * 0.8 * writeTime,
      )
      kills.push(run)
      // A run that finished before its kill moment must have finished well.
      expect(run.code === null || run.code === 0, `kill ${index + 1} exited ${String(run.code)}`).toBe(true)
      const { files } = await outputState(out)
      // Whole old or whole new: compared as booleans, so a failure names the kill, not a 400-file diff.
      const isOld = JSON.stringify(files) === JSON.stringify(trees[current])
      const isNew = JSON.stringify(files) === JSON.stringify(trees[next])
      expect(isOld || isNew, `kill ${index + 1}, ${run.phase}: the output is neither the old nor the new tree`).toBe(true)
      if (isNew) current = next
    }

    // The kills really landed inside the write phase, with half-written temporary folders left behind.
    const phases = kills.map((k) => `${k.phase} at ${k.exitedAt} ms (${k.leftoverFiles} files left)`).join('; ')
    expect(kills.filter((k) => k.phase === 'writing').length, phases).toBeGreaterThanOrEqual(3)
    expect(kills.some((k) => k.leftoverFiles > 0)).toBe(true)

    // One run to the end removes every temporary folder, link and version the killed runs
    // (and this process's first run) left; in-process, as a plain `npm run export` would.
    expect((await runCli(['--from', datasets[1 - current] ?? '', '--out', out, ...NOW])).code).toBe(0)
    const state = await outputState(out)
    expect(state.files).toEqual(trees[1 - current])
    // Beside the link only its version folder remains (and the incremental export's cache files).
    expect(state.siblings.filter((name) => !/\.cache(?:-[a-z]+)?\.(?:json|ndjson)$/.test(name))).toEqual([state.link])
  })
})
