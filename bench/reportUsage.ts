/**
 * Preloaded into each measured process (`node --import ./bench/reportUsage.ts`): on exit, writes
 * the process's own resource usage (peak RSS, CPU time) to the file named by BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_USAGE_FILE
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
