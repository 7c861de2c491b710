/** The longest relative path jobld writes or reads back, in characters. */
export const MAX_RELATIVE_PATH = 1024

/**
 * The rule for every path jobld reads back from a file of its own (a manifest, a journal, a cache)
 * and then opens, replaces or removes: a plain relative path inside the folder it belongs to, with
 * `/` between its parts. A path that is absolute, climbs out with `..`, or holds an empty part, a
 * `.` part, a backslash or a NUL is refused, whatever wrote it. (Links along the path are checked
 * on disk, where the path is used: scripts/export/io/trust/lstatInside.ts.)
 * @param path the path as read
 * @returns why the path is refused, as a phrase ("it climbs out of its folder"), or undefined when it is fine
 */
export function checkRelativePath(path: string): string | undefined {
  if (path === '') return 'it is empty'
  if (path.length > MAX_RELATIVE_PATH) return `it is ${path.length} characters long (at most ${MAX_RELATIVE_PATH})`
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute'
  if (/[\\\0]/.test(path)) return 'it holds a backslash or a NUL'
  const parts = path.split('/')
  if (parts.includes('..')) return 'it climbs out of its folder'
  if (parts.some((part) => part === '' || part === '.')) return 'it has an empty or "." part'
  return undefined
}
