/**
 * The notify command as its own process, for the tests that SIGKILL it: what scripts/jobld.ts
 * does for its commands (hand over argv, streams, environment and working folder, set the exit code).
 */
import { runNotify } from '../../scripts/notify.ts'

process.exitCode = await runNotify(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
