/**
 * Preloaded into each measured process (`node --import ./bench/reportUsage.mjs`): on exit, writes
 * the process's own resource usage (CPU time of every thread) and its peak memory to the file named
 * by BENCH_USAGE_FILE. Worker threads inherit the preload; only the main thread writes. Plain
 * JavaScript, so that the compiled CLI is measured without a TypeScript loader (tsx in every
 * worker thread cost the 300,000-document export a third of its time).
 *
 * Peak memory comes from Linux's /proc/self/status, not from `resourceUsage().maxRSS`: the kernel
 * keeps a process's maxRSS across exec, so a child of a large parent reported the parent's size
 * (every small run of the content shape read 482 MB, the bench's own). VmHWM is the peak of this
 * process's own address space (all its threads). RssAnon (heap, stacks) and RssFile (mapped files:
 * the LMDB store, code) have no peak of their own there, so they are sampled every 50 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
if (file && isMainThread) {
  const peak = { vmHwmKb: 0, rssAnonKb: 0, rssFileKb: 0 }
  const sample = () => {
    let status
    try {
      status = readFileSync('/proc/self/status', 'latin1')
    } catch {
      return
    }
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
    peak.vmHwmKb = Math.max(peak.vmHwmKb, kb('VmHWM'))
    peak.rssAnonKb = Math.max(peak.rssAnonKb, kb('RssAnon'))
    peak.rssFileKb = Math.max(peak.rssFileKb, kb('RssFile') + kb('RssShmem'))
  }
  setInterval(sample, 50).unref()
  process.on('exit', () => {
    sample()
    writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), ...peak }))
  })
}
