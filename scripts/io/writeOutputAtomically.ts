import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path'

/** A file to write, relative to the output folder. */
export interface FileToWrite {
  path: string
  content: string | Uint8Array
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Writes an output folder so that readers only ever see the old or the new version, whole.
 *
 * `<out>` is a symbolic link to a version folder `.<name>.v-<id>` beside it. The new version is
 * written into `.<name>.tmp-<pid>-<id>`, renamed into a version folder, and a new link is
 * renamed over `<out>`: rename(2) replaces the link atomically, so a process killed at any
 * moment leaves either the previous link (old output) or the new one. Leftovers of killed runs
 * (temporary folders whose process is gone, versions no link points at) are removed by the
 * next run. An `<out>` that is a real folder (first run after an older tool) is moved aside
 * into a version folder once. Written by hand: no library does a whole-folder swap.
 * @param outDir the output folder
 * @param files the complete new contents
 * @param prepare optional hook that fills the temporary folder before `files` are written
 *   (the incremental export hard-links unchanged files from the previous version)
 * @returns the version folder now behind `<out>`
 */
export async function writeOutputAtomically(
  outDir: string,
  files: ReadonlyArray<FileToWrite>,
  prepare?: (tmpDir: string, previousDir: string | undefined) => Promise<void>,
): Promise<string> {
  const out = resolve(outDir)
  const parent = dirname(out)
  const name = basename(out)
  await mkdir(parent, { recursive: true })
  await cleanLeftovers(out)
  const previous = await currentTarget(out)
  const id = randomBytes(6).toString('hex')
  const tmp = join(parent, `.${name}.tmp-${process.pid}-${id}`)
  await mkdir(tmp)
  try {
    if (prepare) await prepare(tmp, previous)
    const dirs = new Set<string>()
    for (const file of files) {
      // Paths come from validated slugs; refuse anything that would land outside the folder anyway.
      if (isAbsolute(file.path) || normalize(file.path).split(sep).includes('..'))
        throw new Error(`Unexpected output path "${file.path}", expected a path inside the output folder`)
      const dir = dirname(join(tmp, file.path))
      if (!dirs.has(dir)) {
        await mkdir(dir, { recursive: true })
        dirs.add(dir)
      }
    }
    await writeAll(tmp, files)
    const version = `.${name}.v-${process.pid}-${id}`
    await rename(tmp, join(parent, version))
    let info = await lstat(out).catch(() => undefined)
    if (info && !info.isSymbolicLink()) {
      // First run over a real folder: move it aside once, then link.
      await rename(out, join(parent, `.${name}.v-${process.pid}-moved-${id}`))
      info = undefined
    }
    const link = join(parent, `.${name}.link-${process.pid}-${id}`)
    await symlink(version, link)
    await rename(link, out)
    await cleanLeftovers(out)
    return join(parent, version)
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
}

/** Writes files with a bounded number in flight: fast on many small files, no fd exhaustion. */
async function writeAll(root: string, files: ReadonlyArray<FileToWrite>) {
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      if (file) await writeFile(join(root, file.path), file.content)
    }
  }
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker))
}

/** The version folder `<out>` links to, or undefined when it is not a link. */
export async function currentTarget(out: string): Promise<string | undefined> {
  try {
    const target = await readlink(out)
    return resolve(dirname(out), target)
  } catch {
    return undefined
  }
}

/** Removes temporary folders of dead runs and versions no longer linked. */
async function cleanLeftovers(out: string) {
  const parent = dirname(out)
  const name = basename(out)
  const keep = await currentTarget(out)
  const entries = await readdir(parent).catch(() => [] as string[])
  for (const entry of entries) {
    if (!entry.startsWith(`.${name}.`)) continue
    const path = join(parent, entry)
    const rest = entry.slice(name.length + 2)
    const match = /^(tmp|link|v)-(\d+)-/.exec(rest)
    if (!match || path === keep) continue
    const pid = Number(match[2])
    // Another live run's folders are its own business; ours and dead runs' are left over.
    // rmSync: Node's native recursive removal, twice as fast as the promise one on 200,000 files.
    if (match[1] === 'v' ? pid === process.pid || !alive(pid) : pid !== process.pid && !alive(pid))
      rmSync(path, { recursive: true, force: true })
  }
}
