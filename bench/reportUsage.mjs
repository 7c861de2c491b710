/**
 * Preloaded into each measured process (`node --import ./bench/reportUsage.mjs`): on exit, writes
 * the process's own resource usage (peak RSS, CPU time of every thread) to the file named by
 * BENCH_USAGE_FILE. Worker threads inherit the preload; only the main thread writes. Plain
 * JavaScript, so that the compiled CLI is measured without a TypeScript loader (tsx in every
 * worker thread cost the 300,000-document export a third of its time).
 */
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
if (file && isMainThread) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
