/** The file system's error codes jobld meets while writing, in words. */
const WORDS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EXDEV: 'a rename across file systems',
  EBUSY: 'the file or folder is busy (a mount point?)',
  ENAMETOOLONG: 'a file name is too long',
  EMFILE: 'too many open files',
  ENOTDIR: 'a file stands where a folder was expected',
  EISDIR: 'a folder stands where a file was expected',
  ENOTEMPTY: 'a folder that should be empty is not',
  EIO: 'an input/output error of the device',
  ENOENT: 'a file or folder is missing',
}

/**
 * Says what a file system error was, without a stack: its meaning, its code and the file.
 * @param error what was thrown
 * @returns e.g. `no space left on the device (ENOSPC) at /srv/jsonld/x.jsonld`
 */
export function describeFsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined
  const path = 'dest' in error && typeof error.dest === 'string' ? error.dest : 'path' in error && typeof error.path === 'string' ? error.path : undefined
  const words = (code && WORDS[code]) ?? error.message
  return `${words}${code && WORDS[code] ? ` (${code})` : ''}${path ? ` at ${path}` : ''}`
}

/**
 * The path an error is about, when it names one.
 * @param error what was thrown
 * @returns the path (the destination of a rename or copy first), or undefined
 */
export function errorPath(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  if ('dest' in error && typeof error.dest === 'string') return error.dest
  return 'path' in error && typeof error.path === 'string' ? error.path : undefined
}

/**
 * The code of a file system error.
 * @param error what was thrown
 * @returns `ENOSPC`, …, or undefined
 */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}
