import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, dirname } from 'node:path'

/** Options of {@link run}. */
export interface RunOptions {
  cwd: string
  /** Run without a network: in a new network namespace that has only loopback (root with `unshare`). */
  offline?: boolean
  env?: Record<string, string>
}

/** What a finished command printed. */
export interface RunResult {
  stdout: string
  stderr: string
}

/**
 * The environment of every command: this test's Node first on PATH (Astro 7 needs Node >= 22.12;
 * the `node` devDependency gives the test runner Node 24), no telemetry, no colours.
 */
export function commandEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  }
}

/** True when commands can be cut off from the network: root, with util-linux's `unshare`. */
export const canRunOffline = process.getuid?.() === 0 && existsSync('/usr/bin/unshare')

/**
 * Runs a command to its end.
 * @param command the program, e.g. `npm`
 * @param args its arguments
 * @param options working folder, network and environment
 * @returns its output
 * @throws Error with the command, exit code and output when it exits non-zero
 */
export function run(command: string, args: ReadonlyArray<string>, options: RunOptions): Promise<RunResult> {
  const [file, argv] = options.offline && canRunOffline
    ? ['/usr/bin/unshare', ['--net', 'sh', '-c', 'ip link set lo up 2>/dev/null; exec "$0" "$@"', command, ...args]]
    : [command, [...args]]
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: commandEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr })
      else reject(new Error(`Unexpected exit ${code} of ${command} ${args.join(' ')} in ${options.cwd}, expected 0\n${stdout}\n${stderr}`))
    })
  })
}
