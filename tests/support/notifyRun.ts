/**
 * Helpers of the notify tests: a generated service account, hand-built manifests, the notify
 * command in-process and as a child process, and the one call of the export CLI.
 */
import { spawn } from 'node:child_process'
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { once } from 'node:events'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ManifestEntry } from '../../scripts/export/lib/renderFiles.ts'
import { renderManifest } from '../../scripts/export/lib/renderFiles.ts'
import { runNotify, type NotifyCommandIo } from '../../scripts/notify/command.ts'
import { captured, type CliRun } from './exportRun.ts'

/** A service account made for one test run: never committed, never reused. */
export interface TestServiceAccount {
  email: string
  publicKey: KeyObject
  privateKeyPem: string
  privateKeyId: string
  /** The JSON key as Google issues it, pointing its token_uri where told. */
  keyJson(tokenUri: string): string
}

/**
 * Generates an RSA key pair and a service account around it.
 * @returns the account
 */
export function testServiceAccount(): TestServiceAccount {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const privateKeyId = randomBytes(20).toString('hex')
  const email = 'jobld-notify@jobld-test.iam.gserviceaccount.com'
  return {
    email,
    publicKey,
    privateKeyPem,
    privateKeyId,
    keyJson: (tokenUri) =>
      JSON.stringify({
        type: 'service_account',
        project_id: 'jobld-test',
        private_key_id: privateKeyId,
        private_key: privateKeyPem,
        client_email: email,
        client_id: '100000000000000000001',
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: tokenUri,
      }),
  }
}

/**
 * A manifest entry as the export writes it, with a digest that changes with `version`.
 * @param kind profile or vacancy
 * @param slug the page slug
 * @param version any text; a new one is an edit of the page
 * @returns the entry
 */
export function manifestEntry(kind: ManifestEntry['kind'], slug: string, version = '1'): ManifestEntry {
  const path = kind === 'vacancy' ? `vacatures/${slug}.jsonld` : `${slug}.jsonld`
  return {
    path,
    html: path.replace(/\.jsonld$/, '.html'),
    kind,
    slug,
    sourceIds: [`${kind === 'vacancy' ? 'vacancy' : 'jobProfile'}.${slug}`],
    types: kind === 'vacancy' ? ['JobPosting'] : ['Occupation', 'Organization'],
    sha256: createHash('sha256').update(`${slug}@${version}`).digest('hex'),
  }
}

/**
 * Writes an output folder holding only a `manifest.json` of these entries.
 * @param out the folder
 * @param entries the pages
 */
export async function writeManifest(out: string, entries: ReadonlyArray<ManifestEntry>): Promise<void> {
  await mkdir(out, { recursive: true })
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1))
  await writeFile(join(out, 'manifest.json'), renderManifest(sorted).content)
}

/**
 * Runs the notify command in-process, as its entry point would, capturing both streams.
 * @param args the arguments after the script name
 * @param env the environment the command sees (nothing of the test process leaks in)
 * @param cwd the working folder
 * @returns exit code and output
 */
export async function runNotifyCli(args: string[], env: NotifyCommandIo['env'] = {}, cwd = process.cwd()): Promise<CliRun> {
  return captured((streams) => runNotify(args, { ...streams, env, cwd }))
}

/**
 * Starts notify as a real child process (`node --import tsx`: one process, so a SIGKILL stops
 * exactly the sender), as `jobld notify`.
 * @param args the arguments after the script name
 * @param env the child's whole environment besides PATH
 * @returns the child, its collected output and its exit
 */
export function notifyChild(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobld.ts', 'notify', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = { stdout: '', stderr: '' }
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()))
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  return { child, output, exit }
}

/**
 * Exports a content folder with the export CLI, in a child process as a user would run it.
 * The one place the tests call the export CLI: it is becoming `jobld export`.
 * @param from the content folder
 * @param out the output folder
 * @param now the clock vacancies expire against
 * @param baseUrl the site's base URL
 * @returns the export's output
 */
export async function exportContent(from: string, out: string, now: string, baseUrl: string): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobld.ts', 'export', '--from', from, '--out', out, '--now', now, '--base-url', baseUrl], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code: code ?? -1, stdout, stderr }
}
