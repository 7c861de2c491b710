import type { Path } from './issue.ts'

/**
 * Writes a path the way the reports show it: `faq[2].answer`, `amounts[0].value`.
 * @param path keys and indices
 * @returns the dotted path, or `(document)` for the empty path
 */
export function toDotPath(path: Path): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(segment)) out += out ? `.${segment}` : segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out || '(document)'
}
