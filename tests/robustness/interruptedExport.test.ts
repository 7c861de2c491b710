/**
 * An export killed with SIGKILL at any moment leaves the old output or the new one, whole, once
 * any jobld command has started again; until then every file a reader opens is whole (old or new).
 *
 * The export runs as a real child process (`node --import tsx scripts/jobld.ts export`: one
 * process, so SIGKILL stops exactly the writer; the `tsx` CLI would fork a second node process
 * that outlives a SIGKILL sent to the CLI). Two generated datasets take turns: each child
 * writes the one that is not in the output folder now. Kill moments come from a seeded random
 * source: some anywhere in the run, some while the new version is staged in the cache folder,
 * some while the committed version is applied to the output, timed from a measured run.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { createRandom } from '../../bench/random.ts'
import { cacheDirFor } from '../../scripts/export/io/cacheDir.ts'
import { recoverOutputs } from '../../scripts/export/io/outputFolder.ts'
import { NOW, readTree, runCli, tempDir } from '../support/exportRun.ts'

/** About 200 pages (400 files) per dataset: writing takes long enough to be hit, the run stays short. */
const DOCUMENTS = 600
const KILLS_ANYWHERE = 3
const KILLS_WHILE_STAGING = 4
const KILLS_WHILE_APPLYING = 4
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
  /** ms from spawn to the staging folder appearing, to the journal appearing (commit), and to exit. */
  stagingAt: number | undefined
  committedAt: number | undefined
  exitedAt: number
  /** Exit code, or undefined when it was killed. */
  code: number | null
  /** Where the run was when the kill landed. */
  phase: 'before staging' | 'staging' | 'applying' | 'not killed'
}

/** The moments a kill can be timed from. */
interface Moments {
  elapsed: number
  stagingAt: number | undefined
  committedAt: number | undefined
}

/**
 * Spawns one export and kills it when `killAt` says so, watching its cache folder every 2 ms.
 * @param killAt decides, from the elapsed time and the moments seen so far, to kill now
 */
async function runChild(from: string, out: string, cache: string, killAt: (moments: Moments) => boolean): Promise<ChildRun> {
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobld.ts', 'export', '--from', from, '--out', out, '--cache-dir', cache, ...NOW], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  let exited = false
  void exit.then(() => (exited = true))
  const writeName = `write-${child.pid}-`
  const own = cacheDirFor(cache, out)
  const moments: Moments = { elapsed: 0, stagingAt: undefined, committedAt: undefined }
  let phase: ChildRun['phase'] = 'not killed'
  while (!exited) {
    moments.elapsed = Date.now() - started
    const work = (await readdir(own).catch(() => [] as string[])).find((name) => name.startsWith(writeName))
    if (work && moments.stagingAt === undefined) moments.stagingAt = moments.elapsed
    if (work && moments.committedAt === undefined && existsSync(join(own, work, 'journal.json'))) moments.committedAt = moments.elapsed
    if (!exited && killAt(moments)) {
      phase = moments.committedAt !== undefined ? 'applying' : moments.stagingAt !== undefined ? 'staging' : 'before staging'
      child.kill('SIGKILL')
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  const [code] = await exit
  if (phase === 'not killed' && code !== 0) throw new Error(`The export failed (exit ${String(code)}):\n${stderr}`)
  return { stagingAt: moments.stagingAt, committedAt: moments.committedAt, exitedAt: Date.now() - started, code, phase }
}

describe('an export killed with SIGKILL', () => {
  it('leaves whole files, and the old output or the new one once jobld starts again', { timeout: 180_000 }, async () => {
    const dir = await tempDir('killed')
    const datasets = [join(dir, 'a.ndjson'), join(dir, 'b.ndjson')] as const
    await Promise.all([writeNdjson(datasets[0], 1), writeNdjson(datasets[1], 2)])
    const out = join(dir, 'jsonld')
    const cache = join(dir, 'cache')
    const never = () => false

    // The two whole trees, from in-process runs (no start-up to pay): a is written to the
    // output folder, b to another. Then one uninterrupted child writes b over a, which proves
    // the child path and gives the timing of a run on this machine.
    expect((await runCli(['--from', datasets[0], '--out', out, '--cache-dir', cache, ...NOW])).code).toBe(0)
    expect((await runCli(['--from', datasets[1], '--out', join(dir, 'b'), '--cache-dir', cache, ...NOW])).code).toBe(0)
    const trees = [await readTree(out), await readTree(join(dir, 'b'))]
    expect(Object.keys(trees[0] ?? {}).length).toBeGreaterThan(300)
    expect(trees[0]).not.toEqual(trees[1])
    const calibration = await runChild(datasets[1], out, cache, never)
    expect(await readTree(out)).toEqual(trees[1])
    const runTime = calibration.exitedAt
    const stagingTime = (calibration.committedAt ?? calibration.exitedAt) - (calibration.stagingAt ?? 0)
    const applyTime = calibration.exitedAt - (calibration.committedAt ?? calibration.exitedAt)

    const random = createRandom(SEED)
    let current = 1 // dataset b is in the output now
    const kills: ChildRun[] = []
    // Staging kills that recovery threw away (a kill seen as staging can land just after the commit, so not all).
    let rolledBack = 0
    const plan = [
      ...Array.from({ length: KILLS_ANYWHERE }, () => ({ when: 'anywhere', fraction: random.next() }) as const),
      ...Array.from({ length: KILLS_WHILE_STAGING }, () => ({ when: 'staging', fraction: random.next() }) as const),
      ...Array.from({ length: KILLS_WHILE_APPLYING }, () => ({ when: 'applying', fraction: random.next() }) as const),
    ]
    for (const [index, { when, fraction }] of plan.entries()) {
      const next = 1 - current
      const run = await runChild(datasets[next] ?? '', out, cache, ({ elapsed, stagingAt, committedAt }) =>
        when === 'anywhere'
          ? elapsed >= fraction * runTime
          : when === 'staging'
            ? stagingAt !== undefined && elapsed - stagingAt >= fraction * 0.8 * stagingTime
            : committedAt !== undefined && elapsed - committedAt >= fraction * 0.5 * applyTime,
      )
      kills.push(run)
      // A run that finished before its kill moment must have finished well.
      expect(run.code === null || run.code === 0, `kill ${index + 1} exited ${String(run.code)}`).toBe(true)
      // Before any jobld command runs again, a reader finds every file whole: the old one or the new one.
      const seen = await readTree(out)
      for (const [path, content] of Object.entries(seen)) {
        const whole = content === trees[current]?.[path] || content === trees[next]?.[path]
        expect(whole, `kill ${index + 1}, ${run.phase}: ${path} is neither its old nor its new content`).toBe(true)
      }
      // The next jobld command finishes what the killed run committed, or throws it away.
      await recoverOutputs(cache)
      const files = await readTree(out)
      // Whole old or whole new: compared as booleans, so a failure names the kill, not a 400-file diff.
      const isOld = JSON.stringify(files) === JSON.stringify(trees[current])
      const isNew = JSON.stringify(files) === JSON.stringify(trees[next])
      expect(isOld || isNew, `kill ${index + 1}, ${run.phase}: the output is neither the old nor the new tree`).toBe(true)
      // Once the journal is seen, the new version is decided: recovery must finish it.
      if (run.phase === 'applying') expect(isNew, `kill ${index + 1}, ${run.phase}`).toBe(true)
      rolledBack += run.phase === 'staging' && isOld ? 1 : 0
      if (isNew) current = next
    }

    // The kills really landed inside each phase.
    const phases = kills.map((k) => `${k.phase} at ${k.exitedAt} ms`).join('; ')
    expect(kills.filter((k) => k.phase === 'staging').length, phases).toBeGreaterThanOrEqual(3)
    expect(kills.filter((k) => k.phase === 'applying').length, phases).toBeGreaterThanOrEqual(2)
    expect(rolledBack, phases).toBeGreaterThanOrEqual(1)

    // Nothing is left of the killed runs: no staging folder, no lock (only the content store, its key and the tool fingerprint's memo), and nothing but jobld's files in the output.
    expect((await runCli(['--from', datasets[1 - current] ?? '', '--out', out, '--cache-dir', cache, ...NOW])).code).toBe(0)
    expect(await readTree(out)).toEqual(trees[1 - current])
    for (const own of await readdir(cache)) expect((await readdir(join(cache, own))).filter((name) => name !== 'store').sort()).toEqual(['cache-key', 'tool-fingerprint.json'])
  })
})
