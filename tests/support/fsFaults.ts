/**
 * File system faults for tests: makes one `node:fs/promises` function (or one synchronous `node:fs`
 * function) fail with an error code for
 * the calls a test chooses, as a full disk (ENOSPC), a read-only file (EACCES) or a busy mount
 * (EBUSY) would, in this process. Node's ESM bindings of built-in modules follow their CommonJS
 * object once `syncBuiltinESMExports` is called, so the code under test sees the fault through its
 * own named imports.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

type Promises = typeof fs.promises
type Name = 'rename' | 'open' | 'mkdir' | 'unlink' | 'writeFile'

/**
 * Makes `fs.promises[name]` throw `code` while `when` says so; returns the function that undoes it.
 * @param name the function
 * @param code the error code, such as ENOSPC
 * @param when decides per call from its arguments (the first is the path)
 * @returns restore
 */
export function injectFault(name: Name, code: string, when: (path: string, ...rest: unknown[]) => boolean): () => void {
  const promises: Promises = fs.promises
  const original = promises[name] as (...args: unknown[]) => Promise<unknown>
  const replaced = async (...args: unknown[]) => {
    if (when(String(args[0]), ...args.slice(1)))
      throw Object.assign(new Error(`${code}: injected by the test, ${name} '${String(args[0])}'`), {
        code,
        syscall: name,
        path: String(args[0]),
        // As Node's own: a rename's error names both paths.
        ...(name === 'rename' ? { dest: String(args[1]) } : {}),
      })
    return original(...args)
  }
  return swap(promises, name, replaced, original)
}

/** Synchronous functions a fault can be injected into (a page's file is written with writeFileSync). */
type SyncName = 'writeFileSync'

/**
 * Makes the synchronous `fs[name]` throw `code` while `when` says so; returns the function that undoes it.
 * @param name the function
 * @param code the error code, such as ENOSPC
 * @param when decides per call from its arguments (the first is the path)
 * @returns restore
 */
export function injectSyncFault(name: SyncName, code: string, when: (path: string, ...rest: unknown[]) => boolean): () => void {
  const original = fs[name] as (...args: unknown[]) => unknown
  const replaced = (...args: unknown[]) => {
    if (when(String(args[0]), ...args.slice(1))) throw Object.assign(new Error(`${code}: injected by the test, ${name} '${String(args[0])}'`), { code, syscall: 'open', path: String(args[0]) })
    return original(...args)
  }
  return swap(fs, name, replaced, original)
}

/** Puts `replaced` in the place of `target[name]` (ES module imports of node:fs included) and returns what puts `original` back. */
function swap(target: object, name: string, replaced: unknown, original: unknown): () => void {
  Object.defineProperty(target, name, { value: replaced, writable: true, configurable: true })
  syncBuiltinESMExports()
  return () => {
    Object.defineProperty(target, name, { value: original, writable: true, configurable: true })
    syncBuiltinESMExports()
  }
}
